// Each transliteration table against real names as each language's press writes them.
import { describe, expect, it } from 'vitest';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import type { Lang } from '../../utils/pack/schema.ts';
import { transliterate, type Phonology } from '../../scripts/pack/translit/engine.ts';
import { ROMANISED_TO_CYRILLIC } from '../../scripts/pack/translit/romanised.ts';
import { arabicForms, georgianForms, koreanGerman } from '../../scripts/pack/translit/latin.ts';
import { cyrillicForms, fromRomanised, generateForPerson } from '../../scripts/pack/translit/index.ts';
import { Registry } from '../../scripts/pack/registry.ts';

type Case = [source: string, expected: string, ph?: Phonology];

// Stress accents (Spanish "Serguéi", "Medvédev") cannot be derived from the spelling; the matcher folds them, so compare folded.
const folded = (xs: string[]) => xs.map(normaliseAlias);

const CYRILLIC: Record<Exclude<Lang, 'ru'>, Case[]> = {
  de: [
    ['Сергей Лавров', 'Sergej Lawrow'], ['Сергей Шойгу', 'Sergej Schoigu'], ['Евгений Пригожин', 'Jewgeni Prigoschin'],
    ['Александр Лукашенко', 'Alexander Lukaschenko'], ['Дмитрий Медведев', 'Dmitri Medwedew'], ['Дмитрий Песков', 'Dmitri Peskow'],
    ['Володимир Зеленський', 'Wolodymyr Selenskyj', 'uk'], ['Алексей Навальный', 'Alexej Nawalny'], ['Марат Хуснуллин', 'Marat Chusnullin'],
    ['Борис Ельцин', 'Boris Jelzin'], ['Касым-Жомарт Токаев', 'Kassym-Schomart Tokajew'], ['Михаил Горбачёв', 'Michail Gorbatschow'],
    ['Бойко Борисов', 'Bojko Borissow', 'bg'], ['Віктор Янукович', 'Wiktor Janukowytsch', 'uk'], ['Михайло Подоляк', 'Mychajlo Podoljak', 'uk'],
  ],
  fr: [
    ['Сергей Лавров', 'Sergueï Lavrov'], ['Сергей Шойгу', 'Sergueï Choïgou'], ['Евгений Пригожин', 'Evgueni Prigojine'],
    ['Александр Лукашенко', 'Alexandre Loukachenko'], ['Дмитрий Медведев', 'Dmitri Medvedev'], ['Дмитрий Песков', 'Dmitri Peskov'],
    ['Володимир Зеленський', 'Volodymyr Zelensky', 'uk'], ['Алексей Навальный', 'Alexeï Navalny'], ['Марат Хуснуллин', 'Marat Khousnoulline'],
    ['Владимир Путин', 'Vladimir Poutine'], ['Михаил Мишустин', 'Mikhaïl Michoustine'], ['Касым-Жомарт Токаев', 'Kassym-Jomart Tokaïev'],
    ['Борис Ельцин', 'Boris Eltsine'], ['Виктор Янукович', 'Viktor Ianoukovitch'], ['Бойко Борисов', 'Boïko Borissov', 'bg'],
  ],
  es: [
    ['Сергей Лавров', 'Serguéi Lavrov'], ['Сергей Шойгу', 'Serguéi Shoigú'], ['Евгений Пригожин', 'Yevgueni Prigozhin'],
    ['Александр Лукашенко', 'Alexandr Lukashenko'], ['Дмитрий Медведев', 'Dmitri Medvédev'], ['Дмитрий Песков', 'Dmitri Peskov'],
    ['Володимир Зеленський', 'Volodímir Zelenski', 'uk'], ['Алексей Навальный', 'Alexéi Navalni'], ['Марат Хуснуллин', 'Marat Jusnullin'],
    ['Михаил Горбачёв', 'Mijaíl Gorbachov'], ['Борис Ельцин', 'Borís Yeltsin'], ['Мария Захарова', 'María Zajárova'],
  ],
  it: [
    ['Сергей Лавров', 'Sergej Lavrov'], ['Сергей Шойгу', 'Sergej Shoigu'], ['Евгений Пригожин', 'Evgenij Prigozhin'],
    ['Александр Лукашенко', 'Aleksandr Lukashenko'], ['Дмитрий Медведев', 'Dmitrij Medvedev'], ['Дмитрий Песков', 'Dmitrij Peskov'],
    ['Володимир Зеленський', 'Volodymyr Zelensky', 'uk'], ['Алексей Навальный', 'Aleksej Navalny'], ['Марат Хуснуллин', 'Marat Khusnullin'],
    ['Борис Ельцин', 'Boris Eltsin'], ['Мария Захарова', 'Maria Zakharova'], ['Михаил Ходорковский', 'Michail Chodorkovskij'],
  ],
  en: [
    ['Сергей Лавров', 'Sergei Lavrov'], ['Сергей Шойгу', 'Sergei Shoigu'], ['Евгений Пригожин', 'Yevgeny Prigozhin'],
    ['Александр Лукашенко', 'Alexander Lukashenko'], ['Дмитрий Медведев', 'Dmitry Medvedev'], ['Дмитрий Песков', 'Dmitry Peskov'],
    ['Володимир Зеленський', 'Volodymyr Zelenskyy', 'uk'], ['Алексей Навальный', 'Alexei Navalny'], ['Марат Хуснуллин', 'Marat Khusnullin'],
    ['Борис Ельцин', 'Boris Yeltsin'], ['Михаил Горбачёв', 'Mikhail Gorbachev'], ['Віктор Янукович', 'Viktor Yanukovych', 'uk'],
    ['Бойко Борисов', 'Boyko Borisov', 'bg'], ['Михаил Ходорковский', 'Mikhail Khodorkovsky'],
    // Reuters' and the Guardian's convention for the -ий ending.
    ['Володимир Зеленський', 'Volodymyr Zelenskiy', 'uk'], ['Дмитрий Песков', 'Dmitriy Peskov'],
  ],
  // The Portuguese press copies the English romanisation (Folha, Público: "Sergei Lavrov", "Dmitry Peskov").
  pt: [
    ['Сергей Лавров', 'Sergei Lavrov'], ['Сергей Шойгу', 'Sergei Shoigu'], ['Евгений Пригожин', 'Yevgeny Prigozhin'],
    ['Александр Лукашенко', 'Alexander Lukashenko'], ['Дмитрий Медведев', 'Dmitry Medvedev'], ['Дмитрий Песков', 'Dmitry Peskov'],
    ['Володимир Зеленський', 'Volodymyr Zelensky', 'uk'], ['Алексей Навальный', 'Alexei Navalny'], ['Борис Ельцин', 'Boris Yeltsin'],
  ],
};

describe('Cyrillic names in Russian', () => {
  it('a Russian name is its own Russian form; a Ukrainian or Bulgarian spelling is never passed off as Russian', () => {
    expect(cyrillicForms('Сергей Лавров', 'ru', 'ru')).toEqual(['Сергей Лавров']);
    expect(cyrillicForms('Володимир Зеленський', 'uk', 'ru')).toEqual([]);
    expect(cyrillicForms('Бойко Борисов', 'bg', 'ru')).toEqual([]);
  });
});

describe('Cyrillic tables', () => {
  for (const [lang, cases] of Object.entries(CYRILLIC) as [Lang, Case[]][]) {
    it(`Cyrillic → ${lang}: ${cases.length} real names`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(8);
      for (const [cyr, want, ph = 'ru'] of cases) expect(folded(cyrillicForms(cyr, ph, lang))).toContain(normaliseAlias(want));
    });
  }

  it('keeps the commonest spelling first and the phonologies apart', () => {
    expect(cyrillicForms('Сергей Лавров', 'ru', 'de')[0]).toBe('Sergej Lawrow');
    // Ukrainian и is not Russian и, Ukrainian г is h: the same letters, different press forms.
    expect(cyrillicForms('Виктор Янукович', 'ru', 'de')).toContain('Wiktor Janukowitsch');
    expect(cyrillicForms('Олексій Гончарук', 'uk', 'de')).toContain('Oleksij Hontscharuk');
    expect(cyrillicForms('Олексій Гончарук', 'ru', 'de')).not.toContain('Oleksij Hontscharuk');
  });
});

// The English romanisation back to Cyrillic, then forward: the route for people no Cyrillic source in hand spells.
const REVERSE: [en: string, lang: Lang, expected: string, ph?: Phonology][] = [
  ['Sergey Lavrov', 'de', 'Sergej Lawrow'], ['Sergei Shoigu', 'de', 'Sergej Schoigu'], ['Sergei Shoigu', 'fr', 'Sergueï Choïgou'],
  ['Yevgeny Prigozhin', 'de', 'Jewgeni Prigoschin'], ['Yevgeny Prigozhin', 'fr', 'Evgueni Prigojine'], ['Dmitry Medvedev', 'de', 'Dmitri Medwedew'],
  ['Dmitry Peskov', 'de', 'Dmitri Peskow'], ['Alexei Navalny', 'de', 'Alexej Nawalny'], ['Alexander Lukashenko', 'fr', 'Alexandre Loukachenko'],
  ['Volodymyr Zelenskyy', 'de', 'Wolodymyr Selenskyj', 'uk'], ['Marat Khusnullin', 'fr', 'Marat Khousnoulline'],
  ['Kassym-Jomart Tokayev', 'fr', 'Kassym-Jomart Tokaïev'], ['Mikhail Mishustin', 'fr', 'Mikhaïl Michoustine'],
  ['Boyko Borisov', 'de', 'Bojko Borissow', 'bg'], ['Vasily Nebenzya', 'de', 'Wassili Nebensja'], ['Andriy Yermak', 'de', 'Andrij Jermak', 'uk'],
];

describe('reverse rule from the English romanisation', () => {
  it('reads the English form as the Cyrillic it transliterates', () => {
    const cyr = (en: string, ph: Phonology = 'ru') => transliterate(en, ROMANISED_TO_CYRILLIC[ph], ph, 1)[0];
    expect(cyr('Sergei Shoigu')).toBe('Сергей Шойгу');
    expect(cyr('Yevgeny Prigozhin')).toBe('Евгений Пригожин');
    expect(cyr('Dmitry Peskov')).toBe('Дмитрий Песков');
    expect(cyr('Mikhail Mishustin')).toBe('Михаил Мишустин');
    expect(cyr('Alexander Lukashenko')).toBe('Александр Лукашенко');
    expect(cyr('Kirill Dmitriev')).toBe('Кирилл Дмитриев');
    expect(cyr('Marat Khusnullin')).toBe('Марат Хуснуллин');
    expect(cyr('Andriy Yermak', 'uk')).toBe('Андрій Єрмак');
  });
  it(`gives the press forms (${REVERSE.length} cases)`, () => {
    for (const [en, lang, want, ph = 'ru'] of REVERSE) expect(fromRomanised(en, ph, lang)).toContain(want);
  });
});

describe('Arabic-origin names (from English)', () => {
  const cases: Record<'de' | 'fr' | 'es', [string, string][]> = {
    de: [
      ['Bashar al-Assad', 'Baschar al-Assad'], ['Ashraf Ghani', 'Aschraf Ghani'], ['Ali Khamenei', 'Ali Chamenei'],
      ['Khalifa Haftar', 'Chalifa Haftar'], ['Mohammed Shia al-Sudani', 'Mohammed Schia al-Sudani'],
      ['Mohammed bin Rashid Al Maktoum', 'Mohammed bin Raschid Al Maktoum'], ['Ahmad Shah Massoud', 'Ahmad Schah Massoud'], ['Khaled Meshaal', 'Chaled Meschaal'],
    ],
    fr: [
      ['Bashar al-Assad', 'Bachar al-Assad'], ['Bashar al-Assad', 'Bachar el-Assad'], ['Ashraf Ghani', 'Achraf Ghani'],
      ['Mohammed Shia al-Sudani', 'Mohammed Chia al-Soudani'], ['Mohammed bin Salman', 'Mohammed ben Salmane'], ['Mahmud Abbas', 'Mahmoud Abbas'],
      ['Musa Hilal', 'Moussa Hilal'], ['Ahmad Shah Massoud', 'Ahmad Chah Massoud'], ['Hashem Safieddine', 'Hachem Safieddine'],
    ],
    es: [
      ['Ali Khamenei', 'Ali Jamenei'], ['Khalifa Haftar', 'Jalifa Haftar'], ['Bashar al-Assad', 'Bashar al-Asad'], ['Khaled Meshaal', 'Jaled Meshaal'],
      ['Ruhollah Khomeini', 'Ruhollah Jomeini'], ['Khalid bin Salman', 'Jalid bin Salman'], ['Mohammad Khatami', 'Mohammad Jatami'], ['Hassan Rouhani', 'Hasan Rouhani'],
    ],
  };
  for (const [lang, list] of Object.entries(cases) as ['de' | 'fr' | 'es', [string, string][]][]) {
    it(`→ ${lang}`, () => {
      expect(list.length).toBeGreaterThanOrEqual(8);
      for (const [en, want] of list) expect(arabicForms(en, lang)).toContain(want);
    });
  }
  it('generates nothing where the spelling is the same in the language', () => {
    expect(arabicForms('Hassan Nasrallah', 'de')).toEqual([]);
    expect(arabicForms('Ismail Haniyeh', 'fr')).toEqual([]);
    expect(arabicForms('Mohammed bin Zayed', 'es')).toEqual([]);
  });
});

describe('Georgian names from their English form', () => {
  const cases: Record<'de' | 'fr' | 'es', [string, string][]> = {
    de: [
      ['Irakli Kobakhidze', 'Irakli Kobachidse'], ['Salome Zurabishvili', 'Salome Surabischwili'], ['Bidzina Ivanishvili', 'Bidsina Iwanischwili'],
      ['Mikheil Saakashvili', 'Micheil Saakaschwili'], ['Irakli Garibashvili', 'Irakli Garibaschwili'], ['Eduard Shevardnadze', 'Eduard Schewardnadse'],
      ['Mikheil Kavelashvili', 'Micheil Kawelaschwili'], ['Giorgi Margvelashvili', 'Giorgi Margwelaschwili'],
    ],
    fr: [
      ['Irakli Kobakhidze', 'Irakli Kobakhidzé'], ['Salome Zurabishvili', 'Salome Zourabichvili'], ['Bidzina Ivanishvili', 'Bidzina Ivanichvili'],
      ['Mikheil Saakashvili', 'Mikheil Saakachvili'], ['Irakli Garibashvili', 'Irakli Garibachvili'], ['Eduard Shevardnadze', 'Edouard Chevardnadzé'],
      ['Mikheil Kavelashvili', 'Mikheil Kavelachvili'], ['Giorgi Margvelashvili', 'Giorgi Margvelachvili'],
    ],
    es: [
      ['Irakli Kobakhidze', 'Irakli Kobajidze'], ['Mikheil Saakashvili', 'Mijeil Saakashvili'], ['Mikheil Kavelashvili', 'Mijeil Kavelashvili'],
      ['Nika Melia', 'Nika Melia'], ['Davit Kezerashvili', 'Davit Kezerashvili'], ['Zurab Noghaideli', 'Zurab Noghaideli'],
      ['Giorgi Kvirikashvili', 'Giorgi Kvirikashvili'], ['Khatia Dekanoidze', 'Jatia Dekanoidze'],
    ],
  };
  for (const [lang, list] of Object.entries(cases) as ['de' | 'fr' | 'es', [string, string][]][]) {
    it(`→ ${lang}`, () => {
      expect(list.length).toBeGreaterThanOrEqual(8);
      for (const [en, want] of list) {
        const forms = georgianForms(en, lang);
        // A name spelt the same in the language generates nothing; every other one its press form.
        expect(en === want ? forms.length === 0 : forms.includes(want), `${en} → ${lang}: ${forms.join(', ')}`).toBe(true);
      }
    });
  }
});

describe('Korean names in German', () => {
  const cases: [string, string][] = [
    ['Kim Jong-un', 'Kim Jong Un'], ['Kim Jong-il', 'Kim Jong Il'], ['Kim Il-sung', 'Kim Il Sung'], ['Lee Jae-myung', 'Lee Jae Myung'],
    ['Moon Jae-in', 'Moon Jae In'], ['Han Duck-soo', 'Han Duck Soo'], ['Kim Yo-jong', 'Kim Yo Jong'], ['Choe Son-hui', 'Choe Son Hui'],
  ];
  it('writes the syllables apart, each capitalised', () => {
    for (const [en, want] of cases) expect(koreanGerman(en)).toEqual([want]);
    expect(koreanGerman('Yoon Suk Yeol')).toEqual([]);
  });
});

describe('applied to the pack\'s people by country', () => {
  const setup = (iso: string, name: string, qid?: string) => {
    const reg = new Registry();
    const c = reg.ensure(`C-${iso}`, 'country');
    reg.fact(c, { p: 'iso2', v: iso, src: 'test', asOf: '2026-01-01' });
    const d = reg.ensure(`P-${name}`, 'person');
    if (qid) d.qid = qid;
    reg.label(d, { en: name });
    reg.alias(d, 'en', [name]);
    reg.alias(d, 'en', [name.split(' ')[1]], true);
    reg.fact(d, { p: 'office', v: c.id, ref: true, src: 'test', asOf: '2026-01-01' });
    return { reg, d };
  };
  const forms = (iso: string, name: string, lang: Lang, ep = new Map<string, Partial<Record<string, string>>>(), qid?: string) => {
    const { reg, d } = setup(iso, name, qid);
    return generateForPerson(reg, d, ep).find((g) => g.lang === lang);
  };

  it('gives Russian office holders the German press forms, surnames weak only', () => {
    const g = forms('RU', 'Sergei Shoigu', 'de')!;
    expect(g.full).toContain('Sergej Schoigu');
    expect(g.surnames).toContain('Schoigu');
    expect(g.full).not.toContain('Schoigu');
  });
  it('prefers a Cyrillic original from EveryPolitician, by QID', () => {
    const ep = new Map([['Q12278288', { name__bg: 'Димитър Главчев' }]]);
    expect(forms('BG', 'Dimitar Glavchev', 'de', ep, 'Q12278288')!.full).toContain('Dimitar Glawtschew');
  });
  it('uses Ukrainian phonology for Ukraine', () => {
    expect(forms('UA', 'Oleksiy Honcharuk', 'de')!.full).toContain('Oleksij Hontscharuk');
  });
  it('generates nothing for names the press writes alike everywhere (Chinese, Serbian, Maghreb)', () => {
    for (const [iso, name] of [
      ['CN', 'Xi Jinping'], ['CN', 'Li Qiang'], ['CN', 'Wang Yi'], ['TW', 'Lai Ching-te'], ['CN', 'Han Zheng'],
      ['CN', 'Zhao Leji'], ['CN', 'Wang Huning'], ['CN', 'Ding Xuexiang'], ['RS', 'Aleksandar Vučić'], ['DZ', 'Abdelmadjid Tebboune'],
    ] as const) {
      const { reg, d } = setup(iso, name);
      expect(generateForPerson(reg, d, new Map())).toEqual([]);
    }
  });
});
