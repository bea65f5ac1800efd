/**
 * The form aliases are compared in: case-folded, diacritics stripped, and
 * punctuation variants unified, so that "Élysée" and "Elysee" or "Kim Jong-un"
 * and "Kim Jong Un" count as the same surface for collision checks.
 */
export function normaliseAlias(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
