import type { TextBlock } from '../article/blocks';
import type { RecognizeResponse } from '../messaging/protocol';
import { unpackMentions } from '../messaging/spans';
import type { ArticleReader } from './article';
import { BLOCK_SELECTOR } from './collect';
import type { PageModel, PlacedMention } from './page-state';
import { Aborted, Scope, Slicer } from './schedule';

/*
 * Tracking the page's changes: a mutation observer collects the elements the
 * page changed (the dirty set), and after a short batch they are recognised
 * again on their own, every other highlight staying in place; beyond a
 * threshold, or when the article itself was replaced, one full rescan is
 * cheaper. Every step here is linear in the changed elements (and the placed
 * mentions): a page that adds thousands of elements at once must not turn
 * this into a quadratic pass on its main thread.
 */

/** Changed blocks beyond this many (or this much text) are cheaper to handle as one full rescan. */
export const FULL_RESCAN_BLOCKS = 40;
const FULL_RESCAN_CHARS = 60_000;
const MUTATION_BATCH_MS = 250;

export interface ChangeHost {
  /** Re-finds the article and recognises it all. */
  fullScan: () => Promise<void>;
  /** The full scan running now, if any. */
  scanning: () => Promise<void> | null;
  /** The tab is hidden: the work waits until the reader looks at it (as a full scan then). */
  deferUntilVisible: () => void;
  recognize: (blocks: readonly TextBlock[], incremental: boolean) => Promise<RecognizeResponse>;
  /** New mentions were placed (keeps the keyboard focus on one re-recognised in place). */
  placedAgain: (added: readonly PlacedMention[]) => void;
}

export interface ChangeDeps {
  doc: Document;
  win: Window;
  timers: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };
  reader: ArticleReader;
  model: PageModel;
  host: ChangeHost;
  log?: (msg: string, err?: unknown) => void;
}

function isOwnNode(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).localName.startsWith('backstory-');
}

/**
 * Whether a node lies inside one of `set` (the node itself excluded), walking
 * up its parents. `memo` remembers the answer for every parent passed, so
 * many nodes under the same parents cost one walk between them, not one each.
 */
function insideAny(node: Node, set: ReadonlySet<Node>, memo: Map<Node, boolean>): boolean {
  const path: Node[] = [];
  let found = false;
  for (let n = node.parentNode; n; n = n.parentNode) {
    const known = memo.get(n);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (set.has(n)) {
      found = true;
      break;
    }
    path.push(n);
  }
  for (const n of path) memo.set(n, found);
  return found;
}

/** The outermost of `els`: those with no other of them around them. Linear, where `filter(!some(contains))` is quadratic. */
export function outermost(els: Iterable<Element>): Element[] {
  const set = new Set(els);
  const memo = new Map<Node, boolean>();
  const out: Element[] = [];
  for (const el of set) if (!insideAny(el, set, memo)) out.push(el);
  return out;
}

export class ChangeTracker {
  /** The observer and the batch timer live while this scope does. */
  private scope: Scope | null = null;
  private observer: MutationObserver | null = null;
  private dirty = new Set<Element>();
  private staleCheck = false;
  private flushPending = false;

  constructor(private readonly deps: ChangeDeps) {}

  /** Starts observing; `early` are the records the read-ahead buffered before. */
  start(parent: AbortSignal, early: MutationRecord[] = []): void {
    if (this.scope && !this.scope.disposed) return;
    const { doc, win, timers } = this.deps;
    const scope = new Scope(parent, timers);
    this.scope = scope;
    const observer = new (win as Window & typeof globalThis).MutationObserver((records) => this.onMutations(records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    scope.onDispose(() => {
      observer.disconnect();
      this.observer = null;
    });
    if (early.length) this.onMutations(early);
  }

  stop(): void {
    this.scope?.dispose();
    this.scope = null;
    this.dirty.clear();
    this.staleCheck = false;
    this.flushPending = false;
  }

  /** After a paint: the wrapping fallback's own DOM changes are not the page's. */
  forgetOwnChanges(): void {
    this.observer?.takeRecords();
  }

  private own(n: Node): boolean {
    return isOwnNode(n) || this.deps.model.ownsNode(n);
  }

  /** Notes what the records changed; the work comes in one batch a little later. */
  onMutations(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
        if (nodes.length && nodes.every((n) => this.own(n))) continue;
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
        if (this.own(n)) continue;
        if (n.nodeType === 1) this.dirty.add(n as Element);
        else if (n.nodeType === 3) text = true;
      }
      if (text) this.dirty.add(target);
      // Removals only make highlights stale; no new text to read.
      if (r.removedNodes.length) this.staleCheck = true;
    }
    const scope = this.scope;
    if ((this.dirty.size || this.staleCheck) && !this.flushPending && scope && !scope.disposed) {
      this.flushPending = true;
      scope.setTimeout(() => void this.flush(), MUTATION_BATCH_MS);
    }
  }

  /** Handles the batch: nothing, stale highlights dropped, the changed blocks rescanned, or one full rescan. */
  async flush(): Promise<void> {
    this.flushPending = false;
    if (!this.scope || this.scope.disposed) return;
    const { doc, model, host } = this.deps;
    if (doc.visibilityState === 'hidden') {
      host.deferUntilVisible();
      this.dirty.clear();
      return;
    }
    const running = host.scanning();
    if (running) {
      // Let the running scan finish; the changes are looked at right after.
      await running;
      if (!this.scope || this.scope.disposed) return;
    }
    this.staleCheck = false;
    const changed = this.changedBlocks();
    if (!changed.length) return model.dropStale();
    const root = model.article.root;
    // A change around the article (its container replaced) is a new article: find it again.
    if (root && changed.some((el) => el !== root && el.contains(root))) return host.fullScan();
    if (root && !root.isConnected) return host.fullScan();
    if (changed.length > FULL_RESCAN_BLOCKS) return host.fullScan();
    let chars = 0;
    for (const el of changed) chars += (el.textContent ?? '').length;
    if (chars > FULL_RESCAN_CHARS) return host.fullScan();
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
    return outermost(set);
  }

  /** Recognises only the changed blocks, keeping every other highlight in place. */
  private async rescan(changed: Element[]): Promise<void> {
    const { doc, win, reader, model, host } = this.deps;
    const scope = this.scope!;
    const slicer = new Slicer(win, scope.signal);
    const root = model.article.root?.isConnected ? model.article.root : null;
    try {
      const { targets, blocks } = await reader.readChanged(changed, root, slicer);
      // The old highlights inside the blocks read again go; the new ones take their place.
      const within = new Set<Node>(targets);
      const memo = new Map<Node, boolean>();
      const keep = new Set<PlacedMention>();
      for (const p of model.placed) {
        const n = p.range.startContainer;
        if (!model.isStale(p) && !within.has(n) && !insideAny(n, within, memo)) keep.add(p);
      }
      let added: PlacedMention[] = [];
      if (blocks.length) {
        const asked = host.recognize(blocks, true);
        slicer.pause();
        const res = await asked;
        if (scope.disposed) return;
        model.takeContext(res.context);
        slicer.reset();
        const { mentions, types } = unpackMentions(res, blocks);
        model.learnTypes(types);
        added = await model.place(mentions, blocks, blocks.map(() => doc), slicer);
      }
      model.merge(keep, added);
      host.placedAgain(added);
      model.render();
      model.describeNew();
    } catch (err) {
      if (!(err instanceof Aborted)) this.deps.log?.('rescan failed', err);
    }
  }
}
