import type { TextBlock } from '../article/blocks';
import { articleSkip, findArticleRoot } from '../article/extract';
import { readPageContext } from '../article/page-context';
import { collectBlocksSliced, findShadowRoots } from './collect';
import { Slicer, type BusyMeter } from './schedule';

/*
 * Reading the article: where it is, its text blocks (in open shadow roots and
 * same-origin frames too), its language and date. Read-only: nothing here
 * changes the page, so it may run before the settings say whether the site is
 * on (the read-ahead), and be thrown away.
 */

/** What one walk over the page found: the article, its text blocks, and where each block lives. */
export interface Extraction {
  root: Element;
  blocks: TextBlock[];
  blockDocs: Document[];
  docs: Document[];
  shadowRoots: ShadowRoot[];
  lang: string | null;
  date: string | null;
}

export interface ReaderDeps {
  doc: Document;
  win: Window;
  /** The content script's lifetime. */
  signal: AbortSignal;
  /** The first scan's main-thread time, read-ahead included. */
  busy: BusyMeter;
  /** A benchmark mark for a stage of the first scan. */
  stage: (name: string) => void;
}

export class ArticleReader {
  /**
   * The read-ahead, with its own signal: aborted when it is thrown away (the
   * site is off, the page changed its article, the reader corrected the page),
   * which stops its walk at the next slice.
   */
  private prepared: { ctrl: AbortController; early: MutationObserver; result: Promise<Extraction> } | null = null;

  constructor(private readonly deps: ReaderDeps) {}

  /**
   * Reads the article ahead of the settings (a 3–10 ms round trip on a loading
   * page), so the first scan need not wait for them. Changes the page makes
   * meanwhile are buffered and handed over by `takeEarlyRecords`.
   */
  prepare(): void {
    const { doc, win, signal } = this.deps;
    if (this.prepared || signal.aborted || doc.visibilityState === 'hidden') return;
    const ctrl = new AbortController();
    const early = new (win as Window & typeof globalThis).MutationObserver(() => {});
    early.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const slicer = new Slicer(win, AbortSignal.any([ctrl.signal, signal]), undefined, this.deps.busy);
    const result = this.extract(slicer).finally(() => slicer.pause());
    result.catch(() => {});
    this.prepared = { ctrl, early, result };
  }

  /** The changes the page made while it was read ahead; the buffering observer stops. */
  takeEarlyRecords(): MutationRecord[] {
    const p = this.prepared;
    if (!p) return [];
    const records = p.early.takeRecords();
    p.early.disconnect();
    return records;
  }

  /** Drops the read-ahead (and stops it). */
  discard(): void {
    const p = this.prepared;
    if (!p) return;
    this.prepared = null;
    p.ctrl.abort();
    p.early.disconnect();
  }

  /** The article: the read-ahead when there is one and its article is still in the page, else a fresh walk. */
  async read(slicer: Slicer, signal: AbortSignal): Promise<Extraction | null> {
    const prepared = this.prepared;
    this.prepared = null;
    slicer.pause();
    let ex = prepared ? await prepared.result.catch(() => null) : null;
    prepared?.early.disconnect();
    slicer.reset();
    if (signal.aborted) return null;
    // The page may have replaced its article since it was read.
    if (!ex || !ex.root.isConnected) ex = await this.extract(slicer);
    slicer.reset();
    return ex;
  }

  /** Finds the article and reads its text, including open shadow roots and same-origin frames. No side effects. */
  private async extract(slicer: Slicer): Promise<Extraction> {
    const { doc } = this.deps;
    const { root } = findArticleRoot(doc);
    this.deps.stage('root');
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
    this.deps.stage('collected');
    return { root, blocks, blockDocs, docs, shadowRoots, lang, date };
  }

  /**
   * The text of changed elements: inside the article all of it, outside only
   * new prose (an infinite-scroll article), not tickers or ads. `targets` are
   * the elements read, whose old highlights the new ones replace.
   */
  async readChanged(changed: readonly Element[], root: Element | null, slicer: Slicer): Promise<{ targets: Element[]; blocks: TextBlock[] }> {
    const rootSkip = root ? articleSkip(root) : undefined;
    const blocks: TextBlock[] = [];
    const targets: Element[] = [];
    for (const el of changed) {
      const inRoot = !!root && (root === el || root.contains(el));
      if (!inRoot && !(el.getRootNode() === this.deps.doc && looksLikeProse(el))) continue;
      targets.push(el);
      for (const b of await collectBlocksSliced(el, inRoot ? rootSkip : articleSkip(el), slicer)) blocks.push(b);
    }
    return { targets, blocks };
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
}

function looksLikeProse(el: Element): boolean {
  if (el.closest('nav, footer, aside, header, [role="navigation"], [role="complementary"]')) return false;
  let len = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    len += (p.textContent ?? '').length;
    if (len >= 200) return true;
  }
  return el.localName === 'p' && (el.textContent ?? '').length >= 80;
}
