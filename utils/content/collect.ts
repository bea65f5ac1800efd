import { collectBlocks, inEditable, isSkippedElement, type TextBlock } from '../article/blocks';
import type { Slicer } from './schedule';

/*
 * Tags at whose boundaries collectBlocks always ends a block. A subset of the
 * engine's own list on purpose: splitting the walk at any of these gives the
 * same blocks as one walk over their parent, so the walk can be cut into
 * time slices without changing what is recognised.
 */
const SPLIT_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** The block-level elements the observer maps a changed node to. */
export const BLOCK_SELECTOR = [...SPLIT_TAGS].filter((t) => t !== 'body').join(',');

function tagOf(el: Element): string {
  return (el.localName ?? el.tagName).toLowerCase();
}

/** Whether every child with content is a block element, so the children can be walked one by one. */
function splittable(el: Element): boolean {
  if (el.childElementCount === 0) return false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (/[^\s\u200b\ufeff]/.test((c as Text).data)) return false;
    } else if (c.nodeType === 1) {
      const child = c as Element;
      if (!SPLIT_TAGS.has(tagOf(child)) && !isSkippedElement(child)) return false;
    }
  }
  return true;
}

/**
 * collectBlocks over `root`, in time slices: the tree is cut at block
 * boundaries into units walked one at a time, yielding between slices.
 */
export async function collectBlocksSliced(
  root: Element | DocumentFragment,
  skip: ((el: Element) => boolean) | undefined,
  slicer: Slicer,
): Promise<TextBlock[]> {
  const out: TextBlock[] = [];
  // An article root that is editable, or inside an editable region, or in a document in design mode: nothing to read.
  if (inEditable(root)) return out;
  const stack: (Element | DocumentFragment)[] = [root];
  while (stack.length) {
    await slicer.tick();
    const unit = stack.pop()!;
    if (unit.nodeType === 1 && unit !== root) {
      const el = unit as Element;
      if (isSkippedElement(el) || skip?.(el)) continue;
    }
    if (unit.nodeType === 1 && splittable(unit as Element)) {
      const kids = (unit as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      continue;
    }
    const blocks = collectBlocks(unit, skip ? { skip } : undefined);
    for (const b of blocks) out.push(b);
  }
  return out;
}

/** Open shadow roots under `root` (not inside skipped subtrees), found in slices. */
export async function findShadowRoots(doc: Document, root: Node, slicer: Slicer): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, 1);
  let n = 0;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if ((++n & 255) === 0) await slicer.tick();
    const sr = el.shadowRoot;
    if (sr && !tagOf(el).startsWith('backstory-')) found.push(sr);
  }
  return found;
}
