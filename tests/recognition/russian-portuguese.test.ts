/*
 * Issue 15: Russian names match in all six cases by rules over their endings, and Portuguese names after the
 * contracted prepositions ("dos EUA", "na Rússia", "pelo Kremlin"). The pack here is made by hand and lists
 * every name in the nominative only, so each form found is the rules' work.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Pack } from '../../utils/pack/schema.ts';
import { compileMatcher, recognise } from '../../utils/recognition/index.ts';
import { russianCaseForms, russianCases, russianGenitive } from '../../utils/recognition/russian.ts';

describe('Russian case forms by ending', () => {
  it('declines the classes of names the press writes', () => {
    const all = (n: string, person = false) => russianCaseForms(n, person);
    // Masculine in a consonant, "-ин" surnames with "-ым".
    expect(all('Путин', true)).toEqual(expect.arrayContaining(['Путина', 'Путину', 'Путиным', 'Путине']));
    expect(all('Макрон', true)).toEqual(expect.arrayContaining(['Макрона', 'Макрону', 'Макроном', 'Макроне']));
    // Feminine in "-ия", "-а" (with the velar genitive "-и"), "-й" and "-ь".
    expect(all('Россия')).toEqual(expect.arrayContaining(['России', 'Россию', 'Россией']));
    expect(all('Москва')).toEqual(expect.arrayContaining(['Москвы', 'Москве', 'Москву', 'Москвой']));
    expect(all('Америка')).toContain('Америки');
    expect(all('Китай')).toEqual(expect.arrayContaining(['Китая', 'Китаю', 'Китаем', 'Китае']));
    expect(all('Кремль')).toEqual(expect.arrayContaining(['Кремля', 'Кремлю', 'Кремлем', 'Кремле']));
    // Adjective and noun agree; what follows the head noun stays in its genitive.
    expect(all('Северная Корея')).toEqual(expect.arrayContaining(['Северной Кореи', 'Северную Корею', 'Северной Корее']));
    expect(all('Европейский союз')).toEqual(expect.arrayContaining(['Европейского союза', 'Европейскому союзу', 'Европейским союзом', 'Европейском союзе']));
    expect(all('Белый дом')).toEqual(expect.arrayContaining(['Белого дома', 'Белом доме']));
    expect(all('Организация Объединённых Наций')).toEqual(expect.arrayContaining(['Организации Объединённых Наций', 'Организацию Объединённых Наций']));
    expect(all('Соединённые Штаты Америки')).toEqual(expect.arrayContaining(['Соединённых Штатов Америки', 'Соединённым Штатам Америки']));
    // A person's every word declines, patronymic included; adjectival surnames decline as adjectives.
    expect(all('Александр Григорьевич Лукашенко', true)).toContain('Александра Григорьевича Лукашенко');
    expect(all('Владимир Зеленский', true)).toEqual(expect.arrayContaining(['Владимира Зеленского', 'Владимиром Зеленским']));
    expect(all('Мария Захарова', true)).toContain('Марии Захаровой');
  });

  it('leaves what Russian does not decline as it is', () => {
    for (const n of ['НАТО', 'ЕС', 'Токио', 'Лукашенко', 'Перу', 'Чили', 'NATO']) expect.soft(russianCaseForms(n, false)).toEqual([]);
  });

  it('gives the genitive a description needs', () => {
    expect(russianGenitive('Россия')).toBe('России');
    expect(russianGenitive('Израиль')).toBe('Израиля');
    expect(russianCases('Франция', false).prep).toContain('Франции');
  });
});

const SRC = 'test';
const AS_OF = '2026-01-01';
const ref = (p: string, v: string) => ({ p, v, ref: true, src: SRC, asOf: AS_OF });
const ent = (e: Partial<Entity> & Pick<Entity, 'id' | 'type'> & { en: string }): Entity => {
  const { en, ...rest } = e;
  return { labels: { en }, aliases: {}, desc: { en: en }, facts: [], ...rest };
};
const pack: Pack = {
  format: 1, version: 'ru-pt', asOf: AS_OF, sources: [{ id: SRC, title: 'unit tests' }],
  entities: [
    ent({ id: 'C-ru', type: 'country', en: 'Russia', aliases: { ru: ['Россия'], pt: ['Rússia'] }, facts: [ref('capital', 'PL-moscow')] }),
    ent({ id: 'C-us', type: 'country', en: 'United States', aliases: { ru: ['США', 'Соединённые Штаты'], pt: ['EUA', 'Estados Unidos'] } }),
    ent({ id: 'C-md', type: 'country', en: 'Moldova', aliases: { ru: ['Молдавия', 'Молдова'], pt: ['Moldávia'] } }),
    ent({ id: 'PL-moscow', type: 'place', en: 'Moscow', weakAliases: { ru: ['Москва'], pt: ['Moscou'] }, metonymOf: 'C-ru', facts: [ref('capitalOf', 'C-ru')] }),
    ent({ id: 'PL-kremlin', type: 'place', en: 'Kremlin', aliases: { ru: ['Кремль'], pt: ['Kremlin'] }, metonymOf: 'C-ru' }),
    ent({ id: 'O-eu', type: 'organization', en: 'European Union', aliases: { ru: ['Европейский союз', 'Евросоюз'], pt: ['União Europeia'] } }),
    ent({
      id: 'P-putin', type: 'person', en: 'Vladimir Putin', aliases: { ru: ['Владимир Путин'], pt: ['Vladimir Putin'] }, weakAliases: { ru: ['Путин'], pt: ['Putin'] },
      facts: [{ ...ref('office', 'C-ru'), q: 'President', from: '2012-05-07' }, ref('country', 'C-ru')],
    }),
    ent({ id: 'P-sandu', type: 'person', en: 'Maia Sandu', aliases: { ru: ['Майя Санду'] }, weakAliases: { ru: ['Санду'] }, facts: [{ ...ref('office', 'C-md'), q: 'President', from: '2020-12-24' }, ref('country', 'C-md')] }),
  ],
};
const matcher = compileMatcher(pack);
const found = (text: string, lang: string, date = '2024-06-19') =>
  recognise(matcher, { blocks: [text], lang, date }).mentions.map((m) => `${m.surface}=${m.id}`);

describe('Russian names in running text', () => {
  it('finds names in the oblique cases from nominative aliases', () => {
    const text = 'Владимира Путина встретили в Евросоюзе холодно. Путину напомнили о санкциях против России, а с Европейским союзом у Москвы нет диалога; по словам Путина, Кремлём всё решено.';
    expect(found(text, 'ru')).toEqual(expect.arrayContaining([
      'Владимира Путина=P-putin', 'Путину=P-putin', 'Евросоюзе=O-eu', 'России=C-ru', 'Европейским союзом=O-eu', 'Кремлём=PL-kremlin',
    ]));
  });

  it('does not take a lowercase adjective for the country', () => {
    expect(found('российский и американский президенты, российская сторона', 'ru').filter((m) => m.endsWith('=C-ru'))).toEqual([]);
  });

  it('"в Москве" is where something happens, "в Москве заявили" is the government speaking', () => {
    const place = found('Концерт прошёл в Москве в субботу.', 'ru', '2024-06-19');
    expect(place.some((m) => m.endsWith('=PL-moscow'))).toBe(false);
    const gov = found('В Москве заявили, что Россия не признает решения; Путин промолчал.', 'ru', '2024-06-19');
    expect(gov).toContain('Москве=PL-moscow');
  });
});

describe('Portuguese contractions before names', () => {
  it('finds names after do, da, dos, das, no, na, nos, nas, pelo, pela', () => {
    const text = 'O presidente dos EUA falou da Rússia e na Rússia; pelo Kremlin, Putin respondeu às críticas da União Europeia e dos Estados Unidos.';
    expect(found(text, 'pt')).toEqual(expect.arrayContaining([
      'EUA=C-us', 'Rússia=C-ru', 'Kremlin=PL-kremlin', 'Putin=P-putin', 'União Europeia=O-eu', 'Estados Unidos=C-us',
    ]));
  });

  it('a capital after "em" or "na" with the country left out is a place', () => {
    expect(found('O festival de cinema acontece em Moscou em julho.', 'pt').some((m) => m.endsWith('=PL-moscow'))).toBe(false);
  });
});
