/**
 * In-page benchmark in real Chromium over ../shared/corpus/news.
 *
 *   npm run --silent bench -- --json [--limit N] [--markjs-full]
 *
 * Per page, in one run:
 * - backstory: content-script start → all highlights applied, from the
 *   content script's own marks ('backstory:start' / 'backstory:done'), which
 *   the page's world reads with performance.getEntriesByName;
 * - markjs: mark.js (npm) marking the pack's alias set on the same page,
 *   loaded in a browser without the extension (mark.js changes the DOM);
 *   called the way its docs show for a list of terms, `mark(array)`, with
 *   accuracy "exactly" and no diacritics expansion (both would only slow it).
 *   mark.js walks the page once per term, so its time is linear in the
 *   number of terms; the full set (~10k terms) takes 20–50 s a page, so by
 *   default an evenly spread sample of 500 terms is timed and scaled to the
 *   full set (`--markjs-full` times every term);
 * - floor: a bare TreeWalker pass reading every text node of the body;
 * - long tasks: the page's Long Tasks and LoAF observers don't report
 *   extension scripts (checked: neither lists content-script work), so the
 *   content script measures its own slices and records any over 50 ms as a
 *   'backstory:long-slice' measure, counted here;
 * - heap: JS heap of the tab with the extension minus the same page without it, after GC (CDP);
 * - card open: pointer down on a highlight → the card rendered (its 'backstory:card-shown' mark);
 * - bare card render: the same card, with its data already in hand (asked of the
 *   background from an extension page once the card is open), rendered in the
 *   same page by the same component with nothing else on the way: a host, its
 *   shadow root and stylesheet, Preact rendering <Card> (built for the page's
 *   world here, with Vite); "ratioCardVsBareRender" is the median card open over
 *   the median bare render;
 * - beside them (in "notes"): the median of each stage of the first scan, the
 *   main-thread time the content script took (its slices summed, waits for
 *   the background left out), and, from an extension page in the same
 *   browser, a message round trip to the background that does no work and a
 *   storage read: the costs no content script can go below.
 * Figures only: nothing here asserts on time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CardView } from '../e2e/support/card-view';
import { chromiumPath, launchWithExtension } from '../e2e/support/extension';
import { ROOT, SHARED } from '../e2e/support/paths';
import { serve } from '../e2e/support/server';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;
const CORPUS = join(SHARED, 'corpus', 'news');
const MARKJS_SAMPLE = args.includes('--markjs-full') ? Infinity : 500;

interface PackLike {
  entities: { aliases: Record<string, string[]>; weakAliases?: Record<string, string[]> }[];
}

function aliasSet(): string[] {
  const pack = JSON.parse(readFileSync(join(ROOT, 'public', 'pack.json'), 'utf8')) as PackLike;
  const set = new Set<string>();
  for (const e of pack.entities) {
    for (const list of Object.values(e.aliases)) for (const a of list) set.add(a);
    for (const list of Object.values(e.weakAliases ?? {})) for (const a of list) set.add(a);
  }
  return [...set];
}

function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function p95(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function heapMb(page: Page, context: BrowserContext): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}


/**
 * The card component for the page's own world, as one script: a function
 * that renders a card it is given into a closed shadow root under the body, as
 * components/card/mount.tsx does, and returns how long that took. Built from
 * the same sources as card.js; evaluated through the DevTools protocol, so a
 * page's CSP doesn't stop it.
 */
async function bareCardScript(): Promise<string> {
  const id = 'virtual:bare-card';
  const source = `
    import { h, render } from 'preact';
    import { Card } from '/components/card/Card.tsx';
    import css from '/components/card/card.css?inline';
    const noop = () => {};
    const none = async () => {};
    window.__bareCard = (props) => {
      const t0 = performance.now();
      const host = document.createElement('backstory-bare-card');
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = css;
      const container = document.createElement('div');
      shadow.append(style, container);
      document.body.append(host);
      render(h(Card, { ...props, placement: { left: '100px', top: '100px', maxHeight: '480px' }, onClose: noop, onOpen: noop, onAddNote: none, onCorrect: none }), container);
      const ms = performance.now() - t0;
      render(null, container);
      host.remove();
      return ms;
    };`;
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [{ name: 'bare-card', resolveId: (x) => (x === id ? `\0${id}` : null), load: (x) => (x === `\0${id}` ? source : null) }],
    build: { write: false, minify: true, rollupOptions: { input: id, output: { format: 'iife' } } },
  });
  const chunk = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('bare card: no script built');
  return chunk.code;
}

async function main() {
  if (!existsSync(CORPUS)) {
    console.error(`bench skipped: ${CORPUS} is absent`);
    if (asJson) console.log(JSON.stringify({ pages: 0, skipped: 'corpus absent' }));
    return;
  }
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort().slice(0, limit);
  const markJs = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const aliases = aliasSet();
  const step = Math.max(1, Math.floor(aliases.length / Math.min(MARKJS_SAMPLE, aliases.length)));
  const markTerms = aliases.filter((_, i) => i % step === 0).slice(0, MARKJS_SAMPLE);
  const markScale = aliases.length / markTerms.length;
  const server = await serve({ news: CORPUS });
  const bareCard = await bareCardScript();
  // The content script writes its performance marks only when asked, as here.
  const ext = await launchWithExtension({ benchmarkMarks: true });
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const plainCtx = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  const offline = (url: URL) => url.protocol.startsWith('http') && url.origin !== server.origin;
  await ext.context.route(offline, (r) => r.abort());
  // tsx compiles with esbuild's keepNames, which wraps functions passed to page.evaluate in a __name helper.
  for (const c of [ext.context, plainCtx]) await c.addInitScript({ content: 'window.__name = (f) => f;' });
  await plainCtx.route(offline, (r) => r.abort());

  // The first page after a browser start also pays for the service worker loading the pack; that
  // cold start is timed once, apart, and the pages are timed warm.
  let coldMs = NaN;
  if (files.length) {
    const warm = await ext.context.newPage();
    await warm.goto(`${server.origin}/news/${files[0]}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await warm.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0, undefined, { timeout: 60_000 });
    coldMs = await warm.evaluate(() => performance.getEntriesByName('backstory:done')[0]!.startTime - performance.getEntriesByName('backstory:start')[0]!.startTime);
    await warm.close();
  }

  const skipped: string[] = [];
  let ipc = { messageRoundTripMs: NaN, storageReadMs: NaN };
  let recogniseMs: number[] = [];
  const rows: { file: string; backstory: number; markjs: number; floor: number; longTasks: number; longest: number; heapDelta: number; card: number | null; bareCard: number | null; highlights: number; mainThread: number; stages: Record<string, number> }[] = [];
  // An extension page, to ask the background for the card a page opened (for the bare render).
  const helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  try {
    for (const file of files) {
      try {
        const row = await benchPage(file);
        if (row) rows.push(row);
      } catch (err) {
        // A page that navigates itself away (some saved pages redirect to their publisher) has nothing to time.
        skipped.push(file);
        console.error(`${file}: skipped (${String(err).split('\n')[0]})`);
      }
    }
    ipc = await ipcFloor(ext.context, ext.extensionId);
    await ext.worker.evaluate('globalThis.__name = (f) => f');
    // The first page's recognition is the cold start's, left out like its page.
    recogniseMs = (await ext.worker.evaluate(() => performance.getEntriesByName('backstory:recognise').map((m) => m.duration))).slice(1);
  } finally {
    await helper.close();
    await plain.close();
    await ext.close();
    await server.close();
  }

  /**
   * The open card's data, asked of the background the way the content script
   * asks it (the entity by the card's title among the page's entities, the
   * page's date and entities, the UI language), then rendered bare in the same
   * page. Null when the card can't be matched to one entity.
   */
  async function bareRenderMs(page: Page, term: string): Promise<number | null> {
    const title = await new CardView(page).text('.title');
    if (!title) return null;
    const card = await helper.evaluate(
      async ({ url, cardTitle }) => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> }; runtime: { sendMessage(m: unknown): Promise<unknown> }; i18n: { getUILanguage(): string } } }).chrome;
        const [tab] = await c.tabs.query({ url });
        if (tab?.id === undefined) return null;
        const state = (await c.tabs.sendMessage(tab.id, { type: 'getPageState' })) as { date: string | null; lang: string | null; entities: { id: string; label: string }[] };
        const hits = state.entities.filter((e) => e.label === cardTitle);
        if (hits.length !== 1) return null;
        const two = c.i18n.getUILanguage().slice(0, 2).toLowerCase();
        const uiLang = ['en', 'it', 'fr', 'de', 'es'].includes(two) ? two : 'en';
        const data = await c.runtime.sendMessage({ type: 'getCard', id: hits[0]!.id, date: state.date, uiLang, pageIds: state.entities.map((e) => e.id) });
        return { data, date: state.date, lang: state.lang, uiLang };
      },
      { url: page.url(), cardTitle: title },
    );
    if (!card?.data) return null;
    await page.evaluate(bareCard);
    return page.evaluate(
      ({ card: c, term: t }) =>
        (window as unknown as { __bareCard: (p: object) => number }).__bareCard({ card: c.data, articleDate: c.date, articleLang: c.lang, uiLang: c.uiLang, term: t }),
      { card, term },
    );
  }

  async function benchPage(file: string) {
      const url = `${server.origin}/news/${file}`;
      // With the extension.
      const page = await ext.context.newPage();
          await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0, undefined, { timeout: 20_000 });
      // A reader clicks a second or so after the page appears; by then cards are fetched ahead.
      await page.waitForTimeout(1000);
      if (page.url() !== url) throw new Error(`the page navigated itself away to ${page.url()}`);
      const m = await page.evaluate(() => {
        const start = performance.getEntriesByName('backstory:start')[0]!.startTime;
        const done = performance.getEntriesByName('backstory:done')[0]!.startTime;
        const slices = performance.getEntriesByName('backstory:long-slice');
        let n = 0;
        CSS.highlights.forEach((h) => (n += h.size));
        const at = (name: string) => performance.getEntriesByName(`backstory:${name}`)[0]?.startTime ?? NaN;
        const stages = {
          findArticle: at('root') - start,
          readText: at('collected') - at('root'),
          // Settings arrive while the text is read; the request goes once both are in.
          settingsArrived: at('settings') - start,
          untilAsked: at('asked') - start,
          recognizeRoundTrip: at('recognized') - at('asked'),
          place: at('placed') - at('recognized'),
          paint: done - at('placed'),
        };
        const mainThread = performance.getEntriesByName('backstory:main-thread')[0]?.duration ?? NaN;
        return { ms: done - start, long: slices.length, longest: Math.max(0, ...slices.map((x) => x.duration)), n, stages, mainThread };
      });
      const heapExt = await heapMb(page, ext.context);
      const opened = await cardOpenMs(page);
      const card = opened?.ms ?? null;
      const bare = opened ? await bareRenderMs(page, opened.term) : null;
      await page.close();

      // Without it: floor, then mark.js (which rewrites the DOM, so last).
      const p2 = await plainCtx.newPage();
      await p2.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await p2.waitForTimeout(300);
      const heapPlain = await heapMb(p2, plainCtx);
      const floor = await p2.evaluate(() => {
        const t0 = performance.now();
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
        (window as unknown as { __chars: number }).__chars = chars;
        return performance.now() - t0;
      });
      await p2.addScriptTag({ content: markJs });
      // mark.js chains one callback per term, so thousands of terms in one call overflow the
      // stack; it is given them in batches, one call after another on the same instance.
      const markjs = await p2.evaluate(async (terms) => {
        const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark;
        const marker = new MarkCtor(document.body);
        const t0 = performance.now();
        for (let i = 0; i < terms.length; i += 250) {
          await new Promise<void>((resolve) =>
            marker.mark(terms.slice(i, i + 250), { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done: () => resolve() }),
          );
        }
        return performance.now() - t0;
      }, markTerms) * markScale;
      await p2.close();
      const row = { file, backstory: m.ms, markjs, floor, longTasks: m.long, longest: m.longest, heapDelta: heapExt - heapPlain, card, bareCard: bare, highlights: m.n, mainThread: m.mainThread, stages: m.stages };
      if (!asJson) console.log(`${file}: backstory ${round(m.ms)} ms, mark.js ${round(markjs)} ms, floor ${round(floor, 2)} ms, long slices ${m.long} (longest ${round(m.longest)} ms), heap Δ ${round(heapExt - heapPlain)} MB, card ${card === null ? '-' : round(card)} ms (bare render ${bare === null ? '-' : round(bare)} ms), ${m.n} highlights`);
      else console.error(`${file}: ${round(m.ms)} ms`);
      return row;
  }

  const b = rows.map((r) => r.backstory);
  const mk = rows.map((r) => r.markjs);
  const fl = rows.map((r) => r.floor);
  const cards = rows.flatMap((r) => (r.card === null ? [] : [r.card]));
  // Pages where both were measured, so the two medians are over the same cards.
  const paired = rows.filter((r) => r.card !== null && r.bareCard !== null);
  const cardPaired = median(paired.map((r) => r.card!));
  const barePaired = median(paired.map((r) => r.bareCard!));
  const out = {
    pages: rows.length,
    medianMs: { backstory: round(median(b)), markjs: round(median(mk)), floor: round(median(fl), 2) },
    p95Ms: { backstory: round(p95(b)), markjs: round(p95(mk)), floor: round(p95(fl), 2) },
    ratioVsMarkjs: round(median(mk) / median(b), 2),
    ratioVsFloor: round(median(b) / median(fl), 2),
    longTasksOver50ms: rows.reduce((s, r) => s + r.longTasks, 0),
    heapDeltaMb: round(Math.max(0, ...rows.map((r) => r.heapDelta))),
    cardOpenMedianMs: round(median(cards)),
    cardBareRenderMs: round(barePaired),
    ratioCardVsBareRender: round(cardPaired / barePaired, 2),
    // Beyond the requested figures: how they were obtained.
    notes: {
      coldStartMs: round(coldMs),
      skipped,
      longestSliceMs: round(Math.max(0, ...rows.map((r) => r.longest))),
      mainThreadMedianMs: round(median(rows.map((r) => r.mainThread).filter((x) => !Number.isNaN(x)))),
      stagesMedianMs: Object.fromEntries(
        Object.keys(rows[0]?.stages ?? {}).map((k) => [k, round(median(rows.map((r) => r.stages[k]!).filter((x) => !Number.isNaN(x))))]),
      ),
      backgroundRecogniseMedianMs: round(median(recogniseMs)),
      messageRoundTripMs: round(ipc.messageRoundTripMs, 2),
      storageReadMs: round(ipc.storageReadMs, 2),
      card: { pagesWithBoth: paired.length, openMedianOverThoseMs: round(cardPaired), bareRenderMedianMs: round(barePaired), bare: 'same card data (asked of the background once the card was open), same page, Preact render into a closed shadow root with the card stylesheet' },
      markjsTerms: { timed: markTerms.length, total: aliases.length, scaled: markScale !== 1 },
      heapDelta: 'max over pages of (JS heap with the extension − same page without), after GC',
    },
  };
  console.log(asJson ? JSON.stringify(out) : JSON.stringify(out, null, 2));
}

/**
 * From an extension page: the median of 40 round trips of a message the
 * background answers without work (describe no entities), and of 40 reads of
 * the settings from storage, the two hops a content script's first scan makes.
 */
async function ipcFloor(context: BrowserContext, extensionId: string): Promise<{ messageRoundTripMs: number; storageReadMs: number }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const r = await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { get(k: string): Promise<unknown> } } } }).chrome;
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    const msg: number[] = [];
    const sto: number[] = [];
    for (let i = 0; i < 45; i++) {
      let t = performance.now();
      await c.runtime.sendMessage({ type: 'describe', ids: [] });
      if (i >= 5) msg.push(performance.now() - t);
      t = performance.now();
      await c.storage.local.get('settings');
      if (i >= 5) sto.push(performance.now() - t);
    }
    return { messageRoundTripMs: med(msg), storageReadMs: med(sto) };
  });
  await page.close();
  return r;
}

/** Pointer down on the first clickable highlight → the card's title rendered, timed in the page; with the term clicked. */
async function cardOpenMs(page: Page): Promise<{ ms: number; term: string } | null> {
  const point = await page.evaluate(() => {
    for (const [, hl] of CSS.highlights) {
      for (const r of hl) {
        const el = (r as Range).startContainer.parentElement;
        if (!el || el.closest('a[href]')) continue;
        el.scrollIntoView({ block: 'center' });
        const rect = (r as Range).getClientRects()[0];
        if (!rect || rect.width < 2) continue;
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === el || el.contains(hit))) return { x, y, term: (r as Range).toString() };
      }
    }
    return null;
  });
  if (!point) return null;
  // From the pointer going down to the card's content rendered in its shadow root (the content
  // script's 'backstory:card-shown' mark, set right after the render).
  await page.evaluate(() => {
    const w = window as unknown as { __down: number };
    addEventListener('pointerdown', () => (w.__down = performance.now()), { capture: true, once: true });
  });
  await page.mouse.click(point.x, point.y);
  try {
    // The card's shadow root is closed to the page: its mark says when it rendered.
    await page.waitForFunction((down) => performance.getEntriesByName('backstory:card-shown').some((m) => m.startTime >= down), await page.evaluate(() => (window as unknown as { __down: number }).__down), { timeout: 5000 });
  } catch {
    return null;
  }
  const ms = await page.evaluate(() => {
    const shown = performance.getEntriesByName('backstory:card-shown').at(-1)?.startTime;
    const down = (window as unknown as { __down: number }).__down;
    return shown === undefined ? null : shown - down;
  });
  return ms === null ? null : { ms, term: point.term };
}

await main();
