/**
 * Splits a DOM subtree into blocks of visible text. Decided by tag names, not
 * computed style, so it behaves the same in the content script, happy-dom and
 * linkedom. Inline elements do not split blocks: "<a>Kim</a> Jong-un" is one
 * string, and each text node's offset inside it is kept for mapping back.
 */

export interface TextBlock { text: string; nodes: { node: Text; start: number }[] }

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'iframe', 'legend', 'li', 'main', 'menu', 'nav', 'noframes',
  'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'img', 'video', 'audio', 'picture', 'object', 'embed', 'canvas', 'button',
]);

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'svg', 'math', 'head', 'title', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'button',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Whether an element and its subtree are never annotated (the same rule for every caller). */
export function isSkippedElement(el: Element): boolean {
  const tag = el.localName?.toLowerCase() ?? el.tagName.toLowerCase();
  if (SKIP_TAGS.has(tag) || tag.startsWith('backstory-')) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('contenteditable')) return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/**
 * Whether `node` is inside something the reader may be typing into: an
 * element with `contenteditable` (other than "false") or a text field, on the
 * node itself or above it (across shadow hosts), or a document in design
 * mode. Drafts are the reader's own, not the page's article: they are never
 * read, sent for recognition or highlighted. Attribute-based like the rest of
 * this file, so it answers the same in every DOM.
 */
export function inEditable(node: Node): boolean {
  const doc = (node.nodeType === 9 ? node : node.ownerDocument) as Document | null;
  if (doc?.designMode?.toLowerCase() === 'on') return true;
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const el = n as Element;
    const tag = (el.localName ?? el.tagName).toLowerCase();
    if (tag === 'textarea' || tag === 'input') return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
  }
  return false;
}

function isWhitespaceOnly(s: string): boolean {
  return !/[^\s\u200b\ufeff]/.test(s);
}

export function collectBlocks(root: Node, opts?: { skip?: (el: Element) => boolean }): TextBlock[] {
  const skip = opts?.skip;
  const blocks: TextBlock[] = [];
  // Descendants that are editable are skipped below; a root inside an editable region, here.
  if (inEditable(root)) return blocks;
  let text = '';
  let nodes: { node: Text; start: number }[] = [];
  const flush = (): void => {
    if (nodes.length > 0 && !isWhitespaceOnly(text)) blocks.push({ text, nodes });
    text = '';
    nodes = [];
  };
  // Iterative walk: article DOMs can be deep enough to make recursion risky.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push({ node: node as Text, start: text.length });
        text += data;
      }
      continue;
    }
    // Comments and processing instructions carry no visible text; documents and fragments are walked.
    if (type !== ELEMENT_NODE && type !== 9 && type !== 11) continue;
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = (el.localName ?? el.tagName).toLowerCase();
      const isBlock = BLOCK_TAGS.has(tag);
      if (exit) { if (isBlock) flush(); continue; }
      if (isSkippedElement(el) || (skip !== undefined && node !== root && skip(el))) {
        if (isBlock) flush();
        continue;
      }
      if (isBlock) { flush(); stack.push({ node, exit: true }); }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return blocks;
}
