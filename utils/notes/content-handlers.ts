import { Slicer } from '../content/schedule';
import { anchorSliced } from './anchoring';
import { pageText, selectionContext } from './selection';
import type { NoteSelectors } from '../db/records';

export interface AnchorResult {
  id: string;
  start?: number;
  end?: number;
  orphaned: boolean;
}

export interface NoteContentOptions {
  /** The content script's lifetime (WXT's ctx.signal): a search still running when it ends stops at its next step. */
  signal?: AbortSignal;
}

/**
 * The content script's side of notes: the current selection with its context,
 * and where quote notes sit in the page now. Spread into the content router.
 */
export function noteContentHandlers(doc: Document, { signal = new AbortController().signal }: NoteContentOptions = {}) {
  return {
    getSelectionContext: () => {
      const sel = doc.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
      return selectionContext(doc.body, sel.getRangeAt(0));
    },
    /*
     * A quote no longer on the page is searched for fuzzily over the whole text,
     * which on a long page is seconds of work: it runs in the session's 8 ms
     * slices, so the page keeps answering the reader meanwhile.
     */
    anchorNotes: async ({ notes }: { notes: { id: string; selectors: NoteSelectors }[] }): Promise<{ results: AnchorResult[] }> => {
      const win = doc.defaultView;
      if (!win) return { results: notes.map(({ id }) => ({ id, orphaned: true })) };
      const slicer = new Slicer(win, signal);
      const tick = () => slicer.tick();
      const text = pageText(doc.body);
      const results: AnchorResult[] = [];
      for (const { id, selectors } of notes) {
        const at = await anchorSliced(text, selectors, tick);
        results.push(at ? { id, start: at.start, end: at.end, orphaned: false } : { id, orphaned: true });
      }
      return { results };
    },
  };
}
