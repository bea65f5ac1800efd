import type { TextBlock } from '../article/blocks';
import type { ReaderCorrection } from '../article/page-context';
import type { CorrectionView } from '../messaging/corrections-protocol';
import type { EntitySummary, PageState, RecognizeResponse } from '../messaging/protocol';
import { unpackMentions } from '../messaging/spans';
import type { Settings } from '../settings/schema';
import { DEFAULT_SETTINGS, isSiteEnabled } from './settings';
import { ArticleReader } from './article';
import { ChangeTracker } from './changes';
import { Interaction } from './interaction';
import { PageModel, type PlacedMention } from './page-state';
import { recognizeInParts, type Recognize } from './recognize';
import { Aborted, Scope, Slicer, type BusyMeter } from './schedule';

export type { PlacedMention } from './page-state';
export type { RecognizeInput } from './recognize';
export { FULL_RESCAN_BLOCKS } from './changes';

/*
 * One page's session, in rooms, each with a signal or scope of its own:
 * - reading the article (article.ts): the article's blocks, and the read-ahead;
 * - tracking changes (changes.ts): the observer, the dirty set, incremental rescans;
 * - interaction (interaction.ts): click, hover, keyboard focus, trusted events only;
 * - page state (page-state.ts): what is placed and shown, corrections, the
 *   highlight layers, the language and date, the popup's summary.
 * This class switches them on and off together and runs the full scan,
 * which goes through all of them: read, recognise, place, paint.
 */

export interface SessionDeps {
  doc: Document;
  win: Window;
  /** The content script's lifetime (WXT's ctx.signal): everything stops when it aborts. */
  signal: AbortSignal;
  /** Timers that die with the content script (WXT's ctx.setTimeout). */
  timers: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };
  recognize: Recognize;
  /** Labels and descriptions of entities, asked after the highlights are painted. */
  describe: (ids: string[]) => Promise<EntitySummary[]>;
  corrections: () => Promise<CorrectionView[]>;
  openCard: (entityId: string, anchor: DOMRect, term: string) => void;
  closeCard: () => void;
  /** Whether an event happened inside the extension's own UI. */
  isOwnUi: (e: Event) => boolean;
  /** After each paint, with the number of highlights shown: cards are fetched ahead once there are some. */
  onRendered?: (shown: number) => void;
  /** Performance marks for the benchmark; absent in unit tests. */
  mark?: (name: string) => void;
  /** A figure for the benchmark: the first scan's main-thread time. */
  measure?: (name: string, ms: number) => void;
  log?: (msg: string, err?: unknown) => void;
}

const LOCATION_SETTLE_MS = 300;

/**
 * One page's recognition state: what was found, where it is, and its
 * highlights. While on, it owns a Scope that the rooms' own scopes follow;
 * `stop` disposes of them all and removes every highlight, stylesheet and
 * card, leaving the page as it was.
 */
export class PageSession {
  settings: Settings = DEFAULT_SETTINGS;

  private scope: Scope | null = null;
  /** The full scan running now: a new one aborts it. */
  private scanCtrl: AbortController | null = null;
  private scanning: Promise<void> | null = null;
  private hiddenWork = false;
  private firstDone = false;
  private readonly busy: BusyMeter = { ms: 0, longSlice: (ms) => this.deps.measure?.('backstory:long-slice', ms) };

  private readonly model: PageModel;
  private readonly reader: ArticleReader;
  private readonly interaction: Interaction;
  private readonly changes: ChangeTracker;

  constructor(private readonly deps: SessionDeps) {
    const { doc, win, timers } = deps;
    const settings = () => this.settings;
    this.model = new PageModel({
      doc,
      win,
      timers,
      settings,
      describe: deps.describe,
      onRendered: (vis) => {
        this.interaction.keepFocusIn(vis);
        this.changes.forgetOwnChanges();
        this.deps.onRendered?.(vis.length);
      },
      ...(deps.log ? { log: deps.log } : {}),
    });
    this.reader = new ArticleReader({ doc, win, signal: deps.signal, busy: this.busy, stage: (name) => this.stage(name) });
    this.interaction = new Interaction({
      doc,
      win,
      timers,
      settings,
      visible: () => this.model.visible(),
      paintFocus: (p) => this.model.paintFocus(p),
      openCard: deps.openCard,
      closeCard: deps.closeCard,
      isOwnUi: deps.isOwnUi,
    });
    this.changes = new ChangeTracker({
      doc,
      win,
      timers,
      reader: this.reader,
      model: this.model,
      host: {
        fullScan: () => this.fullScan(),
        scanning: () => this.scanning,
        deferUntilVisible: () => {
          this.hiddenWork = true;
        },
        recognize: (blocks, incremental) => this.recognizeBlocks(blocks, incremental),
        placedAgain: (added) => this.interaction.refocus(this.model.placed, added),
      },
      ...(deps.log ? { log: deps.log } : {}),
    });
  }

  get on(): boolean {
    return this.scope !== null;
  }

  // The page state, as callers read it ------------------------------------------

  /** The language and date recognition uses: the page's own, or the reader's correction. */
  get lang(): string | null {
    return this.model.lang;
  }
  get date(): string | null {
    return this.model.date;
  }
  get placed(): PlacedMention[] {
    return this.model.placed;
  }
  /** Summaries of the page's entities, filled after the paint. */
  get entities(): Map<string, EntitySummary> {
    return this.model.entities;
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
      this.reader.discard();
      if (this.on) this.stop();
      this.markDone();
      return;
    }
    if (!this.on) return this.start();
    if (prev.style !== next.style) this.model.restyle();
    if (prev.trigger !== next.trigger || prev.hoverDelayMs !== next.hoverDelayMs) this.interaction.wireHover();
    if (prev.types.join() !== next.types.join()) this.render();
  }

  /**
   * Reads the article while the settings are still on their way from storage,
   * so the first scan need not wait for them (see ArticleReader.prepare).
   */
  prepare(): void {
    if (this.on) return;
    this.reader.prepare();
  }

  /** Switches on: listeners, observer, then a full scan (deferred while the tab is hidden). */
  async start(): Promise<void> {
    if (this.on || !isSiteEnabled(this.settings, this.site)) return;
    const { doc, signal, timers } = this.deps;
    const scope = new Scope(signal, timers);
    this.scope = scope;
    this.model.start(scope.signal);
    this.interaction.start(scope.signal);
    this.changes.start(scope.signal, this.reader.takeEarlyRecords());
    scope.listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState !== 'visible' || !this.hiddenWork) return;
      this.hiddenWork = false;
      void this.fullScan();
    });
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
    this.reader.discard();
    this.scanCtrl?.abort();
    this.scanCtrl = null;
    this.deps.closeCard();
    this.interaction.stop();
    this.changes.stop();
    this.scope?.dispose();
    this.scope = null;
    this.model.stop();
    this.scanning = null;
    this.hiddenWork = false;
  }

  /** Called on SPA navigation: the article may be a different one now. */
  onLocationChange(): void {
    if (!this.on) return;
    this.scope!.setTimeout(() => {
      this.model.forgetReading();
      this.reader.discard();
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
    this.model.correct(c);
    this.deps.closeCard();
    this.reader.discard();
    await this.fullScan();
    return true;
  }

  setCorrections(list: CorrectionView[]): void {
    this.model.setCorrections(list);
  }

  addCorrection(c: CorrectionView): void {
    this.model.addCorrection(c);
  }

  /** The mentions shown: enabled types, minus what the reader corrected. */
  visible(): PlacedMention[] {
    return this.model.visible();
  }

  pageIds(): string[] {
    return this.model.pageIds();
  }

  /**
   * The page's entities with those the reader can see first: highlights within
   * `margin` pixels of the viewport, in page order, then the rest in page order.
   * For fetching cards ahead, in idle time: it reads each highlight's layout box.
   * Highlights in a same-origin frame count as off screen (their boxes are the frame's).
   */
  pageIdsOnScreenFirst(margin = 0): string[] {
    const { doc, win } = this.deps;
    const top = -margin;
    const bottom = win.innerHeight + margin;
    const seen = new Set<string>();
    const rest = new Set<string>();
    for (const p of this.model.visible()) {
      const id = p.mention.id;
      if (seen.has(id)) continue;
      if (p.doc === doc) {
        const r = p.range.getBoundingClientRect();
        if ((r.width > 0 || r.height > 0) && r.bottom >= top && r.top <= bottom) {
          seen.add(id);
          rest.delete(id);
          continue;
        }
      }
      rest.add(id);
    }
    return [...seen, ...rest];
  }

  /** The text a reader saw for this entity on the page (for corrections from a card opened elsewhere). */
  termFor(id: string): string | undefined {
    return this.model.termFor(id);
  }

  pageState(): Promise<PageState> {
    return this.model.pageState();
  }

  /** Paints the visible mentions, one layer per document. */
  render(): void {
    this.model.render();
  }

  onClick(e: MouseEvent, doc: Document = this.deps.doc): void {
    this.interaction.onClick(e, doc);
  }

  /** Moves the keyboard focus to the next or previous highlight and scrolls it into view. */
  navigate(dir: 'next' | 'previous'): PlacedMention | null {
    return this.interaction.navigate(dir);
  }

  clearFocus(): void {
    this.interaction.clearFocus();
  }

  /** Scrolls to the entity's first mention and opens its card there. */
  showEntity(id: string): boolean {
    return this.interaction.showEntity(id);
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

  private recognizeBlocks(blocks: readonly TextBlock[], incremental: boolean): Promise<RecognizeResponse> {
    const { doc, win } = this.deps;
    // The page's own reading: the background applies the reader's stored correction to it.
    const { lang, date } = this.model.ownReading();
    return recognizeInParts(
      { url: win.location.href, title: doc.title, lang, date, blocks: blocks.map((b) => b.text), ...(incremental ? { incremental } : {}) },
      this.deps.recognize,
    );
  }

  /** Re-finds the article and recognises it all. A scan already running is abandoned. */
  async fullScan(): Promise<void> {
    if (!this.on) return;
    const { doc, win } = this.deps;
    if (doc.visibilityState === 'hidden') {
      // A background tab costs nothing until the reader looks at it (and what was read ahead may be stale by then).
      this.hiddenWork = true;
      this.reader.discard();
      return;
    }
    this.scanCtrl?.abort();
    const ctrl = new AbortController();
    this.scanCtrl = ctrl;
    const signal = AbortSignal.any([ctrl.signal, this.scope!.signal]);
    const model = this.model;
    const run = (async () => {
      const slicer = new Slicer(win, signal, undefined, this.busy);
      const ex = await this.reader.read(slicer, signal);
      if (!ex) throw new Aborted();
      const { root, blocks, blockDocs, docs, shadowRoots } = ex;
      model.article = { root, docs, shadowRoots };
      for (const fd of docs.slice(1)) this.interaction.listenFrame(fd);
      if (!blocks.length) {
        model.placed = [];
        model.render();
        slicer.pause();
        return;
      }
      model.setDetected(ex.lang, ex.date);
      const asked = this.recognizeBlocks(blocks, false);
      this.stage('asked');
      slicer.pause();
      const res = await asked;
      if (signal.aborted) throw new Aborted();
      model.takeContext(res.context);
      this.stage('recognized');
      slicer.reset();
      const { mentions, types } = unpackMentions(res, blocks);
      model.learnTypes(types);
      model.placed = await model.place(mentions, blocks, blockDocs, slicer);
      this.stage('placed');
      model.adoptShadowRoots();
      model.render();
      slicer.report();
      model.describeNew();
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
}
