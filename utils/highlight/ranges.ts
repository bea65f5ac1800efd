import type { TextBlock } from '../article/blocks';

/** Maps an offset in a block's text back to the text node and offset it came from. */
export function locate(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { nodes } = block;
  let lo = 0;
  let hi = nodes.length - 1;
  // Last node whose start is before the offset (or at it, for a range start).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = nodes[mid]!.start;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const entry = nodes[lo];
  if (!entry) return null;
  const within = offset - entry.start;
  if (within < 0 || within > entry.node.data.length) return null;
  return { node: entry.node, offset: within };
}

/** A DOM range over block text [start, end), or null when the text has changed under it. */
export function rangeFor(doc: Document, block: TextBlock, start: number, end: number): Range | null {
  const a = locate(block, start, false);
  const b = locate(block, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
