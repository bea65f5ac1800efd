/*
 * Re-anchoring a quote in a page's text, after W3C Web Annotation selectors:
 * a TextPositionSelector (where it was) and a TextQuoteSelector (what it said,
 * with some context). Pure functions over a string, so the content script, the
 * background and the tests all agree.
 */

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  start: number;
  end: number;
}
export interface Anchor {
  start: number;
  end: number;
}
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Context kept either side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_CHARS = 32;

/** Quotes longer than this are matched fuzzily by their ends only (the DP is O(text × quote)). */
const FUZZY_MAX_QUOTE = 400;

export function describeQuote(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end },
  };
}

/** Where the quote is in `text` now, or null when it can no longer be found (an orphaned note). */
export function anchor(text: string, sel: Selectors): Anchor | null {
  const { exact } = sel.quote;
  if (!exact) return null;
  const pos = sel.position;
  if (pos && pos.end - pos.start === exact.length && text.slice(pos.start, pos.end) === exact) {
    return { start: pos.start, end: pos.end };
  }
  const exactHits = allIndexes(text, exact);
  if (exactHits.length) return best(text, sel, exactHits.map((s) => ({ start: s, end: s + exact.length, cost: 0 })));
  return fuzzy(text, sel);
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

interface Candidate extends Anchor {
  cost: number;
}

/** Length of the common run of `a` and `b` read from their ends (fromEnd) or starts. */
function common(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (fromEnd ? a[a.length - 1 - i] === b[b.length - 1 - i] : a[i] === b[i])) i++;
  return i;
}

/** Picks the candidate with the fewest edits, then the best matching context, then the nearest to where it was. */
function best(text: string, sel: Selectors, cands: Candidate[]): Anchor {
  const { prefix, suffix } = sel.quote;
  const hint = sel.position?.start;
  let top = cands[0]!;
  let topScore = -Infinity;
  for (const c of cands) {
    const ctx =
      common(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix, true) +
      common(text.slice(c.end, c.end + suffix.length), suffix, false);
    const distance = hint === undefined ? 0 : Math.abs(c.start - hint) / Math.max(1, text.length);
    const score = -c.cost * 1000 + ctx - distance;
    if (score > topScore) {
      topScore = score;
      top = c;
    }
  }
  return { start: top.start, end: top.end };
}

/**
 * Approximate substring search (Sellers): every place in `text` where `pattern`
 * matches with at most `maxEdits` insertions, deletions or substitutions.
 */
export function approximateMatches(text: string, pattern: string, maxEdits: number): Candidate[] {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  const hits: Candidate[] = [];
  for (let j = 1; j <= text.length; j++) {
    const ch = text[j - 1];
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      let c = cost[i - 1]! + (pattern[i - 1] === ch ? 0 : 1);
      let f = from[i - 1]!;
      if (cost[i]! + 1 < c) {
        c = cost[i]! + 1;
        f = from[i]!;
      }
      if (nextCost[i - 1]! + 1 < c) {
        c = nextCost[i - 1]! + 1;
        f = nextFrom[i - 1]!;
      }
      nextCost[i] = c;
      nextFrom[i] = f;
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
    if (cost[m]! <= maxEdits) hits.push({ start: from[m]!, end: j, cost: cost[m]! });
  }
  // Neighbouring end positions describe the same place; keep the cheapest of each run.
  const out: Candidate[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    if (last && h.start <= last.end) {
      if (h.cost < last.cost) out[out.length - 1] = h;
    } else out.push(h);
  }
  return out;
}

/** Edits tolerated: about one in six characters, so a reworded sentence is not mistaken for the quote. */
export function editBudget(length: number): number {
  return Math.max(1, Math.floor(length / 6));
}

function fuzzy(text: string, sel: Selectors): Anchor | null {
  const { exact } = sel.quote;
  if (exact.length < 8) return null; // a short quote with an edit in it is just another word
  if (exact.length > FUZZY_MAX_QUOTE) return fuzzyByEnds(text, sel);
  const hits = approximateMatches(text, exact, editBudget(exact.length));
  return hits.length ? best(text, sel, hits) : null;
}

/** A long quote: find its head and its tail, each allowing edits, and take the span between them. */
function fuzzyByEnds(text: string, sel: Selectors): Anchor | null {
  const { exact } = sel.quote;
  const k = 64;
  const heads = approximateMatches(text, exact.slice(0, k), editBudget(k));
  const tails = approximateMatches(text, exact.slice(-k), editBudget(k));
  const spans: Candidate[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const len = t.end - h.start;
      if (len > 0 && Math.abs(len - exact.length) <= editBudget(exact.length)) spans.push({ start: h.start, end: t.end, cost: h.cost + t.cost });
    }
  }
  return spans.length ? best(text, sel, spans) : null;
}
