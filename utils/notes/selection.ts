import { describeQuote, type Selectors } from './anchoring';

/*
 * The text a quote note is anchored in: the page's text nodes in document
 * order, without scripts, styles and the extension's own UI. Built the same
 * way when the note is made and when it is re-anchored, so offsets agree.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

function skipped(el: Element | null, root: Node): boolean {
  for (let e = el; e && e !== root; e = e.parentElement) {
    if (SKIP.has(e.tagName) || e.tagName.startsWith('BACKSTORY-')) return true;
  }
  return false;
}

export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!skipped(n.parentElement, root)) out.push(n as Text);
  }
  return out;
}

export function pageText(root: Node): string {
  return textNodes(root)
    .map((n) => n.data)
    .join('');
}

/** Offset in pageText(root) of a range boundary. */
function offsetOf(nodes: Text[], container: Node, offset: number): number {
  let acc = 0;
  if (container.nodeType === 3) {
    for (const n of nodes) {
      if (n === container) return acc + offset;
      acc += n.data.length;
    }
    return acc;
  }
  // An element boundary sits before its child at `offset`: count the text before that child.
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  for (const n of nodes) {
    if (probe.comparePoint(n, 0) >= 0) return acc;
    acc += n.data.length;
  }
  return acc;
}

export interface SelectionContext {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The quote and its context for a selected range, in pageText(root) coordinates; null for an empty one. */
export function selectionContext(root: Node, range: Range): SelectionContext | null {
  const nodes = textNodes(root);
  const text = nodes.map((n) => n.data).join('');
  let start = offsetOf(nodes, range.startContainer, range.startOffset);
  let end = offsetOf(nodes, range.endContainer, range.endOffset);
  // Selections often take the spaces around a phrase; the quote is the phrase.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const { quote, position } = describeQuote(text, start, end);
  return { ...quote, start: position!.start, end: position!.end };
}

export function toSelectors(ctx: SelectionContext): Selectors {
  return { quote: { exact: ctx.exact, prefix: ctx.prefix, suffix: ctx.suffix }, position: { start: ctx.start, end: ctx.end } };
}
