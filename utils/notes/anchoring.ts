/*
 * Re-anchoring a quote in a page's text, after W3C Web Annotation selectors:
 * a TextPositionSelector (where it was) and a TextQuoteSelector (what it said,
 * with some context). Pure functions over a string, so the content script, the
 * background and the tests all agree.
 *
 * The search is written as steps: a missing 400-character quote on a
 * 200,000-character page is 80 million comparisons (about 2 s), which must not
 * be one long task on the page's main thread. Every step does at most
 * STEP_UNITS units of work (a unit is one character compared: one cell of the
 * edit-distance table, one character scanned for the exact quote, one
 * character of context), and `anchorSliced` lets the page run between them.
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

/** The most work one step does before it hands control back (see the header). */
export const STEP_UNITS = 1 << 16;

/** A search in steps: each `yield` reports the units done since the last one (never more than STEP_UNITS). */
export type Steps<T> = Generator<number, T, void>;

/** Runs the steps to their end in one go (for callers off the page's main thread, and the tests). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Counts units and pauses before a cost would take the step past STEP_UNITS. */
class Meter {
  units = 0;
  /** True when `cost` more would exceed the step: the caller yields `take()` first. */
  full(cost: number): boolean {
    return this.units > 0 && this.units + cost > STEP_UNITS;
  }
  take(): number {
    const u = this.units;
    this.units = 0;
    return u;
  }
}

/** Where the quote is in `text` now, or null when it can no longer be found (an orphaned note). */
export function anchor(text: string, sel: Selectors): Anchor | null {
  return runSteps(anchorSteps(text, sel));
}

/**
 * The same answer as `anchor`, with `tick` awaited between steps: the content
 * script passes its Slicer's, which yields to the page once its 8 ms slice is
 * used up and throws when its signal aborts.
 */
export async function anchorSliced(text: string, sel: Selectors, tick: () => Promise<void>): Promise<Anchor | null> {
  const steps = anchorSteps(text, sel);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await tick();
  }
}

export function* anchorSteps(text: string, sel: Selectors): Steps<Anchor | null> {
  const { exact } = sel.quote;
  if (!exact) return null;
  const pos = sel.position;
  if (pos && pos.end - pos.start === exact.length && text.slice(pos.start, pos.end) === exact) {
    return { start: pos.start, end: pos.end };
  }
  const exactHits = yield* allIndexes(text, exact);
  if (exactHits.length) return yield* best(text, sel, exactHits.map((s) => ({ start: s, end: s + exact.length, cost: 0 })));
  return yield* fuzzy(text, sel);
}

/** Every start of `needle` in `text`, searched window by window so that one step scans a bounded stretch. */
function* allIndexes(text: string, needle: string): Steps<number[]> {
  const out: number[] = [];
  const window = Math.max(1024, STEP_UNITS - needle.length);
  for (let from = 0; from + needle.length <= text.length; from += window) {
    // A window's hits start inside it; its stretch runs on by the needle's length so none is cut in two.
    const stretch = text.slice(from, Math.min(text.length, from + window + needle.length - 1));
    for (let at = stretch.indexOf(needle); at >= 0 && at < window; at = stretch.indexOf(needle, at + 1)) out.push(from + at);
    yield stretch.length;
  }
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
function* best(text: string, sel: Selectors, cands: Candidate[]): Steps<Anchor> {
  const { prefix, suffix } = sel.quote;
  const hint = sel.position?.start;
  const meter = new Meter();
  const cost = prefix.length + suffix.length + 1;
  let top = cands[0]!;
  let topScore = -Infinity;
  for (const c of cands) {
    if (meter.full(cost)) yield meter.take();
    meter.units += cost;
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
  yield meter.take();
  return { start: top.start, end: top.end };
}

/**
 * Approximate substring search (Sellers): every place in `text` where `pattern`
 * matches with at most `maxEdits` insertions, deletions or substitutions.
 */
export function approximateMatches(text: string, pattern: string, maxEdits: number): Candidate[] {
  return runSteps(approximateSteps(text, pattern, maxEdits));
}

/** approximateMatches in steps of whole text columns (a column is `pattern.length` cells). */
function* approximateSteps(text: string, pattern: string, maxEdits: number): Steps<Candidate[]> {
  const m = pattern.length;
  const meter = new Meter();
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  const hits: Candidate[] = [];
  for (let j = 1; j <= text.length; j++) {
    if (meter.full(m)) yield meter.take();
    meter.units += m;
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
    if (meter.full(1)) yield meter.take();
    meter.units++;
    const last = out.at(-1);
    if (last && h.start <= last.end) {
      if (h.cost < last.cost) out[out.length - 1] = h;
    } else out.push(h);
  }
  yield meter.take();
  return out;
}

/** Edits tolerated: about one in six characters, so a reworded sentence is not mistaken for the quote. */
export function editBudget(length: number): number {
  return Math.max(1, Math.floor(length / 6));
}

function* fuzzy(text: string, sel: Selectors): Steps<Anchor | null> {
  const { exact } = sel.quote;
  if (exact.length < 8) return null; // a short quote with an edit in it is just another word
  if (exact.length > FUZZY_MAX_QUOTE) return yield* fuzzyByEnds(text, sel);
  const hits = yield* approximateSteps(text, exact, editBudget(exact.length));
  return hits.length ? yield* best(text, sel, hits) : null;
}

/** A long quote: find its head and its tail, each allowing edits, and take the span between them. */
function* fuzzyByEnds(text: string, sel: Selectors): Steps<Anchor | null> {
  const { exact } = sel.quote;
  const k = 64;
  const heads = yield* approximateSteps(text, exact.slice(0, k), editBudget(k));
  const tails = yield* approximateSteps(text, exact.slice(-k), editBudget(k));
  const slack = editBudget(exact.length);
  const meter = new Meter();
  const spans: Candidate[] = [];
  // Tails come in increasing end order: each head pairs only with the run of tails ending at its length ± slack
  // (found by bisection), not with every tail, which on a repetitive page is heads × tails pairs.
  for (const h of heads) {
    const lowEnd = Math.max(h.start + 1, h.start + exact.length - slack);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]!.end < lowEnd) lo = mid + 1;
      else hi = mid;
    }
    if (meter.full(1)) yield meter.take();
    meter.units++;
    for (let i = lo; i < tails.length && tails[i]!.end <= h.start + exact.length + slack; i++) {
      if (meter.full(1)) yield meter.take();
      meter.units++;
      const t = tails[i]!;
      spans.push({ start: h.start, end: t.end, cost: h.cost + t.cost });
    }
  }
  yield meter.take();
  return spans.length ? yield* best(text, sel, spans) : null;
}
