import type { TextBlock } from '../article/blocks';
import { articleSkip, findArticleRoot } from '../article/extract';
import { readPageContext, withCorrection, type ReaderCorrection } from '../article/page-context';
import { createLayer, pagePalette, type HighlightStyle, type Layer } from '../highlight/custom-highlights';
import { rangeAtPoint } from '../highlight/hit-test';
import { rangeFor } from '../highlight/ranges';
import type { CorrectionView } from '../messaging/corrections-protocol';
import type { EntitySummary, Mention, PageEntity, PageState, RecognizeResponse } from '../messaging/protocol';
import { unpackMentions } from '../messaging/spans';
import type { EntityType } from '../pack/schema';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../settings/schema';
import { BLOCK_SELECTOR, collectBlocksSliced, findShadowRoots } from './collect';
import { allowed, indexCorrections, type CorrectionIndex } from './corrections';
import { Aborted, Scope, Slicer, type BusyMeter } from './schedule';
import { fromReader } from './trusted';

export interface PlacedMention {
  range: Range;
  mention: Mention;
  type: EntityType;
  /** The document the range lives in: the page's, or a same-origin iframe's. */
  doc: Document;
}

export interface RecognizeInput {
  url: string;
  title: string;
  lang: string | null;
  date: string | null;
  blocks: string[];
  incremental?: boolean;
}

export interface SessionDeps {
  doc: Document;
  win: Window;
  /** The content script's lifetime (WXT's ctx.signal): everything stops when it aborts. */
  signal: AbortSignal;
  /** Timers that die with the content script (WXT's ctx.setTimeout). */
  timers: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };
  recognize: (req: RecognizeInput) => Promise<RecognizeResponse>;
  /** Labels and descriptions of entities, asked after the highlights are painted. */
  describe: (ids: string[]) => Promise<EntitySummary[]>;
  corrections: () => Promise<CorrectionView[]>;
  openCard: (entityId: string, anchor: DOMRect, term: string) => void;
  closeCard: () => void;
  /** Whether an event happened inside the extension's own UI. */
  isOwnUi: (e: Event) => boolean;
  /** Performance marks for the benchmark; absent in unit tests. */
  mark?: (name: string) => void;
  /** A figure for the benchmark: the first scan's main-thread time. */
  measure?: (name: string, ms: number) => void;
  log?: (msg: string, err?: unknown) => void;
}

/** What one walk over the page found: the article, its text blocks, and where each block lives. */
interface Extraction {
  root: Element;
  blocks: TextBlock[];
  blockDocs: Document[];
  docs: Document[];
  shadowRoots: ShadowRoot[];
  lang: string | null;
  date: string | null;
}

/** Sample enough text for language detection without reading a whole long page. */
/** Changed blocks beyond this many (or this much text) are cheaper to handle as one full rescan. */
export const FULL_RESCAN_BLOCKS = 40;
const FULL_RESCAN_CHARS = 60_000;
const MUTATION_BATCH_MS = 250;
const LOCATION_SETTLE_MS = 300;

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select' || (el as HTMLElement).isContentEditable === true;
}

function isInteractive(el: Element | null): boolean {
  return !!el && (isEditable(el) || !!el.closest('a[href], button, summary, [role="button"], [role="link"], [tabindex]'));
}

function isOwnNode(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).localName.startsWith('backstory-');
}

function compareDocOrder(a: PlacedMention, b: PlacedMention, docs: Document[]): number {
  if (a.doc !== b.doc) return docs.indexOf(a.doc) - docs.indexOf(b.doc);
  try {
    return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  } catch {
    // Ranges in different shadow trees have no common order: keep scan order.
    return 0;
  }
}

/**
 * One page's recognition state: what was found, where it is, and its
 * highlights. While on, it owns a Scope of listeners, observers and timers;
 * `stop` disposes of that scope and removes every highlight, stylesheet and
 * card, leaving the page as it was.
 */
export class PageSession {
  /** The language and date recognition uses: the page's own, or the reader's correction. */
  lang: string | null = null;
  date: string | null = null;
  placed: PlacedMention[] = [];
  /** What the page itself says, kept apart so that a correction can be undone. */
  private detected: { lang: string | null; date: string | null } | null = null;
  /** Summaries of the page's entities, filled after the paint. */
  entities = new Map<string, EntitySummary>();
  settings: Settings = DEFAULT_SETTINGS;

  private scope: Scope | null = null;
  private hoverScope: Scope | null = null;
  private focusScope: Scope | null = null;
  private layers = new Map<Document, Layer>();
  private shadowRoots: ShadowRoot[] = [];
  private docs: Document[] = [];
  private root: Element | null = null;
  private corrections: CorrectionIndex = { ignored: new Set(), notEntity: new Map() };
  private correctionList: CorrectionView[] = [];
  private focused: PlacedMention | null = null;
  private observer: MutationObserver | null = null;
  private dirty = new Set<Element>();
  private staleCheck = false;
  private flushPending = false;
  private scanning: Promise<void> | null = null;
  private scanCtrl: AbortController | null = null;
  private hiddenWork = false;
  private firstDone = false;
  private readonly busy: BusyMeter = { ms: 0 };
  private types = new Map<string, EntityType>();
  private describing: Promise<void> = Promise.resolve();
  private prepared: { ctrl: AbortController; early: MutationObserver; result: Promise<Extraction> } | null = null;

  constructor(private readonly deps: SessionDeps) {}

  get on(): boolean {
    return this.scope !== null;
  }

  private get site(): string {
    return this.deps.win.location.hostname;
  }

  /** Applies settings: switches on or off for this site, restyles, re-filters, re-wires hover. */
  async applySettings(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    const want = isSiteEnabled(next, this.site);
    if (!want) {
      this.discardPrepared();
      if (this.on) this.stop();
      this.markDone();
      return;
    }
    if (!this.on) return this.start();
    if (prev.style !== next.style) this.restyle();
    if (prev.trigger !== next.trigger || prev.hoverDelayMs !== next.hoverDelayMs) this.wireHover();
    if (prev.types.join() !== next.types.join()) this.render();
  }

  /**
   * Reads the article while the settings are still on their way from storage
   * (a round trip of 3–10 ms on a loading page), so the first scan need not
   * wait for them. Read-only: a site that turns out to be switched off loses
   * one walk over its text and nothing else. Changes the page makes meanwhile
   * are buffered and handed to the session's observer when it starts.
   */
  prepare(): void {
    const { doc, win, signal } = this.deps;
    if (this.prepared || this.on || signal.aborted || doc.visibilityState === 'hidden') return;
    const ctrl = new AbortController();
    const early = new (win as Window & typeof globalThis).MutationObserver(() => {});
    early.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const slicer = new Slicer(win, AbortSignal.any([ctrl.signal, signal]), undefined, this.busy);
    const result = this.extract(slicer).finally(() => slicer.pause());
    result.catch(() => {});
    this.prepared = { ctrl, early, result };
  }

  private discardPrepared(): void {
    const p = this.prepared;
    if (!p) return;
    this.prepared = null;
    p.ctrl.abort();
    p.early.disconnect();
  }

  /** Switches on: listeners, observer, then a full scan (deferred while the tab is hidden). */
  async start(): Promise<void> {
    if (this.on || !isSiteEnabled(this.settings, this.site)) return;
    const { doc, win, signal, timers } = this.deps;
    const scope = new Scope(signal, timers);
    this.scope = scope;
    scope.listen(doc, 'click', (e) => this.onClick(e as MouseEvent, doc));
    this.wireHover();

    const observer = new (win as Window & typeof globalThis).MutationObserver((records) => this.onMutations(records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    const early = this.prepared?.early.takeRecords() ?? [];
    this.prepared?.early.disconnect();
    scope.onDispose(() => {
      observer.disconnect();
      this.observer = null;
    });
    scope.listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState !== 'visible' || !this.hiddenWork) return;
      this.hiddenWork = false;
      void this.fullScan();
    });

    if (early.length) this.onMutations(early);
    void this.deps
      .corrections()
      .then((list) => {
        if (scope.disposed) return;
        this.setCorrections(list);
      })
      .catch((err: unknown) => this.deps.log?.('corrections unavailable', err));
    await this.fullScan();
  }

  /** Removes every trace: highlights, stylesheets, card, listeners, observer, timers. */
  stop(): void {
    this.discardPrepared();
    this.scanCtrl?.abort();
    this.scanCtrl = null;
    this.deps.closeCard();
    this.clearFocus();
    this.hoverScope?.dispose();
    this.hoverScope = null;
    this.scope?.dispose();
    this.scope = null;
    for (const layer of this.layers.values()) layer.clear();
    this.layers.clear();
    this.placed = [];
    this.shadowRoots = [];
    this.dirty.clear();
    this.flushPending = false;
    this.scanning = null;
    this.hiddenWork = false;
  }

  /** Called on SPA navigation: the article may be a different one now. */
  onLocationChange(): void {
    if (!this.on) return;
    this.scope!.setTimeout(() => {
      this.lang = null;
      this.date = null;
      this.detected = null;
      this.discardPrepared();
      void this.fullScan();
    }, LOCATION_SETTLE_MS);
  }

  /**
   * The reader corrected this page's language or date (or took the correction
   * back: null): recognition runs again at once with it, and the open card,
   * which showed facts as of the old date, closes.
   */
  async applyPageCorrection(c: ReaderCorrection | null): Promise<boolean> {
    if (!this.on) return false;
    const base = this.detected ?? { lang: this.lang, date: this.date };
    const next = withCorrection({ ...base, dateSource: null }, c);
    this.lang = next.lang;
    this.date = next.date;
    this.deps.closeCard();
    this.discardPrepared();
    await this.fullScan();
    return true;
  }

  /** The language and date the background recognised with (the reader's correction applied there). */
  private takeContext(ctx: { lang: string | null; date: string | null } | undefined): void {
    if (!ctx) return;
    this.lang = ctx.lang;
    this.date = ctx.date;
  }

  setCorrections(list: CorrectionView[]): void {
    this.correctionList = list;
    this.corrections = indexCorrections(list, this.site);
    this.render();
  }

  addCorrection(c: CorrectionView): void {
    this.setCorrections([...this.correctionList.filter((x) => x.id !== c.id), c]);
  }

  /** The mentions shown: enabled types, minus what the reader corrected. */
  visible(): PlacedMention[] {
    const types = new Set(this.settings.types);
    return this.placed.filter((p) => types.has(p.type) && allowed(this.corrections, p.mention.surface, p.mention.id));
  }

  pageIds(): string[] {
    return [...new Set(this.visible().map((p) => p.mention.id))];
  }

  /** The text a reader saw for this entity on the page (for corrections from a card opened elsewhere). */
  termFor(id: string): string | undefined {
    return this.visible().find((p) => p.mention.id === id)?.mention.surface;
  }

  /** A benchmark mark for a stage of the first scan only (later scans would blur the figures). */
  private stage(name: string): void {
    if (!this.firstDone) this.deps.mark?.(`backstory:${name}`);
  }

  private markDone(): void {
    if (this.firstDone) return;
    this.firstDone = true;
    this.deps.mark?.('backstory:done');
    this.deps.measure?.('backstory:main-thread', this.busy.ms);
  }

  private layerFor(doc: Document): Layer {
    let layer = this.layers.get(doc);
    if (!layer) {
      const win = doc.defaultView ?? this.deps.win;
      const root = doc === this.deps.doc ? this.root : doc.body;
      layer = createLayer(win, this.settings.style as HighlightStyle, pagePalette(win, root ?? doc.body));
      if (doc === this.deps.doc) for (const sr of this.shadowRoots) layer.adopt(sr);
      this.layers.set(doc, layer);
    }
    return layer;
  }

  private restyle(): void {
    for (const layer of this.layers.values()) layer.clear();
    this.layers.clear();
    this.render();
  }

  /** Paints the visible mentions, one layer per document. */
  render(): void {
    if (!this.on) return;
    const vis = this.visible();
    const byDoc = new Map<Document, PlacedMention[]>();
    for (const d of this.layers.keys()) byDoc.set(d, []);
    for (const p of vis) {
      const list = byDoc.get(p.doc);
      if (list) list.push(p);
      else byDoc.set(p.doc, [p]);
    }
    for (const [doc, items] of byDoc) {
      if (!items.length && !this.layers.has(doc)) continue;
      this.layerFor(doc).set(items);
    }
    if (this.focused && !vis.includes(this.focused)) this.clearFocus();
    // The wrapping fallback changes the DOM: those records are ours, not the page's.
    this.observer?.takeRecords();
  }

  /** Re-finds the article and recognises it all. A scan already running is abandoned. */
  async fullScan(): Promise<void> {
    if (!this.on) return;
    const { doc, win } = this.deps;
    if (doc.visibilityState === 'hidden') {
      // A background tab costs nothing until the reader looks at it (and what was read ahead may be stale by then).
      this.hiddenWork = true;
      this.discardPrepared();
      return;
    }
    this.scanCtrl?.abort();
    const ctrl = new AbortController();
    this.scanCtrl = ctrl;
    const signal = AbortSignal.any([ctrl.signal, this.scope!.signal]);
    const prepared = this.prepared;
    this.prepared = null;
    const run = (async () => {
      const slicer = new Slicer(win, signal, undefined, this.busy);
      slicer.pause();
      let ex = prepared ? await prepared.result.catch(() => null) : null;
      slicer.reset();
      if (signal.aborted) throw new Aborted();
      // The page may have replaced its article since it was read.
      if (!ex || !ex.root.isConnected) ex = await this.extract(slicer);
      slicer.reset();
      const { root, blocks, blockDocs, docs } = ex;
      this.root = root;
      this.shadowRoots = ex.shadowRoots;
      this.docs = docs;
      for (const fd of docs.slice(1)) this.listenFrame(fd);
      if (!blocks.length) {
        this.placed = [];
        this.render();
        slicer.pause();
        return;
      }
      this.detected ??= { lang: ex.lang, date: ex.date };
      this.lang ??= ex.lang;
      this.date ??= ex.date;
      const asked = this.recognizeBlocks(blocks, false);
      this.stage('asked');
      slicer.pause();
      const res = await asked;
      if (signal.aborted) throw new Aborted();
      this.takeContext(res.context);
      this.stage('recognized');
      slicer.reset();
      const { mentions, types } = unpackMentions(res, blocks);
      for (const [id, t] of types) this.types.set(id, t);
      this.placed = await this.place(mentions, blocks, blockDocs, slicer);
      this.stage('placed');
      for (const layer of this.layers.values()) for (const sr of this.shadowRoots) layer.adopt(sr);
      this.render();
      slicer.report();
      this.describeNew();
      slicer.pause();
    })();
    this.scanning = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      await run;
    } catch (err) {
      if (!(err instanceof Aborted)) this.deps.log?.('scan failed', err);
    } finally {
      if (this.scanCtrl === ctrl) {
        this.scanCtrl = null;
        this.scanning = null;
      }
      if (!signal.aborted) this.markDone();
    }
  }

  /** Finds the article and reads its text, including open shadow roots and same-origin frames. No side effects. */
  private async extract(slicer: Slicer): Promise<Extraction> {
    const { doc } = this.deps;
    const { root } = findArticleRoot(doc);
    this.stage('root');
    await slicer.tick();
    const blocks = await collectBlocksSliced(root, articleSkip(root), slicer);
    const blockDocs: Document[] = blocks.map(() => doc);
    const shadowRoots = await findShadowRoots(doc, root, slicer);
    for (const sr of shadowRoots) {
      const extra = await collectBlocksSliced(sr, undefined, slicer);
      for (const b of extra) {
        blocks.push(b);
        blockDocs.push(doc);
      }
    }
    const docs = [doc];
    for (const fd of this.sameOriginFrames()) {
      docs.push(fd);
      const extra = await collectBlocksSliced(fd.body, articleSkip(fd.body), slicer);
      for (const b of extra) {
        blocks.push(b);
        blockDocs.push(fd);
      }
    }
    // Read here too, so that they are ready before the settings are; the same reading as the CLI's and the eval's.
    const { lang, date } = readPageContext(doc, blocks.map((b) => b.text), { url: this.deps.win.location.href, root });
    this.stage('collected');
    return { root, blocks, blockDocs, docs, shadowRoots, lang, date };
  }

  /** Asks for the labels of entities first seen on this page (the popup's list), after the paint. */
  private describeNew(): void {
    const ids = [...this.types.keys()].filter((id) => !this.entities.has(id));
    if (!ids.length) return;
    const scope = this.scope;
    this.describing = this.describing
      .then(() => this.deps.describe(ids))
      .then((list) => {
        if (scope?.disposed) return;
        for (const e of list) this.entities.set(e.id, e);
      })
      .catch((err: unknown) => this.deps.log?.('entity labels unavailable', err));
  }

  private recognizeBlocks(blocks: readonly TextBlock[], incremental: boolean) {
    const { doc, win } = this.deps;
    return this.deps.recognize({
      url: win.location.href,
      title: doc.title,
      // The page's own reading: the background applies the reader's stored correction to it.
      lang: this.detected?.lang ?? this.lang,
      date: this.detected?.date ?? this.date,
      blocks: blocks.map((b) => b.text),
      ...(incremental ? { incremental } : {}),
    });
  }

  private async place(mentions: readonly Mention[], blocks: readonly TextBlock[], blockDocs: readonly Document[], slicer: Slicer): Promise<PlacedMention[]> {
    const placed: PlacedMention[] = [];
    let i = 0;
    for (const m of mentions) {
      if ((++i & 63) === 0) await slicer.tick();
      const block = blocks[m.block];
      const type = this.types.get(m.id);
      const d = blockDocs[m.block];
      if (!block || !type || !d) continue;
      const range = rangeFor(d, block, m.start, m.end);
      if (range) placed.push({ range, mention: m, type, doc: d });
    }
    return placed;
  }

  private sameOriginFrames(): Document[] {
    const out: Document[] = [];
    for (const f of Array.from(this.deps.doc.querySelectorAll('iframe'))) {
      let d: Document | null = null;
      try {
        // Cross-origin frames throw or give null: they are left alone.
        d = f.contentDocument;
      } catch {
        d = null;
      }
      // No size check: measuring a frame forces a layout of the whole page (80 ms on large ones).
      if (d?.body && d.readyState !== 'loading' && d.body.childElementCount > 0) out.push(d);
    }
    return out;
  }

  private framed = new WeakSet<Document>();
  private listenFrame(fd: Document): void {
    if (this.framed.has(fd)) return;
    this.framed.add(fd);
    this.scope?.listen(fd, 'click', (e) => this.onClick(e as MouseEvent, fd));
    this.scope?.onDispose(() => this.framed.delete(fd));
  }

  // Dynamic pages ---------------------------------------------------------

  private onMutations(records: MutationRecord[]): void {
    const own = (n: Node) => isOwnNode(n) || [...this.layers.values()].some((l) => l.owns(n));
    for (const r of records) {
      if (r.type === 'childList') {
        const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
        if (nodes.length && nodes.every(own)) continue;
      }
      const target = r.type === 'characterData' ? r.target.parentElement : (r.target as Element);
      if (!target || target.nodeType !== 1 || target.closest('backstory-card, backstory-mark')) continue;
      if (r.type === 'characterData') {
        this.dirty.add(target);
        continue;
      }
      // Added elements are looked at on their own: an input prepended to <body> must not mean "rescan the body".
      let text = false;
      for (const n of Array.from(r.addedNodes)) {
        if (own(n)) continue;
        if (n.nodeType === 1) this.dirty.add(n as Element);
        else if (n.nodeType === 3) text = true;
      }
      if (text) this.dirty.add(target);
      // Removals only make highlights stale; no new text to read.
      if (r.removedNodes.length) this.staleCheck = true;
    }
    if ((this.dirty.size || this.staleCheck) && !this.flushPending && this.scope) {
      this.flushPending = true;
      this.scope.setTimeout(() => void this.flush(), MUTATION_BATCH_MS);
    }
  }

  private async flush(): Promise<void> {
    this.flushPending = false;
    if (!this.on) return;
    if (this.deps.doc.visibilityState === 'hidden') {
      this.hiddenWork = true;
      this.dirty.clear();
      return;
    }
    if (this.scanning) {
      // Let the running scan finish; the changes are looked at right after.
      await this.scanning;
      if (!this.on) return;
    }
    this.staleCheck = false;
    const changed = this.changedBlocks();
    if (!changed.length) return this.dropStale();
    // A change around the article (its container replaced) is a new article: find it again.
    if (this.root && changed.some((el) => el !== this.root && el.contains(this.root))) return this.fullScan();
    if (this.root && !this.root.isConnected) return this.fullScan();
    let chars = 0;
    for (const el of changed) chars += (el.textContent ?? '').length;
    if (changed.length > FULL_RESCAN_BLOCKS || chars > FULL_RESCAN_CHARS) return this.fullScan();
    return this.rescan(changed);
  }

  /** The distinct outermost block elements holding the changes. */
  private changedBlocks(): Element[] {
    const set = new Set<Element>();
    for (const el of this.dirty) {
      if (!el.isConnected) continue;
      set.add(el.closest(BLOCK_SELECTOR) ?? el);
    }
    this.dirty.clear();
    const list = [...set];
    return list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
  }

  private isStale(p: PlacedMention): boolean {
    const r = p.range;
    return !r.startContainer.isConnected || r.collapsed || r.toString() !== p.mention.surface;
  }

  private dropStale(): void {
    const before = this.placed.length;
    this.placed = this.placed.filter((p) => !this.isStale(p));
    if (this.placed.length !== before) this.render();
  }

  /** Recognises only the changed blocks, keeping every other highlight in place. */
  private async rescan(changed: Element[]): Promise<void> {
    const { doc, win } = this.deps;
    const scope = this.scope!;
    const slicer = new Slicer(win, scope.signal);
    const root = this.root && this.root.isConnected ? this.root : null;
    const rootSkip = root ? articleSkip(root) : undefined;
    const blocks: TextBlock[] = [];
    const targets: Element[] = [];
    try {
      for (const el of changed) {
        const inRoot = !!root && (root === el || root.contains(el));
        // Outside the article only new prose counts (an infinite-scroll article), not tickers or ads.
        if (!inRoot && !(el.getRootNode() === doc && this.looksLikeProse(el))) continue;
        targets.push(el);
        for (const b of await collectBlocksSliced(el, inRoot ? rootSkip : articleSkip(el), slicer)) blocks.push(b);
      }
      const keep = this.placed.filter((p) => !this.isStale(p) && !targets.some((t) => t.contains(p.range.startContainer)));
      let added: PlacedMention[] = [];
      if (blocks.length) {
        const asked = this.recognizeBlocks(blocks, true);
        slicer.pause();
        const res = await asked;
        if (scope.disposed) return;
        this.takeContext(res.context);
        slicer.reset();
        const { mentions, types } = unpackMentions(res, blocks);
        for (const [id, t] of types) this.types.set(id, t);
        added = await this.place(mentions, blocks, blocks.map(() => doc), slicer);
      }
      // Re-read after the await: a full scan may have replaced the list meanwhile.
      const merged = [...this.placed.filter((p) => keep.includes(p)), ...added];
      merged.sort((a, b) => compareDocOrder(a, b, this.docs));
      this.placed = merged;
      this.refocus(added);
      this.render();
      this.describeNew();
    } catch (err) {
      if (!(err instanceof Aborted)) this.deps.log?.('rescan failed', err);
    }
  }

  private looksLikeProse(el: Element): boolean {
    if (el.closest('nav, footer, aside, header, [role="navigation"], [role="complementary"]')) return false;
    let len = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) {
      len += (p.textContent ?? '').length;
      if (len >= 200) return true;
    }
    return el.localName === 'p' && (el.textContent ?? '').length >= 80;
  }

  // Interaction ----------------------------------------------------------

  private hitAt(doc: Document, x: number, y: number): PlacedMention | null {
    const vis = this.visible().filter((p) => p.doc === doc);
    if (!vis.length) return null;
    const i = rangeAtPoint(doc, x, y, vis.map((p) => p.range));
    return i < 0 ? null : vis[i]!;
  }

  /** Offsets of a same-origin frame's viewport within the top page's. */
  private frameOffset(doc: Document): { x: number; y: number } {
    if (doc === this.deps.doc) return { x: 0, y: 0 };
    const frame = doc.defaultView?.frameElement;
    if (!frame) return { x: 0, y: 0 };
    const r = frame.getBoundingClientRect();
    return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
  }

  private anchorOf(p: PlacedMention, y?: number): DOMRect {
    const rects = Array.from(p.range.getClientRects());
    const r = (y === undefined ? rects[0] : rects.find((x) => y >= x.top - 1 && y <= x.bottom + 1)) ?? p.range.getBoundingClientRect();
    const off = this.frameOffset(p.doc);
    return new DOMRect(r.left + off.x, r.top + off.y, r.width, r.height);
  }

  /** Clicks on a highlight open its card; inside a link, a plain click still follows the link and Alt+click opens the card. */
  onClick(e: MouseEvent, doc: Document = this.deps.doc): void {
    // A page's synthetic click opens nothing and closes nothing.
    if (!fromReader(e)) return;
    if (this.deps.isOwnUi(e) || e.defaultPrevented || e.button !== 0) return;
    const p = this.hitAt(doc, e.clientX, e.clientY);
    if (!p) {
      this.deps.closeCard();
      return;
    }
    const target = e.target as Element | null;
    if (target?.closest?.('a[href]') && !e.altKey) return;
    e.preventDefault();
    this.setFocus(p, false);
    this.deps.openCard(p.mention.id, this.anchorOf(p, e.clientY), p.mention.surface);
  }

  /** Hover previews, only when the reader chose them: no pointer listener otherwise. */
  private wireHover(): void {
    this.hoverScope?.dispose();
    this.hoverScope = null;
    if (!this.scope || this.settings.trigger !== 'hover') return;
    const hs = new Scope(this.scope.signal, this.deps.timers);
    this.hoverScope = hs;
    let cancel: (() => void) | null = null;
    let shown: PlacedMention | null = null;
    hs.listen(
      this.deps.doc,
      'pointermove',
      (ev) => {
        const e = ev as PointerEvent;
        if (!fromReader(e) || e.pointerType === 'touch' || this.deps.isOwnUi(e)) return;
        cancel?.();
        const { clientX: x, clientY: y } = e;
        cancel = hs.setTimeout(() => {
          const p = this.hitAt(this.deps.doc, x, y);
          if (!p || p === shown) return;
          shown = p;
          this.deps.openCard(p.mention.id, this.anchorOf(p, y), p.mention.surface);
        }, this.settings.hoverDelayMs);
      },
      { passive: true },
    );
  }

  /** Moves the keyboard focus to the next or previous highlight and scrolls it into view. */
  navigate(dir: 'next' | 'previous'): PlacedMention | null {
    const vis = this.visible();
    if (!vis.length) return null;
    let idx = this.focused ? vis.indexOf(this.focused) : -1;
    if (idx < 0) {
      // Start from what the reader is looking at, not from the top of the page.
      const h = this.deps.win.innerHeight;
      const tops = vis.map((p) => this.anchorOf(p).top);
      idx = dir === 'next' ? tops.findIndex((t) => t >= 0) : tops.findLastIndex((t) => t <= h);
      if (idx < 0) idx = dir === 'next' ? 0 : vis.length - 1;
    } else idx = (idx + (dir === 'next' ? 1 : -1) + vis.length) % vis.length;
    const p = vis[idx]!;
    this.setFocus(p, true);
    return p;
  }

  private setFocus(p: PlacedMention, scroll: boolean): void {
    this.focused = p;
    for (const [doc, layer] of this.layers) layer.focus(doc === p.doc ? p.range : null);
    if (scroll) {
      const el = p.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    if (this.focusScope || !this.scope) return;
    // Enter and Escape are ours only while a highlight has the focus.
    const fs = new Scope(this.scope.signal, this.deps.timers);
    this.focusScope = fs;
    fs.listen(this.deps.win, 'keydown', (ev) => this.onFocusKey(ev as KeyboardEvent), { capture: true });
  }

  /** Keeps the keyboard focus on a mention that was re-recognised in place (same entity, same text, same spot). */
  private refocus(added: readonly PlacedMention[]): void {
    const f = this.focused;
    if (!f || this.placed.includes(f)) return;
    const same = added.find((p) => p.mention.id === f.mention.id && p.range.toString() === f.mention.surface && p.range.startContainer === f.range.startContainer);
    if (same) this.setFocus(same, false);
  }

  clearFocus(): void {
    this.focused = null;
    for (const layer of this.layers.values()) layer.focus(null);
    this.focusScope?.dispose();
    this.focusScope = null;
  }

  private onFocusKey(e: KeyboardEvent): void {
    if (!fromReader(e)) return;
    if (!this.focused || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (this.deps.isOwnUi(e)) return;
    const active = this.deps.doc.activeElement;
    if (e.key === 'Escape') {
      this.clearFocus();
      return;
    }
    if (e.key !== 'Enter') return;
    // Enter belongs to whatever the reader focused: a field, a link, a button.
    if (isInteractive(e.target as Element | null) || (active && active !== this.deps.doc.body && isInteractive(active))) return;
    e.preventDefault();
    e.stopPropagation();
    const p = this.focused;
    this.deps.openCard(p.mention.id, this.anchorOf(p), p.mention.surface);
  }

  /** Scrolls to the entity's first mention and opens its card there. */
  showEntity(id: string): boolean {
    const p = this.visible().find((x) => x.mention.id === id);
    if (!p) return false;
    this.setFocus(p, true);
    this.deps.openCard(id, this.anchorOf(p), p.mention.surface);
    return true;
  }

  async pageState(): Promise<PageState> {
    await this.describing;
    const counts = new Map<string, { count: number; surface: string; type: EntityType }>();
    for (const p of this.visible()) {
      const c = counts.get(p.mention.id);
      if (c) c.count++;
      else counts.set(p.mention.id, { count: 1, surface: p.mention.surface, type: p.type });
    }
    const entities: PageEntity[] = [];
    for (const [id, { count, surface, type }] of counts) {
      // Without its label (the background could not read it), an entity is still listed, under the page's own words.
      const e = this.entities.get(id) ?? { id, type, label: surface };
      entities.push({ ...e, count });
    }
    return {
      url: this.deps.win.location.href,
      title: this.deps.doc.title,
      lang: this.lang,
      date: this.date,
      entities,
    };
  }
}
