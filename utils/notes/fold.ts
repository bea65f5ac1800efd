/**
 * Folds text for matching: no diacritics, no case, a few letters that NFD does
 * not decompose spelled out, so "Pétain", "PETAIN" and "petain" meet.
 */
const SPELLED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłı]/g, (c) => SPELLED[c] ?? c);
}

/** The words of a query, folded; quotes and punctuation are separators. */
export function queryTerms(q: string): string[] {
  return fold(q)
    .split(/[\s"'’«»“”.,;:!?()[\]{}]+/u)
    .filter(Boolean);
}
