import { anchor } from './anchoring';
import { pageText, selectionContext } from './selection';
import type { NoteSelectors } from '../db/records';

/**
 * The content script's side of notes: the current selection with its context,
 * and where quote notes sit in the page now. Spread into the content router.
 */
export function noteContentHandlers(doc: Document) {
  return {
    getSelectionContext: () => {
      const sel = doc.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
      return selectionContext(doc.body, sel.getRangeAt(0));
    },
    anchorNotes: ({ notes }: { notes: { id: string; selectors: NoteSelectors }[] }) => {
      const text = pageText(doc.body);
      return {
        results: notes.map(({ id, selectors }) => {
          const at = anchor(text, selectors);
          return at ? { id, start: at.start, end: at.end, orphaned: false } : { id, orphaned: true };
        }),
      };
    },
  };
}
