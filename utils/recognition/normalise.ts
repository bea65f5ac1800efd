/**
 * Text normalisation for matching. Every output code unit remembers the
 * original code units it came from, so matches map back to exact offsets in
 * the page text (the content script wraps those ranges in place).
 *
 * Folding: case, diacritics (NFD then drop marks), apostrophe variants to "'",
 * hyphens/dashes and all spaces to one " " (so "Kim Jong-un" = "Kim Jong Un"),
 * soft hyphens and zero-width characters dropped.
 */

const SPACE = 0x20;
const APOS = 0x27;

// Characters NFD does not decompose but readers treat as the base letter.
const EXTRA_FOLD: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i',
};

const DROPPED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc, 0x02b9, 0x60, 0xb4, 0x2032, 0xff07]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);

/** Folded form of one UTF-16 code unit: "" when dropped, else 1–2 code units. */
const foldCache = new Map<number, string>();

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

export function foldUnit(c: number): string {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
    if (c === 0x2d || isSpaceCode(c)) return ' ';
    return String.fromCharCode(c);
  }
  let f = foldCache.get(c);
  if (f !== undefined) return f;
  if (DROPPED.has(c)) f = '';
  else if (APOSTROPHES.has(c)) f = "'";
  else if (DASHES.has(c) || isSpaceCode(c)) f = ' ';
  else if (c >= 0xd800 && c <= 0xdfff) f = String.fromCharCode(c); // lone halves pass through
  else {
    const ch = String.fromCharCode(c);
    const extra = EXTRA_FOLD[ch];
    f = extra ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  }
  foldCache.set(c, f);
  return f;
}

const wordTable = new Uint8Array(65536); // 0 = unknown, 1 = word char, 2 = not
const WORD_RE = /[\p{L}\p{N}]/u;

/** Letters and digits; apostrophes, hyphens and punctuation are boundaries. */
export function isWordCode(c: number): boolean {
  let w = wordTable[c]!;
  if (w === 0) {
    w = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    // Surrogate halves: treat as word chars so emoji/CJK astral do not create false boundaries.
    if (c >= 0xd800 && c <= 0xdfff) w = 1;
    wordTable[c] = w;
  }
  return w === 1;
}

export interface NormalisedText {
  /** Folded code units. */
  codes: Uint16Array;
  length: number;
  /** Original offset of the first code unit behind each folded unit. */
  start: Int32Array;
  /** Original offset just after the last code unit behind each folded unit. */
  end: Int32Array;
}

// Per-code-unit fold table, filled lazily: kind 1 = one unit (foldOne), 2 = dropped, 3 = several units (foldUnit).
const foldKind = new Uint8Array(65536);
const foldOne = new Uint16Array(65536);

function classify(c: number): number {
  const f = foldUnit(c);
  const k = f.length === 0 ? 2 : f.length === 1 ? 1 : 3;
  if (k === 1) foldOne[c] = f.charCodeAt(0);
  foldKind[c] = k;
  return k;
}

/**
 * With `reuse`, the result's arrays are taken from (or replace) that buffer
 * when large enough: the caller must be done with the previous result. Saves
 * allocating three arrays per block on every page.
 */
export function normaliseText(text: string, reuse?: NormalisedText): NormalisedText {
  const n = text.length;
  // Folding expands at most 2× (ß → ss).
  const cap = n * 2 + 1;
  const fits = reuse !== undefined && reuse.codes.length >= cap;
  const codes = fits ? reuse.codes : new Uint16Array(Math.max(cap, reuse ? 2 * reuse.codes.length : 0));
  const start = fits ? reuse.start : new Int32Array(codes.length);
  const end = fits ? reuse.end : new Int32Array(codes.length);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = foldKind[c]!;
    if (k === 0) k = classify(c);
    if (k === 1) {
      const fc = foldOne[c]!;
      if (fc === SPACE && len > 0 && codes[len - 1] === SPACE) { end[len - 1] = i + 1; continue; }
      codes[len] = fc; start[len] = i; end[len] = i + 1; len++;
    } else if (k === 2) {
      // Dropped char inside a word: extend the previous unit's span so offsets stay contiguous.
      if (len > 0) end[len - 1] = i + 1;
    } else {
      const f = foldUnit(c);
      for (let j = 0; j < f.length; j++) { codes[len] = f.charCodeAt(j); start[len] = i; end[len] = i + 1; len++; }
    }
  }
  return { codes, length: len, start, end };
}

/** Folded form of an alias, trimmed; same folding as normaliseText. */
export function normaliseKey(alias: string): string {
  const t = normaliseText(alias, keyScratch);
  keyScratch = t;
  let a = 0, z = t.length;
  while (a < z && t.codes[a] === SPACE) a++;
  while (z > a && t.codes[z - 1] === SPACE) z--;
  return String.fromCharCode.apply(null, t.codes.subarray(a, z) as unknown as number[]);
}
let keyScratch: NormalisedText | undefined;

export { APOS, SPACE };
