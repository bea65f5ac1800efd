import type { TextBlock } from '../article/blocks';
import { withCorrection, type ReaderCorrection } from '../article/page-context';
import { createLayer, pagePalette, type HighlightStyle, type Layer } from '../highlight/custom-highlights';
import { rangeFor } from '../highlight/ranges';
import type { CorrectionView } from '../messaging/corrections-protocol';
import type { EntitySummary, Mention, PageEntity, PageState } from '../messaging/protocol';
import type { EntityType } from '../pack/schema';
import type { Settings } from '../settings/schema';
import { allowed, indexCorrections, type CorrectionIndex } from './corrections';
import { Scope, type Slicer } from './schedule';

/*
 * The page's state: what was found and where (the placed mentions), what is
 * shown of it (types switched on, minus the reader's corrections), the
 * highlight layers that paint it, the page's language and date, and the
 * summary the popup lists.
 */

export interface PlacedMention {
  range: Range;
  mention: Mention;
  type: EntityType;
  /** The document the range lives in: the page's, or a same-origin iframe's. */
  doc: Document;
}

/** Where the article is: its root, its documents (the page's first) and its open shadow roots. */
export interface ArticleView {
  root: Element | null;
  docs: Document[];
  shadowRoots: ShadowRoot[];
}

export interface PageModelDeps {
  doc: Document;
  win: Window;
  timers: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };
  settings: () => Settings;
  describe: (ids: string[]) => Promise<EntitySummary[]>;
  /** After every paint, with what is shown (interaction keeps its focus among it; tracking forgets the paint's own DOM changes). */
  onRendered: (visible: readonly PlacedMention[]) => void;
  log?: (msg: string, err?: unknown) => void;
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

export class PageModel {
  /** The language and date recognition uses: the page's own, or the reader's correction. */
  lang: string | null = null;
  date: string | null = null;
  /** What the page itself says, kept apart so that a correction can be undone. */
  detected: { lang: string | null; date: string | null } | null = null;
  placed: PlacedMention[] = [];
  /** Summaries of the page's entities, filled after the paint. */
  readonly entities = new Map<string, EntitySummary>();
  article: ArticleView = { root: null, docs: [], shadowRoots: [] };

  /** Painting is on while this scope lives; disposing of it removes every highlight and stylesheet. */
  private scope: Scope | null = null;
  private readonly types = new Map<string, EntityType>();
  private readonly layers = new Map<Document, Layer>();
  private corrections: CorrectionIndex = { ignored: new Set(), notEntity: new Map() };
  private correctionList: CorrectionView[] = [];
  private describing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: PageModelDeps) {}

  private get site(): string {
    return this.deps.win.location.hostname;
  }

  start(parent: AbortSignal): void {
    if (this.scope && !this.scope.disposed) return;
    const scope = new Scope(parent, this.deps.timers);
    this.scope = scope;
    scope.onDispose(() => {
      for (const layer of this.layers.values()) layer.clear();
      this.layers.clear();
    });
  }

  /** Removes every highlight and stylesheet and forgets where mentions were (entities, corrections and the page's reading stay). */
  stop(): void {
    this.scope?.dispose();
    this.scope = null;
    this.placed = [];
    this.article = { ...this.article, shadowRoots: [] };
  }

  private get painting(): boolean {
    return !!this.scope && !this.scope.disposed;
  }

  // The page's language and date --------------------------------------------

  /** What a scan read from the page; a correction (or the background's answer) may already have set lang and date. */
  setDetected(lang: string | null, date: string | null): void {
    this.detected ??= { lang, date };
    this.lang ??= lang;
    this.date ??= date;
  }

  /** The page's own reading, which recognition requests carry (the background applies the reader's stored correction to it). */
  ownReading(): { lang: string | null; date: string | null } {
    return { lang: this.detected?.lang ?? this.lang, date: this.detected?.date ?? this.date };
  }

  /** The reader's correction of language or date (or null: taken back), over the page's own reading. */
  correct(c: ReaderCorrection | null): void {
    const base = this.detected ?? { lang: this.lang, date: this.date };
    const next = withCorrection({ ...base, dateSource: null }, c);
    this.lang = next.lang;
    this.date = next.date;
  }

  /** The language and date the background recognised with (the reader's correction applied there). */
  takeContext(ctx: { lang: string | null; date: string | null } | undefined): void {
    if (!ctx) return;
    this.lang = ctx.lang;
    this.date = ctx.date;
  }

  /** A new article (SPA navigation): its language and date are read afresh. */
  forgetReading(): void {
    this.lang = null;
    this.date = null;
    this.detected = null;
  }

  // What is placed and shown -------------------------------------------------

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
    const types = new Set(this.deps.settings().types);
    return this.placed.filter((p) => types.has(p.type) && allowed(this.corrections, p.mention.surface, p.mention.id));
  }

  pageIds(): string[] {
    return [...new Set(this.visible().map((p) => p.mention.id))];
  }

  /** The text a reader saw for this entity on the page (for corrections from a card opened elsewhere). */
  termFor(id: string): string | undefined {
    return this.visible().find((p) => p.mention.id === id)?.mention.surface;
  }

  learnTypes(types: ReadonlyMap<string, EntityType>): void {
    for (const [id, t] of types) this.types.set(id, t);
  }

  /** Ranges for recognised mentions; a mention whose text moved under it is left out. */
  async place(mentions: readonly Mention[], blocks: readonly TextBlock[], blockDocs: readonly Document[], slicer: Slicer): Promise<PlacedMention[]> {
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

  isStale(p: PlacedMention): boolean {
    const r = p.range;
    return !r.startContainer.isConnected || r.collapsed || r.toString() !== p.mention.surface;
  }

  /** Forgets highlights whose text the page removed or changed. */
  dropStale(): void {
    const before = this.placed.length;
    this.placed = this.placed.filter((p) => !this.isStale(p));
    if (this.placed.length !== before) this.render();
  }

  /**
   * Replaces the placed mentions by `kept` (those still placed) and `added`, in
   * page order. The kept ones are in order already, so only the added ones are
   * sorted and each is put in place by bisection: comparing two positions in
   * the DOM is far from free, and sorting the whole list again would compare
   * every highlight of the page on each small change.
   */
  merge(kept: ReadonlySet<PlacedMention>, added: readonly PlacedMention[]): void {
    // Re-read here, after the caller's awaits: a full scan may have replaced the list meanwhile.
    const base = this.placed.filter((p) => kept.has(p));
    const cmp = (a: PlacedMention, b: PlacedMention) => compareDocOrder(a, b, this.article.docs);
    const fresh = added.toSorted(cmp);
    const out: PlacedMention[] = [];
    let i = 0;
    for (const a of fresh) {
      // After every kept mention not later than it (ties keep the kept one first, as a stable sort would).
      let lo = i;
      let hi = base.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cmp(base[mid]!, a) <= 0) lo = mid + 1;
        else hi = mid;
      }
      while (i < lo) out.push(base[i++]!);
      out.push(a);
    }
    while (i < base.length) out.push(base[i++]!);
    this.placed = out;
  }

  // Painting -----------------------------------------------------------------

  /** Whether a highlight layer itself put this node in the page (so its mutation is not the page's). */
  ownsNode(n: Node): boolean {
    for (const l of this.layers.values()) if (l.owns(n)) return true;
    return false;
  }

  private layerFor(doc: Document): Layer {
    let layer = this.layers.get(doc);
    if (!layer) {
      const win = doc.defaultView ?? this.deps.win;
      const root = doc === this.deps.doc ? this.article.root : doc.body;
      layer = createLayer(win, this.deps.settings().style as HighlightStyle, pagePalette(win, root ?? doc.body));
      if (doc === this.deps.doc) for (const sr of this.article.shadowRoots) layer.adopt(sr);
      this.layers.set(doc, layer);
    }
    return layer;
  }

  /** The shadow roots' own stylesheets get the highlight rules too. */
  adoptShadowRoots(): void {
    for (const layer of this.layers.values()) for (const sr of this.article.shadowRoots) layer.adopt(sr);
  }

  restyle(): void {
    for (const layer of this.layers.values()) layer.clear();
    this.layers.clear();
    this.render();
  }

  /** Paints the visible mentions, one layer per document. */
  render(): void {
    if (!this.painting) return;
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
    this.deps.onRendered(vis);
  }

  /** The keyboard focus's paint: on `p` in its own document, none elsewhere. */
  paintFocus(p: PlacedMention | null): void {
    for (const [doc, layer] of this.layers) layer.focus(p && doc === p.doc ? p.range : null);
  }

  // For the popup --------------------------------------------------------------

  /** Asks for the labels of entities first seen on this page (the popup's list), after the paint. */
  describeNew(): void {
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
