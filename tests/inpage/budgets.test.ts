// Budgets a big or hostile page can't break: work is counted (calls, characters, arguments), never timed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleReader } from '../../utils/content/article';
import { ChangeTracker, outermost, type ChangeHost } from '../../utils/content/changes';
import { PageSession, type RecognizeInput } from '../../utils/content/page-session';
import { PageModel, type PlacedMention } from '../../utils/content/page-state';
import { cutText, MESSAGE_LIMITS, planMessages, recognizeInParts } from '../../utils/content/recognize';
import { HighlightLayer, MARK_TAG } from '../../utils/highlight/custom-highlights';
import { RecognizeRequest, type RecognizeResponse } from '../../utils/messaging/protocol';
import { packMentions, unpackMentions } from '../../utils/messaging/spans';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';

const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (id: never) => clearTimeout(id) };

/** Finds "Putin" and "Macron" in whatever blocks it is sent; refuses a request the background's schema would refuse. */
function stubRecognize(calls: RecognizeInput[]) {
  return async (req: RecognizeInput): Promise<RecognizeResponse> => {
    RecognizeRequest.parse({ type: 'recognize', ...req });
    calls.push(req);
    const mentions: { block: number; start: number; end: number; id: string }[] = [];
    req.blocks.forEach((text, block) => {
      for (const [name, id] of [['Putin', 'Q7747'], ['Macron', 'Q3052772']] as const) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ block, start: at, end: at + name.length, id });
      }
    });
    mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    return packMentions(mentions, () => 'person');
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** DOM operations a pass makes, counted through spies: `contains`, `closest`, and every parent step. */
async function countOps(fn: () => Promise<unknown> | unknown): Promise<number> {
  const spies = [
    vi.spyOn(Node.prototype, 'contains'),
    vi.spyOn(Element.prototype, 'closest'),
    vi.spyOn(Node.prototype, 'parentNode', 'get'),
    vi.spyOn(Node.prototype, 'parentElement', 'get'),
  ];
  await fn();
  const n = spies.reduce((sum, s) => sum + s.mock.calls.length, 0);
  for (const s of spies) s.mockRestore();
  return n;
}

function tracking(host: Partial<ChangeHost> = {}) {
  const model = new PageModel({ doc: document, win: window, timers, settings: () => DEFAULT_SETTINGS, describe: async () => [], onRendered: () => {} });
  const ctrl = new AbortController();
  const reader = new ArticleReader({ doc: document, win: window, signal: ctrl.signal, busy: { ms: 0 }, stage: () => {} });
  const calls: RecognizeInput[] = [];
  const full = { count: 0 };
  const tracker = new ChangeTracker({
    doc: document,
    win: window,
    timers,
    reader,
    model,
    host: {
      fullScan: async () => void full.count++,
      scanning: () => null,
      deferUntilVisible: () => {},
      recognize: (blocks, incremental) => stubRecognize(calls)({ url: '', title: '', lang: null, date: null, blocks: blocks.map((b) => b.text), incremental }),
      placedAgain: () => {},
      ...host,
    },
  });
  return { model, tracker, ctrl, calls, full };
}

const added = (target: Node, node: Node) => ({ type: 'childList', target, addedNodes: [node], removedNodes: [] }) as unknown as MutationRecord;
const textChanged = (text: Text) => ({ type: 'characterData', target: text, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;

describe('change tracking is linear in the changed elements', () => {
  /** N sections added, each with a paragraph the page also changed: 2N dirty elements, N outermost blocks. */
  async function opsFor(n: number): Promise<{ ops: number; full: number }> {
    document.body.innerHTML = '<article><p>Un articolo di prova con un testo abbastanza lungo da essere un articolo.</p></article>';
    const article = document.querySelector('article')!;
    const records: MutationRecord[] = [];
    for (let i = 0; i < n; i++) {
      const s = document.createElement('section');
      s.innerHTML = `<p>Paragrafo ${i} su <b>Putin</b>.</p>`;
      article.append(s);
      records.push(added(article, s), textChanged(s.querySelector('b')!.firstChild as Text));
    }
    const t = tracking();
    t.model.article = { root: article, docs: [document], shadowRoots: [] };
    t.tracker.start(t.ctrl.signal);
    const ops = await countOps(async () => {
      t.tracker.onMutations(records);
      await t.tracker.flush();
    });
    t.ctrl.abort();
    return { ops, full: t.full.count };
  }

  it('thousands of changed elements at once (a hostile page): operations grow with N, not N², up to the full rescan', async () => {
    const a = await opsFor(250);
    const b = await opsFor(500);
    const c = await opsFor(1000);
    // Over the threshold, so one full rescan takes over; the work before deciding that is what is counted.
    expect([a.full, b.full, c.full]).toEqual([1, 1, 1]);
    // Quadratic (every element against every other) would be 4× per doubling: 1,000² contains calls alone are a million.
    expect(b.ops / a.ops).toBeLessThan(2.5);
    expect(c.ops / b.ops).toBeLessThan(2.5);
    expect(c.ops).toBeLessThan(40 * 1000);
  }, 30_000);

  it('keeps only the outermost changed blocks, as `contains` would', () => {
    document.body.innerHTML = '<div id="a"><p id="b"><span id="c"></span></p></div><p id="d"></p><section id="e"><div><p id="f"></p></div></section>';
    const $ = (id: string) => document.getElementById(id)!;
    const els = ['c', 'b', 'd', 'f', 'e', 'a'].map($);
    const quadratic = els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
    expect(outermost(els).map((e) => e.id).sort()).toEqual(quadratic.map((e) => e.id).sort());
    expect(outermost(els).map((e) => e.id).sort()).toEqual(['a', 'd', 'e']);
  });

  it('an incremental rescan checks each placed mention once, not once per changed block, and replaces the changed ones', async () => {
    const P = 1000;
    const N = 40; // the most blocks handled incrementally
    // In sections of 50, as pages are: happy-dom finds a node's index among its siblings by counting them.
    const para = (i: number) => `<p>Oggi ${i} Putin.</p>`;
    document.body.innerHTML = `<article>${Array.from({ length: P / 50 }, (_s, s) => `<section>${Array.from({ length: 50 }, (_i, i) => para(s * 50 + i)).join('')}</section>`).join('')}</article>`;
    const article = document.querySelector('article')!;
    const paras = Array.from(article.querySelectorAll('p'));
    const t = tracking();
    t.model.article = { root: article, docs: [document], shadowRoots: [] };
    t.model.placed = paras.map((p): PlacedMention => {
      const text = p.firstChild as Text;
      const at = text.data.indexOf('Putin');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 5);
      return { range, mention: { block: 0, start: at, end: at + 5, id: 'Q7747', surface: 'Putin' }, type: 'person', doc: document };
    });
    t.tracker.start(t.ctrl.signal);
    // Half the changes are new paragraphs, half are the page rewriting old ones (their highlight is recognised again).
    const records: MutationRecord[] = [];
    for (let i = 0; i < N / 2; i++) {
      const p = document.createElement('p');
      p.textContent = `Nuovo ${i}: Macron risponde.`;
      article.append(p);
      records.push(added(article, p));
      const old = paras[i * Math.floor(P / (N / 2))]!.firstChild as Text;
      old.data = old.data.replace('Oggi', 'Ieri');
      records.push(textChanged(old));
    }
    const contains = vi.spyOn(Node.prototype, 'contains');
    t.tracker.onMutations(records);
    await t.tracker.flush();
    // root.contains(el) and el.contains(root) once per changed block; before, placed × changed (40,000 here).
    expect(contains.mock.calls.length).toBeLessThanOrEqual(2 * N);
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0]!.blocks).toHaveLength(N);
    const surfaces = t.model.placed.map((p) => p.mention.surface);
    expect(surfaces.filter((s) => s === 'Putin')).toHaveLength(P);
    expect(surfaces.filter((s) => s === 'Macron')).toHaveLength(N / 2);
    // In page order: the rewritten paragraphs' highlights where the old ones were, the new paragraphs' at the end.
    expect(t.model.placed.slice(0, P).map((p) => p.range.startContainer)).toEqual(paras.map((p) => p.firstChild));
    expect(surfaces.slice(P).every((s) => s === 'Macron')).toBe(true);
    t.ctrl.abort();
  }, 30_000);
});

describe('pages over the message limits go in several messages', () => {
  it('a page of 25,000 blocks with one block of 450,000 characters: every name found, where it is', async () => {
    const blocks = Array.from({ length: 25_000 }, (_, i) => `Blocco ${i}: Putin.`);
    const filler = 'parole qualsiasi di un testo molto lungo. ';
    let huge = 'Putin apre. ';
    while (huge.length < 450_000) huge += filler;
    huge += 'Macron chiude.';
    blocks.splice(12_000, 0, huge);
    const calls: RecognizeInput[] = [];
    const ask = stubRecognize(calls);
    const input: RecognizeInput = { url: 'https://news.example/a', title: 't', lang: 'it', date: null, blocks };
    const res = await recognizeInParts(input, ask);
    // Each message passed the request schema (the stub parses it).
    expect(calls.length).toBeGreaterThan(1);
    expect(calls[0]!.incremental).toBeUndefined();
    expect(calls.slice(1).every((c) => c.incremental === true)).toBe(true);
    for (const c of calls) {
      expect(c.blocks.length).toBeLessThanOrEqual(MESSAGE_LIMITS.blocks);
      expect(c.blocks.reduce((n, b) => n + b.length, 0)).toBeLessThanOrEqual(MESSAGE_LIMITS.messageChars);
    }
    const { mentions } = unpackMentions(res, blocks.map((text) => ({ text })));
    const expected: { block: number; start: number; surface: string }[] = [];
    blocks.forEach((text, block) => {
      for (const name of ['Putin', 'Macron']) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) expected.push({ block, start: at, surface: name });
    });
    expect(mentions.map((m) => ({ block: m.block, start: m.start, surface: m.surface }))).toEqual(expected.sort((a, b) => a.block - b.block || a.start - b.start));
    expect(mentions.at(-1)!.block).toBe(25_000);
  }, 30_000);

  it('a page within the limits is one message, passed as it is', async () => {
    const calls: RecognizeInput[] = [];
    const input: RecognizeInput = { url: 'u', title: 't', lang: null, date: null, blocks: ['Putin.', 'Macron.'] };
    await recognizeInParts(input, stubRecognize(calls));
    expect(calls).toEqual([input]);
    expect(planMessages(['a'.repeat(10)])).toHaveLength(1);
  });

  it('cuts a long text at a sentence end, else a space, never inside a surrogate pair', () => {
    const text = 'Una frase. ' + 'x'.repeat(50) + ' coda';
    const parts = cutText(text, 40);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts[0]!.text).toBe('Una frase. ');
    expect(parts.every((p) => p.text.length <= 40)).toBe(true);
    const emoji = '😀'.repeat(30);
    const cut = cutText(emoji, 11);
    expect(cut.map((p) => p.text).join('')).toBe(emoji);
    expect(cut.every((p) => p.text.length % 2 === 0)).toBe(true);
  });

  it('the session highlights the end of a paragraph longer than one message allows', async () => {
    let long = 'Putin apre. ';
    while (long.length < 300_000) long += 'parole qualsiasi di un testo molto lungo. ';
    long += 'Macron chiude.';
    document.body.innerHTML = `<article><p>${long}</p></article>`;
    const before = document.body.innerHTML;
    const calls: RecognizeInput[] = [];
    const ctrl = new AbortController();
    const session = new PageSession({
      doc: document,
      win: window,
      signal: ctrl.signal,
      timers,
      recognize: stubRecognize(calls),
      describe: async () => [],
      corrections: async () => [],
      openCard: () => {},
      closeCard: () => {},
      isOwnUi: () => false,
    });
    await session.applySettings(DEFAULT_SETTINGS);
    // Cut in two blocks of at most 200,000 characters (the stub refuses any request the schema would).
    expect(calls.flatMap((c) => c.blocks).length).toBeGreaterThan(1);
    expect(Array.from(document.querySelectorAll(MARK_TAG), (m) => m.textContent)).toEqual(['Putin', 'Macron']);
    session.stop();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('highlights are added one range at a time', () => {
  it('200,000 ranges of one type: no call takes them all as arguments', () => {
    let maxArgs = 0;
    class FakeHighlight {
      readonly ranges = new Set<unknown>();
      priority = 0;
      constructor(...ranges: unknown[]) {
        maxArgs = Math.max(maxArgs, ranges.length);
        for (const r of ranges) this.ranges.add(r);
      }
      add(...args: unknown[]) {
        maxArgs = Math.max(maxArgs, args.length);
        this.ranges.add(args[0]);
        return this;
      }
    }
    const registry = new Map<string, FakeHighlight>();
    const win = {
      CSS: { highlights: registry },
      Highlight: FakeHighlight,
      CSSStyleSheet: class {
        replaceSync() {}
      },
      document: { adoptedStyleSheets: [] },
    } as unknown as Window;
    const layer = new HighlightLayer(win);
    const items = Array.from({ length: 200_000 }, (_, i) => ({ range: { i } as unknown as Range, type: 'person' as const }));
    layer.set(items);
    const [h] = [...registry.values()];
    expect(registry.size).toBe(1);
    expect(h!.ranges.size).toBe(200_000);
    // Spreading them (`new Highlight(...ranges)`) passes 200,000 arguments, which overflows V8's stack.
    expect(maxArgs).toBeLessThanOrEqual(1);
    layer.clear();
    expect(registry.size).toBe(0);
  });
});
