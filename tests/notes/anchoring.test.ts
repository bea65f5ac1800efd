import { describe, expect, it } from 'vitest';
import { Aborted, Slicer } from '../../utils/content/schedule';
import { anchor, anchorSliced, anchorSteps, approximateMatches, describeQuote, STEP_UNITS } from '../../utils/notes/anchoring';

const ARTICLE =
  'Vladimir Putin arrived in Pyongyang on Tuesday for his first visit in 24 years. ' +
  'The two leaders signed a mutual defence pact. Kim Jong-un welcomed the visit. ' +
  'Analysts said the pact could change the balance in the region.';

function quoteOf(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return describeQuote(text, at, at + phrase.length);
}

describe('anchoring a quote note', () => {
  it('uses the stored position when the quote is still there', () => {
    const sel = quoteOf(ARTICLE, 'mutual defence pact');
    expect(anchor(ARTICLE, sel)).toEqual(sel.position);
  });

  it('finds the quote again after text was inserted before it', () => {
    const sel = quoteOf(ARTICLE, 'mutual defence pact');
    const edited = 'UPDATE 2: adds reaction. ' + ARTICLE;
    const at = anchor(edited, sel)!;
    expect(edited.slice(at.start, at.end)).toBe('mutual defence pact');
  });

  it('tells repeated phrases apart by their context', () => {
    const sel = quoteOf(ARTICLE, 'the pact', 0);
    const second = ARTICLE.indexOf('the pact');
    expect(second).toBeGreaterThan(0);
    const edited = 'Intro. ' + ARTICLE.replace('signed a mutual defence pact', 'signed the pact');
    // Two "the pact" now: the one followed by " could change" is the quote.
    const at = anchor(edited, sel)!;
    expect(edited.slice(at.end, at.end + 13)).toBe(' could change');
  });

  it('re-anchors a quote whose words were slightly edited', () => {
    const sel = quoteOf(ARTICLE, 'for his first visit in 24 years');
    const edited = ARTICLE.replace('for his first visit in 24 years', 'for his first visit in 24 yrs');
    const at = anchor(edited, sel)!;
    expect(at).not.toBeNull();
    expect(edited.slice(at.start, at.end)).toMatch(/^for his first visit in 24 yrs?$/);
  });

  it('re-anchors after a typo fix and moved text', () => {
    const text = 'Kim Jong-un welcomed the vist warmly at the airport.';
    const sel = quoteOf(text, 'welcomed the vist warmly');
    const edited = 'Earlier: talks. Kim Jong-un welcomed the visit warmly at the airport.';
    const at = anchor(edited, sel)!;
    expect(edited.slice(at.start, at.end)).toBe('welcomed the visit warmly');
  });

  it('gives null (an orphan) when the passage is gone or rewritten', () => {
    const sel = quoteOf(ARTICLE, 'Kim Jong-un welcomed the visit');
    expect(anchor('A completely different article about the weather in Rome.', sel)).toBeNull();
    expect(anchor(ARTICLE.replace('Kim Jong-un welcomed the visit', 'The North Korean leader greeted his guest'), sel)).toBeNull();
  });

  it('does not fuzzily match very short quotes', () => {
    const sel = { quote: { exact: 'Kiev', prefix: '', suffix: '' } };
    expect(anchor('He went to Kyiv.', sel)).toBeNull();
  });

  it('re-anchors a long quote after an edit inside it', () => {
    const long = 'x'.repeat(10) + ' ' + Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + ' tail';
    const start = 11;
    const end = long.length - 5;
    const sel = describeQuote(long, start, end);
    const edited = 'NEW ' + long.replace('word30', 'w0rd30');
    const at = anchor(edited, sel)!;
    expect(at).not.toBeNull();
    expect(edited.slice(at.start, at.start + 6)).toBe('word0 ');
  });

  it('approximate matching reports the edit count', () => {
    expect(approximateMatches('the quick brown fox', 'quikc', 2)[0]).toMatchObject({ start: 4, cost: 1 }); // drop the k: "quic"
    expect(approximateMatches('the quick brown fox', 'qxxck', 1)).toEqual([]);
    expect(approximateMatches('the quick brown fox', 'quick', 0)).toEqual([{ start: 4, end: 9, cost: 0 }]);
  });
});

/*
 * Budgets, counted in work units (characters compared), never in time: the
 * search on the page's main thread is a series of steps, and the page runs
 * between them.
 */
describe('anchoring in bounded steps', () => {
  // 200,000 characters of varied prose (no quote of it repeats by chance).
  const words = ['il', 'governo', 'ha', 'detto', 'che', 'la', 'riforma', 'sarà', 'votata', 'entro', 'marzo', 'ma', 'le', 'opposizioni', 'chiedono', 'tempo'];
  let big = '';
  for (let i = 0; big.length < 200_000; i++) big += `${words[(i * 7 + (i >> 3)) % words.length]}${i % 11 === 0 ? '. ' : ' '}${i} `;
  big = big.slice(0, 200_000);

  function stepsOf(text: string, sel: Parameters<typeof anchorSteps>[1]) {
    const gen = anchorSteps(text, sel);
    const steps: number[] = [];
    for (;;) {
      const r = gen.next();
      if (r.done) return { steps, result: r.value };
      steps.push(r.value);
    }
  }

  it('a missing 400-character quote on a 200,000-character page: every step within STEP_UNITS, and all the work is there', () => {
    const quote = Array.from({ length: 80 }, (_, i) => `zq${i}x`).join(' ').slice(0, 400);
    expect(quote).toHaveLength(400);
    const sel = { quote: { exact: quote, prefix: 'before ', suffix: ' after' }, position: { start: 1000, end: 1400 } };
    const { steps, result } = stepsOf(big, sel);
    expect(result).toBeNull();
    expect(Math.max(...steps)).toBeLessThanOrEqual(STEP_UNITS);
    // The edit-distance table alone is quote × text cells: a search that did it in one go would report a few huge steps.
    const total = steps.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(400 * 200_000);
    expect(steps.length).toBeGreaterThanOrEqual(Math.floor((400 * 200_000) / STEP_UNITS));
  }, 30_000);

  it('a long quote (by its ends) and a much-repeated short one stay within the bound too', () => {
    const long = { quote: { exact: big.slice(50_000, 51_000).replace(/governo/g, 'gov3rno'), prefix: '', suffix: '' } };
    const a = stepsOf(big, long);
    expect(a.result).not.toBeNull();
    expect(Math.max(...a.steps)).toBeLessThanOrEqual(STEP_UNITS);
    // "il " is everywhere: thousands of exact hits, each scored by its context.
    const repeated = { quote: { exact: 'il ', prefix: 'x'.repeat(200), suffix: 'y'.repeat(200) } };
    const b = stepsOf(big, repeated);
    expect(b.result).not.toBeNull();
    expect(Math.max(...b.steps)).toBeLessThanOrEqual(STEP_UNITS);
    expect(b.steps.length).toBeGreaterThan(10);
  }, 30_000);

  it('gives the same answers in slices, and stops when the slicer’s signal aborts', async () => {
    const cases = [
      quoteOf(ARTICLE, 'mutual defence pact'),
      { ...quoteOf(ARTICLE, 'for his first visit in 24 years'), position: { start: 0, end: 31 } },
      { quote: { exact: 'nowhere to be found at all', prefix: '', suffix: '' } },
    ];
    const edited = 'Intro. ' + ARTICLE.replace('24 years', '24 yrs');
    const slicer = new Slicer(window, new AbortController().signal, 0);
    for (const sel of cases) expect(await anchorSliced(edited, sel, () => slicer.tick())).toEqual(anchor(edited, sel));
    let ticks = 0;
    expect(await anchorSliced(big, { quote: { exact: 'zz'.repeat(30), prefix: '', suffix: '' } }, async () => void ticks++)).toBeNull();
    expect(ticks).toBeGreaterThan(100);

    const ctrl = new AbortController();
    const stopping = new Slicer(window, ctrl.signal, 0);
    ctrl.abort();
    await expect(anchorSliced(big, { quote: { exact: 'zz'.repeat(30), prefix: '', suffix: '' } }, () => stopping.tick())).rejects.toThrow(Aborted);
  });
});
