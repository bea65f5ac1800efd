/**
 * Names of Arabic, Korean and Chinese origin reach the pack in their English romanisation. Only where a
 * language's press writes them differently is there a table; Italian follows the English spelling of
 * all three, and Chinese names are pinyin (or, for Taiwan, Wade–Giles) in every pack language, so
 * Chinese has no table at all: generating nothing is the rule there.
 */
import { transliterate, type Table } from './engine.ts';

const VOWELS = 'aeiouy';

/** Arabic and Persian names (both written in Arabic script) from their English form. */
export const ARABIC_DE: Table = {
  name: 'arabic (en)→de',
  vowels: VOWELS,
  rules: [
    // "Baschar al-Assad", "Aschraf Ghani", "Chamenei", "Chalifa Haftar".
    { from: 'sh', to: 'sch' },
    { from: 'kh', to: 'ch' },
  ],
};

export const ARABIC_FR: Table = {
  name: 'arabic (en)→fr',
  vowels: VOWELS,
  rules: [
    // "Bachar", "Achraf", "Mohammed Chia al-Soudani", "Mahmoud", "Youssef", "Moussa", "ben Salmane", "el-Assad".
    { from: 'sh', to: 'ch' },
    { from: 'ou', to: 'ou' },
    { from: 'u', to: 'ou' },
    { from: 's', to: 'ss', after: 'aeiou', before: 'aeiou' },
    { from: 'al', to: ['al', 'el'], at: 'word' },
    { from: 'bin', to: ['ben', 'bin'], at: 'word' },
    { from: 'an', to: ['an', 'ane'], at: 'final' },
  ],
};

export const ARABIC_ES: Table = {
  name: 'arabic (en)→es',
  vowels: VOWELS,
  rules: [
    // "Jamenei", "Jalifa Haftar", "Bashar al Asad": Spanish writes kh as j and doubles no s.
    { from: 'kh', to: 'j' },
    { from: 'ss', to: 's' },
  ],
};

export const ARABIC_TABLES = { de: ARABIC_DE, fr: ARABIC_FR, es: ARABIC_ES } as const;

/** Arabic-origin forms of an English-romanised name, per language; the unchanged name is left out. */
export function arabicForms(name: string, lang: keyof typeof ARABIC_TABLES): string[] {
  return transliterate(name, ARABIC_TABLES[lang]).filter((f) => f !== name);
}

/**
 * Georgian names from their English romanisation ("Irakli Kobakhidze", "Salome Zurabishvili",
 * "Bidzina Ivanishvili"): the German press writes "Kobachidse", "Surabischwili", "Iwanischwili"; the
 * French "Kobakhidzé"; the Spanish "Kobajidze". Italian follows the English spelling.
 */
export const GEORGIAN_DE: Table = {
  name: 'georgian (en)→de',
  vowels: VOWELS,
  rules: [
    { from: 'shv', to: 'schw' },
    { from: 'sh', to: 'sch' },
    { from: 'zh', to: 'sch' },
    { from: 'kh', to: 'ch' },
    { from: 'ch', to: 'tsch' },
    { from: 'dz', to: 'ds' },
    { from: 'z', to: 's', at: 'initial' },
    { from: 'z', to: 's', after: VOWELS },
    { from: 'v', to: 'w' },
  ],
};

export const GEORGIAN_FR: Table = {
  name: 'georgian (en)→fr',
  vowels: VOWELS,
  rules: [
    { from: 'sh', to: 'ch' },
    { from: 'zh', to: 'j' },
    { from: 'ch', to: 'tch' },
    { from: 'dze', to: 'dzé', at: 'final' },
    // A name already in the French spelling ("Zourabichvili") keeps its "ou".
    { from: 'ou', to: 'ou' },
    { from: 'u', to: 'ou' },
  ],
};

export const GEORGIAN_ES: Table = {
  name: 'georgian (en)→es',
  vowels: VOWELS,
  rules: [{ from: 'kh', to: 'j' }],
};

export const GEORGIAN_TABLES = { de: GEORGIAN_DE, fr: GEORGIAN_FR, es: GEORGIAN_ES } as const;

export function georgianForms(name: string, lang: keyof typeof GEORGIAN_TABLES): string[] {
  return transliterate(name, GEORGIAN_TABLES[lang]).filter((f) => f !== name);
}

/**
 * Korean given names are hyphenated in English ("Kim Jong-un", "Lee Jae-myung"); the German press writes
 * the syllables apart, each capitalised ("Kim Jong Un"). The other pack languages keep the hyphen.
 */
export function koreanGerman(name: string): string[] {
  if (!/\p{L}-\p{Ll}/u.test(name)) return [];
  return [name.replace(/(\p{L})-(\p{Ll})/gu, (_m, a: string, b: string) => `${a} ${b.toUpperCase()}`)];
}

/** Chinese names: the same in every pack language (see the module comment). */
export function chineseForms(_name: string, _lang: string): string[] {
  return [];
}
