/**
 * The Russian press writes foreign names by practical transcription: by how the name sounds in its own
 * language, not letter for letter ("Macron" → "Макрон", "Scholz" → "Шольц", "Sánchez" → "Санчес", "Meloni"
 * → "Мелони", "Bolsonaro" → "Болсонару"). One table per source language, in the rule-table shape of
 * engine.ts; the source language is the person's country's (LATIN_SOURCE). English spelling is the least
 * regular: its table covers the common patterns (closed "u" → "а": "Trump" → "Трамп"; "i" before one
 * consonant and a vowel → "ай": "Biden" → "Байден") and leaves the irregular names to a source that
 * gives their Russian form (EveryPolitician's Russian labels, which win over these tables).
 * A result with any letter left in Latin script is dropped: no half-transcribed name is ever an alias.
 */
import { transliterate, type Rule, type Table } from './engine.ts';

export type LatinSource = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'ro' | 'generic';

const V = 'aeiouyàáâãäåèéêëìíîïòóôõöùúûüýăâî';
const CONS = 'bcdfghjklmnpqrstvwxzçñșțşţ';

/** Letters every table reads alike, after its own rules. */
const BASE: Rule[] = [
  { from: 'ph', to: 'ф' }, { from: 'th', to: 'т' }, { from: 'ck', to: 'к' }, { from: 'qu', to: 'кв' },
  { from: 'x', to: 'кс' }, { from: 'w', to: 'в' },
  // "l" before a consonant or at the end is soft: "Scholz" → "Шольц", "Donald" → "Дональд", "Merkel" → "Меркель".
  { from: 'll', to: 'лл', before: V }, { from: 'll', to: 'лль' }, { from: 'l', to: 'ль', notBefore: V }, { from: 'l', to: 'л' },
  { from: 'a', to: 'а' }, { from: 'á', to: 'а' }, { from: 'à', to: 'а' }, { from: 'â', to: 'а' }, { from: 'ã', to: 'а' }, { from: 'ä', to: 'е' },
  { from: 'b', to: 'б' }, { from: 'c', to: 'к' }, { from: 'd', to: 'д' },
  { from: 'e', to: 'э', at: 'initial' }, { from: 'e', to: 'е' }, { from: 'é', to: 'е' }, { from: 'è', to: 'е' }, { from: 'ê', to: 'е' }, { from: 'ë', to: 'е' },
  { from: 'f', to: 'ф' }, { from: 'g', to: 'г' }, { from: 'h', to: 'х' },
  { from: 'i', to: 'й', after: V, notBefore: CONS }, { from: 'i', to: 'и' }, { from: 'í', to: 'и' }, { from: 'î', to: 'и' }, { from: 'ï', to: 'и' },
  { from: 'j', to: 'й' }, { from: 'k', to: 'к' }, { from: 'm', to: 'м' }, { from: 'n', to: 'н' }, { from: 'ñ', to: 'нь' },
  { from: 'o', to: 'о' }, { from: 'ó', to: 'о' }, { from: 'ò', to: 'о' }, { from: 'ô', to: 'о' }, { from: 'õ', to: 'о' }, { from: 'ö', to: 'е' },
  { from: 'p', to: 'п' }, { from: 'q', to: 'к' }, { from: 'r', to: 'р' }, { from: 's', to: 'с' }, { from: 't', to: 'т' },
  { from: 'u', to: 'у' }, { from: 'ú', to: 'у' }, { from: 'ù', to: 'у' }, { from: 'û', to: 'у' }, { from: 'ü', to: 'ю' },
  { from: 'v', to: 'в' }, { from: 'y', to: 'и' }, { from: 'z', to: 'з' }, { from: 'ç', to: 'с' },
];

const EN_CONS: Record<string, string> = { b: 'б', d: 'д', k: 'к', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', z: 'з' };

const table = (name: string, rules: Rule[]): Table => ({ name, vowels: V, rules: [...rules, ...BASE] });

export const LATIN_TO_RUSSIAN: Record<LatinSource, Table> = {
  // "Trump" → "Трамп", "Biden" → "Байден", "Johnson" → "Джонсон", "Starmer" → "Стармер", "Harris" → "Харрис".
  en: table('en→ru', [
    { from: 'sh', to: 'ш' }, { from: 'ch', to: 'ч' }, { from: 'j', to: 'дж' }, { from: 'ee', to: 'и' }, { from: 'oo', to: 'у' },
    { from: 'ea', to: 'и' }, { from: 'ay', to: 'ей' }, { from: 'ey', to: 'и', at: 'final' }, { from: 'oe', to: 'о', at: 'final' },
    { from: 'y', to: 'и', at: 'final' }, { from: 'y', to: 'й', after: V },
    { from: 'e', to: '', at: 'final', after: CONS }, { from: 'ss', to: 'сс' }, { from: 'ce', to: 'с', at: 'final' },
    { from: 'c', to: 'с', before: 'eiy' }, { from: 'g', to: 'дж', before: 'ey' },
    // "i" before one consonant and a vowel is long in English: "Biden", "Mike", "Nile".
    ...[...'bdklmnprstvz'].map((c): Rule => ({ from: `i${c}`, to: `ай${EN_CONS[c]}`, before: 'aeiouy', after: CONS })),
    // A silent "h" after a vowel: "Johnson", "John".
    { from: 'h', to: '', after: V, notBefore: V },
    { from: 'u', to: 'а', after: CONS, before: 'mnpbrt' },
    { from: 'ar', to: 'ар' }, { from: 'er', to: 'ер', at: 'final' },
    { from: 'w', to: 'у', at: 'initial' },
  ]),
  // "Macron" → "Макрон", "Emmanuel" → "Эммануэль", "Darmanin" → "Дарманен", "Barrot" → "Барро".
  fr: table('fr→ru', [
    { from: 'eau', to: 'о' }, { from: 'au', to: 'о' }, { from: 'ou', to: 'у' }, { from: 'oi', to: 'уа' }, { from: 'ai', to: 'е' }, { from: 'ei', to: 'е' },
    { from: 'eu', to: 'е' }, { from: 'ch', to: 'ш' }, { from: 'gn', to: 'нь' }, { from: 'qu', to: 'к' }, { from: 'gu', to: 'г', before: 'eiy' },
    { from: 'ain', to: 'ен', notBefore: V }, { from: 'in', to: 'ен', notBefore: 'aeiouyn' }, { from: 'an', to: 'ан', notBefore: 'aeiouyn' },
    { from: 'en', to: 'ан', notBefore: 'aeiouyn', after: CONS }, { from: 'on', to: 'он', notBefore: 'aeiouyn' },
    { from: 'ean', to: 'ан', notBefore: V }, { from: 'ier', to: 'ье', at: 'final' }, { from: 'iel', to: 'иэль', at: 'final' }, { from: 'ë', to: 'э' },
    { from: 'uel', to: 'уэль', at: 'final' }, { from: 'el', to: 'ель', at: 'final' }, { from: 'd', to: '', at: 'final', after: 'r' },
    { from: 'c', to: 'с', before: 'eiy' }, { from: 'g', to: 'ж', before: 'eéiy' }, { from: 'j', to: 'ж' }, { from: 'h', to: '' },
    { from: 's', to: 'з', after: V, before: V },
    { from: 'e', to: '', at: 'final' }, { from: 'es', to: '', at: 'final' },
    { from: 't', to: '', at: 'final' }, { from: 'd', to: '', at: 'final', after: 'aeiou' }, { from: 's', to: '', at: 'final' }, { from: 'x', to: '', at: 'final' }, { from: 'z', to: '', at: 'final' },
    { from: 'u', to: 'ю', after: CONS }, { from: 'é', to: 'э', at: 'initial' }, { from: 'y', to: 'и' },
  ]),
  // "Scholz" → "Шольц", "Steinmeier" → "Штайнмайер", "Merz" → "Мерц", "Friedrich" → "Фридрих".
  de: table('de→ru', [
    { from: 'sch', to: 'ш' }, { from: 'tsch', to: 'ч' }, { from: 'ch', to: 'х' }, { from: 'st', to: 'шт', at: 'initial' }, { from: 'sp', to: 'шп', at: 'initial' },
    { from: 'ei', to: 'ай' }, { from: 'ey', to: 'ай' }, { from: 'ai', to: 'ай' }, { from: 'eu', to: 'ой' }, { from: 'äu', to: 'ой' }, { from: 'ie', to: 'и' },
    { from: 'ae', to: 'е' }, { from: 'oe', to: 'е' }, { from: 'ue', to: 'ю' }, { from: 'tz', to: 'ц' }, { from: 'z', to: 'ц' },
    { from: 'eh', to: 'е' }, { from: 'ah', to: 'а' }, { from: 'oh', to: 'о' }, { from: 'uh', to: 'у' },
    { from: 's', to: 'з', before: V, at: 'initial' }, { from: 'v', to: 'ф' }, { from: 'j', to: 'й' }, { from: 'ß', to: 'с' }, { from: 'ss', to: 'сс' },
    { from: 'w', to: 'в' }, { from: 'h', to: 'х' },
  ]),
  // "Sánchez" → "Санчес", "Milei" → "Милей", "Javier" → "Хавьер", "Maduro" → "Мадуро".
  es: table('es→ru', [
    { from: 'ch', to: 'ч' }, { from: 'll', to: 'ль' }, { from: 'qu', to: 'к' }, { from: 'gu', to: 'г', before: 'eiéí' }, { from: 'j', to: 'х' },
    { from: 'g', to: 'х', before: 'eiéí' }, { from: 'c', to: 'с', before: 'eiéí' }, { from: 'z', to: 'с' }, { from: 'h', to: '' },
    { from: 'ie', to: 'ье', after: CONS }, { from: 'ia', to: 'ья', after: CONS }, { from: 'io', to: 'ьо', after: CONS },
    { from: 'ei', to: 'ей' }, { from: 'ai', to: 'ай' }, { from: 'oi', to: 'ой' }, { from: 'y', to: 'й', at: 'final' }, { from: 'y', to: 'и', at: 'word' },
    { from: 'e', to: 'е', at: 'initial' }, { from: 'v', to: 'в' }, { from: 'l', to: 'ль', at: 'final' },
  ]),
  // "Meloni" → "Мелони", "Giorgia" → "Джорджа", "Mattarella" → "Маттарелла", "Tajani" → "Таяни".
  it: table('it→ru', [
    { from: 'gli', to: 'льи' }, { from: 'gn', to: 'нь' }, { from: 'sci', to: 'ш', before: 'aou' }, { from: 'sc', to: 'ш', before: 'ei' },
    { from: 'ch', to: 'к' }, { from: 'gh', to: 'г' }, { from: 'cci', to: 'ччи', notBefore: 'aou' }, { from: 'cci', to: 'чч' },
    { from: 'ci', to: 'ч', before: 'aou' }, { from: 'gi', to: 'дж', before: 'aou' }, { from: 'ggi', to: 'ддж', before: 'aou' },
    { from: 'c', to: 'ч', before: 'ei' }, { from: 'g', to: 'дж', before: 'ei' }, { from: 'zz', to: 'цц' }, { from: 'z', to: 'ц' },
    { from: 'ja', to: 'я' }, { from: 'h', to: '' }, { from: 'e', to: 'э', at: 'initial' },
  ]),
  // "Bolsonaro" → "Болсонару", "Lula" → "Лула", "Haddad" → "Хаддад", "Alckmin" → "Алкмин".
  pt: table('pt→ru', [
    { from: 'lh', to: 'ль' }, { from: 'nh', to: 'нь' }, { from: 'ão', to: 'ан' }, { from: 'ões', to: 'оэс' }, { from: 'ch', to: 'ш' },
    { from: 'qu', to: 'к', before: 'eiéí' }, { from: 'gu', to: 'г', before: 'eiéí' }, { from: 'j', to: 'ж' }, { from: 'g', to: 'ж', before: 'eiéí' },
    { from: 'c', to: 'с', before: 'eiéí' }, { from: 'h', to: '' }, { from: 'x', to: 'ш' }, { from: 'o', to: 'у', at: 'final' }, { from: 'os', to: 'ус', at: 'final' },
    { from: 'e', to: 'и', at: 'final' }, { from: 's', to: 'з', after: V, before: V }, { from: 'z', to: 'с', at: 'final' },
    // Portuguese "l" stays hard in Russian: "Bolsonaro" → "Болсонару", "Manuel" → "Мануэл".
    { from: 'l', to: 'л' },
  ]),
  // "Sandu" → "Санду", "Maia" → "Майя", "Ciolacu" → "Чолаку", "Iohannis" → "Йоханнис".
  ro: table('ro→ru', [
    { from: 'ș', to: 'ш' }, { from: 'ş', to: 'ш' }, { from: 'ț', to: 'ц' }, { from: 'ţ', to: 'ц' }, { from: 'ă', to: 'э' }, { from: 'â', to: 'ы' }, { from: 'î', to: 'ы' },
    { from: 'ch', to: 'к' }, { from: 'gh', to: 'г' }, { from: 'cio', to: 'чо' }, { from: 'cia', to: 'ча' }, { from: 'gio', to: 'джо' },
    { from: 'c', to: 'ч', before: 'ei' }, { from: 'g', to: 'дж', before: 'ei' }, { from: 'j', to: 'ж' },
    { from: 'ia', to: 'йя', after: V }, { from: 'io', to: 'йо', at: 'initial' }, { from: 'i', to: 'ь', at: 'final', after: CONS },
    { from: 'h', to: 'х' }, { from: 'l', to: 'л' },
  ]),
  generic: table('latin→ru', [{ from: 'sh', to: 'ш' }, { from: 'ch', to: 'ч' }, { from: 'j', to: 'й' }]),
};

/** The transcription a country's names follow: its main language's. */
const COUNTRY_SOURCE: Record<string, LatinSource> = {
  US: 'en', GB: 'en', CA: 'en', AU: 'en', NZ: 'en', IE: 'en',
  FR: 'fr', BE: 'fr', LU: 'fr', MC: 'fr', SN: 'fr', CI: 'fr', HT: 'fr',
  DE: 'de', AT: 'de', CH: 'de', LI: 'de',
  ES: 'es', MX: 'es', AR: 'es', CO: 'es', CL: 'es', PE: 'es', VE: 'es', EC: 'es', BO: 'es', PY: 'es', UY: 'es', CU: 'es',
  DO: 'es', GT: 'es', HN: 'es', SV: 'es', NI: 'es', CR: 'es', PA: 'es',
  IT: 'it', SM: 'it', VA: 'it',
  PT: 'pt', BR: 'pt', AO: 'pt', MZ: 'pt', CV: 'pt',
  RO: 'ro', MD: 'ro',
};

export function latinSourceOf(isoCodes: readonly string[]): LatinSource | null {
  for (const c of isoCodes) if (COUNTRY_SOURCE[c]) return COUNTRY_SOURCE[c]!;
  return null;
}

const fullyCyrillic = (s: string) => /^[\p{Script=Cyrillic}\s-]+$/u.test(s);

/** A Latin-script name's Russian press forms by its source language's table; [] when any letter stays Latin. */
export function latinToRussian(name: string, source: LatinSource): string[] {
  if (!/^[\p{Script=Latin}\s.'-]+$/u.test(name) || name.includes('.')) return [];
  return transliterate(name, LATIN_TO_RUSSIAN[source], 'ru', 2).filter(fullyCyrillic);
}
