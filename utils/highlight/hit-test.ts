/** The text position under a point, from whichever caret API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * Index of the range under the point, or -1. The caret position picks the
 * candidate; the range's own rectangles confirm it, because a caret snaps to
 * the nearest character even when the click landed in a margin beside the text.
 */
export function rangeAtPoint(doc: Document, x: number, y: number, ranges: readonly Range[]): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    let inside = false;
    try {
      inside = range.isPointInRange(caret.node, caret.offset);
    } catch {
      continue;
    }
    if (inside && rectsContain(range, x, y)) return i;
  }
  return -1;
}
