/*
 * The Russian press's practical transcription of Latin-script names, one table per source language, each
 * checked on names as Russian newspapers spell them (RIA Novosti, TASS, Kommersant).
 */
import { describe, expect, it } from 'vitest';
import { latinSourceOf, latinToRussian, type LatinSource } from '../../scripts/pack/translit/latin-russian.ts';

const CASES: Record<Exclude<LatinSource, 'generic'>, [string, string][]> = {
  en: [['Donald Trump', 'Дональд Трамп'], ['Joe Biden', 'Джо Байден'], ['Boris Johnson', 'Борис Джонсон'], ['Kamala Harris', 'Камала Харрис'],
    ['Barack Obama', 'Барак Обама'], ['Mike Pence', 'Майк Пенс'], ['Starmer', 'Стармер'], ['Blinken', 'Блинкен']],
  fr: [['Emmanuel Macron', 'Эммануэль Макрон'], ['Gérald Darmanin', 'Жеральд Дарманен'], ['Jean-Noël Barrot', 'Жан-Ноэль Барро'], ['François Hollande', 'Франсуа Олланд'],
    ['Michel Barnier', 'Мишель Барнье'], ['Édouard Philippe', 'Эдуар Филипп'], ['Gabriel Attal', 'Габриэль Атталь']],
  de: [['Olaf Scholz', 'Олаф Шольц'], ['Friedrich Merz', 'Фридрих Мерц'], ['Frank-Walter Steinmeier', 'Франк-Вальтер Штайнмайер'], ['Angela Merkel', 'Ангела Меркель'], ['Annalena Baerbock', 'Анналена Бербок']],
  es: [['Pedro Sánchez', 'Педро Санчес'], ['Javier Milei', 'Хавьер Милей'], ['Nicolás Maduro', 'Николас Мадуро'], ['Gustavo Petro', 'Густаво Петро']],
  it: [['Giorgia Meloni', 'Джорджа Мелони'], ['Sergio Mattarella', 'Серджо Маттарелла'], ['Antonio Tajani', 'Антонио Таяни'], ['Matteo Renzi', 'Маттео Ренци']],
  pt: [['Jair Bolsonaro', 'Жаир Болсонару'], ['Lula', 'Лула'], ['Geraldo Alckmin', 'Жералду Алкмин']],
  ro: [['Maia Sandu', 'Майя Санду'], ['Klaus Iohannis', 'Клаус Йоханнис'], ['Marcel Ciolacu', 'Марчел Чолаку']],
};

describe('Latin-script names in Russian', () => {
  for (const [source, cases] of Object.entries(CASES) as [LatinSource, [string, string][]][]) {
    it(`${source} → ru: ${cases.length} names as the press writes them`, () => {
      for (const [latin, ru] of cases) expect.soft(latinToRussian(latin, source)).toContain(ru);
    });
  }

  it('gives nothing rather than a half-transcribed name', () => {
    expect(latinToRussian('Recep Tayyip Erdoğan', 'generic').every((f) => /^[\p{Script=Cyrillic}\s-]+$/u.test(f))).toBe(true);
    expect(latinToRussian('Donald J. Trump', 'en')).toEqual([]);
    expect(latinToRussian('Владимир Путин', 'en')).toEqual([]);
  });

  it('reads a name by its country\'s language', () => {
    expect(latinSourceOf(['FR'])).toBe('fr');
    expect(latinSourceOf(['BR'])).toBe('pt');
    expect(latinSourceOf(['MD'])).toBe('ro');
    expect(latinSourceOf(['JP'])).toBeNull();
  });
});
