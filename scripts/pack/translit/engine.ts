/**
 * Transliteration by ordered rule tables, in the shape of the iuliia schemas (github.com/nalgeon/iuliia):
 * a letter mapping plus context rules for word-initial, after-/before-letter and word-final positions.
 * Here all of them are one ordered list: at each position the first rule whose source sequence and
 * context match wins, so a specific rule ("ий" at the end) is listed before the general one ("и").
 */

/** The phonology the source spelling follows: Ukrainian и, г, е are not Russian и, г, е. */
export type Phonology = 'ru' | 'uk' | 'bg';

export interface Rule {
  /** Lowercase source sequence. */
  from: string;
  /** Target spelling; several = the press writes each (the first is the commonest). */
  to: string | readonly string[];
  /** 'word': the whole word ("al" in "al-Assad"). */
  at?: 'initial' | 'final' | 'word';
  /** The preceding source letter must be one of these ('' = none: word-initial counts). */
  after?: string;
  /** The following source letter must be one of these. */
  before?: string;
  /** The following source letter must not be one of these (end of word passes). */
  notBefore?: string;
  /** Only for these source phonologies. */
  only?: readonly Phonology[];
}

export interface Table {
  name: string;
  /** Source letters that count as vowels for the context rules. */
  vowels: string;
  rules: readonly Rule[];
}

/** Variants per word are capped: alternatives multiply, and only the first few are ever written. */
const MAX_VARIANTS = 4;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

function matches(rule: Rule, word: string, i: number, ph: Phonology): boolean {
  if (!word.startsWith(rule.from, i)) return false;
  if (rule.only && !rule.only.includes(ph)) return false;
  const prev = i > 0 ? word[i - 1] : undefined;
  const next = word[i + rule.from.length];
  if ((rule.at === 'initial' || rule.at === 'word') && isLetter(prev)) return false;
  if ((rule.at === 'final' || rule.at === 'word') && isLetter(next)) return false;
  if (rule.after !== undefined && !(prev !== undefined && rule.after.includes(prev))) return false;
  if (rule.before !== undefined && !(next !== undefined && rule.before.includes(next))) return false;
  if (rule.notBefore !== undefined && next !== undefined && rule.notBefore.includes(next)) return false;
  return true;
}

/** One word (no spaces or hyphens), lowercase in, lowercase variants out, in table order of preference. */
function transliterateWord(word: string, table: Table, ph: Phonology): string[] {
  let out = [''];
  let i = 0;
  while (i < word.length) {
    const rule = table.rules.find((r) => matches(r, word, i, ph));
    const to = rule ? (typeof rule.to === 'string' ? [rule.to] : rule.to) : [word[i]!];
    const next: string[] = [];
    for (const o of out) for (const t of to) if (next.length < MAX_VARIANTS && !next.includes(o + t)) next.push(o + t);
    out = next;
    i += rule ? rule.from.length : 1;
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A name in the table's source script → its spellings, the commonest first. Words keep their
 * capitalisation; spaces and hyphens are kept and separate words (so "Касым-Жомарт" has two initials).
 */
export function transliterate(name: string, table: Table, ph: Phonology = 'ru', max = 8): string[] {
  const parts = name.normalize('NFC').split(/([\s-]+)/);
  let out = [''];
  for (const p of parts) {
    let forms: string[];
    if (/^[\s-]*$/.test(p)) forms = [p];
    else {
      const lower = transliterateWord(p.toLowerCase(), table, ph);
      const cap = p.charAt(0) !== p.charAt(0).toLowerCase();
      forms = cap ? lower.map(capitalise) : lower;
    }
    const next: string[] = [];
    for (const o of out) for (const f of forms) if (next.length < max && !next.includes(o + f)) next.push(o + f);
    out = next;
  }
  return out;
}
