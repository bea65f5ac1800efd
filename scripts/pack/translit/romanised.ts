/**
 * An English romanisation back to Cyrillic, for the people no Cyrillic source in hand spells: the
 * English press form is the one every source gives ("Sergei Shoigu", "Volodymyr Zelenskyy").
 * The reverse is lossy (English drops ь and writes й, ы and и alike), so it only has to be right
 * where the forward tables see a difference: й after a vowel, ы/и at the end, е after a vowel.
 */
import type { Phonology, Rule, Table } from './engine.ts';

const VOWELS = 'aeiouy';
const CONS = 'bcdfghjklmnpqrstvwxz';

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', z: 'з',
};

const common = (map: Record<string, string>): Rule[] => Object.entries(map).map(([from, to]) => ({ from, to }));

/** Digraphs before single letters; endings before the letters they end with. */
const RU: Rule[] = [
  { from: 'shch', to: 'щ' },
  { from: 'zh', to: 'ж' },
  { from: 'kh', to: 'х' },
  { from: 'ts', to: 'ц' },
  { from: 'ch', to: 'ч' },
  { from: 'sh', to: 'ш' },
  // "Mikhail", "Ismail": two vowels, not ай.
  { from: 'ail', to: 'аил', at: 'final' },
  { from: 'yo', to: 'ё' },
  { from: 'ya', to: 'я' },
  { from: 'yu', to: 'ю' },
  // "Vasilyev" is Васильев, "Yevgeny" Евгений, "Tokayev" Токаев.
  { from: 'ye', to: 'ье', after: CONS },
  { from: 'ye', to: 'е' },
  { from: 'iy', to: 'ий', at: 'final' },
  { from: 'ii', to: 'ий', at: 'final' },
  { from: 'yy', to: 'ый', at: 'final' },
  // Russian spelling writes -кий, -гий, -хий, never -кый: "Zelensky" is Зеленский.
  { from: 'ky', to: 'кий', at: 'final' },
  { from: 'gy', to: 'гий', at: 'final' },
  // Given names end in -ий after one consonant ("Yevgeny", "Vasily", "Dmitry"); -ый follows a cluster ("Navalny").
  { from: 'ry', to: 'рий', at: 'final' },
  ...[...'bdflmnstvz'].map((c): Rule => ({ from: `${c}y`, to: `${LETTERS[c]}ий`, at: 'final', after: VOWELS })),
  { from: 'y', to: 'ый', at: 'final', after: CONS },
  { from: 'y', to: 'й', after: VOWELS },
  ...['a', 'e', 'o', 'u'].flatMap((v): Rule[] => {
    const cyr = { a: 'а', e: 'е', o: 'о', u: 'у' }[v]!;
    return [
      { from: `${v}i`, to: `${cyr}й`, at: 'final' },
      { from: `${v}i`, to: `${cyr}й`, before: CONS },
    ];
  }),
  { from: 'y', to: 'ы' },
  // "Alexander" is the English form of Александр.
  { from: 'ander', to: 'андр', at: 'final' },
  // Эльвира, Эдуард: a Russian name that starts with е is romanised "Ye".
  { from: 'e', to: 'э', at: 'initial' },
  { from: 'x', to: 'кс' },
  { from: 'j', to: 'ж' },
  { from: "'", to: 'ь' },
  ...common(LETTERS),
];

/** Ukrainian (the national romanisation of 2010): y is и, i is і, h is г. */
const UK: Rule[] = [
  { from: 'shch', to: 'щ' },
  { from: 'zh', to: 'ж' },
  { from: 'kh', to: 'х' },
  { from: 'ts', to: 'ц' },
  { from: 'ch', to: 'ч' },
  { from: 'sh', to: 'ш' },
  { from: 'ya', to: 'я' },
  { from: 'yu', to: 'ю' },
  { from: 'ye', to: 'є', at: 'initial' },
  { from: 'yi', to: 'ї', at: 'initial' },
  { from: 'ie', to: 'є', after: VOWELS },
  { from: 'iy', to: 'ій', at: 'final' },
  { from: 'ii', to: 'ій', at: 'final' },
  { from: 'yy', to: 'ий', at: 'final' },
  { from: 'yi', to: 'ий', at: 'final' },
  { from: 'y', to: 'ий', at: 'final', after: CONS },
  { from: 'y', to: 'й', after: VOWELS },
  ...['a', 'e', 'o', 'u'].flatMap((v): Rule[] => {
    const cyr = { a: 'а', e: 'е', o: 'о', u: 'у' }[v]!;
    return [
      { from: `${v}i`, to: `${cyr}й`, at: 'final' },
      { from: `${v}i`, to: `${cyr}й`, before: CONS },
    ];
  }),
  { from: 'x', to: 'кс' },
  { from: "'", to: 'ь' },
  ...common({ a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'ґ', h: 'г', i: 'і', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', y: 'и', z: 'з' }),
];

/** Bulgarian (the Streamlined System): "sht" is щ, and и is never ы. */
const BG: Rule[] = [
  { from: 'sht', to: 'щ' },
  ...RU.filter((r) => !(r.from === 'y' && r.to === 'ы') && !(r.from === 'e' && r.at === 'initial') && r.from !== 'yy'),
];

export const ROMANISED_TO_CYRILLIC: Record<Phonology, Table> = {
  ru: { name: 'en→cyrillic (ru)', vowels: VOWELS, rules: RU },
  uk: { name: 'en→cyrillic (uk)', vowels: VOWELS, rules: UK },
  bg: { name: 'en→cyrillic (bg)', vowels: VOWELS, rules: BG },
};
