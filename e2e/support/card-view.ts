import type { CDPSession, Page } from 'playwright-core';

/** A node of `DOM.getDocument` as far as the card lookup needs it. */
interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findByTag(node: DomNode, tag: string): DomNode | null {
  if (node.localName === tag) return node;
  for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const hit = findByTag(next, tag);
    if (hit) return hit;
  }
  return null;
}

/**
 * The card as the reader sees it, read through the DevTools protocol. Its
 * shadow root is closed, so page scripts (and Playwright's locators, which run
 * as page scripts) can't reach into it; `DOM.getDocument` with `pierce: true`
 * can, and no page has that. Acting on it goes through the real mouse and
 * keyboard (trusted input), as a reader's would.
 */
export class CardView {
  private session: Promise<CDPSession> | null = null;

  constructor(
    readonly page: Page,
    private readonly hostTag = 'backstory-card',
  ) {}

  private cdp(): Promise<CDPSession> {
    this.session ??= this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** The node id of the card's shadow root, or null when no card is open. */
  private async root(): Promise<{ cdp: CDPSession; id: number } | null> {
    const cdp = await this.cdp();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findByTag(root, this.hostTag);
    const shadow = host?.shadowRoots?.[0];
    return shadow ? { cdp, id: shadow.nodeId } : null;
  }

  private async all(selector: string): Promise<{ cdp: CDPSession; ids: number[] }> {
    const r = await this.root();
    if (!r) return { cdp: await this.cdp(), ids: [] };
    const { nodeIds } = (await r.cdp.send('DOM.querySelectorAll', { nodeId: r.id, selector })) as { nodeIds: number[] };
    return { cdp: r.cdp, ids: nodeIds };
  }

  /** Calls `fn` with a node of the card as `this`: only the DevTools protocol hands out such a reference. */
  private async call<T>(cdp: CDPSession, nodeId: number, fn: string): Promise<T> {
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: T } };
    return result.value;
  }

  async isOpen(): Promise<boolean> {
    return (await this.root()) !== null;
  }

  async count(selector: string): Promise<number> {
    return (await this.all(selector)).ids.length;
  }

  /** Text contents of every element matching `selector` in the card. */
  async texts(selector: string): Promise<string[]> {
    const { cdp, ids } = await this.all(selector);
    const out: string[] = [];
    for (const id of ids) out.push(await this.call<string>(cdp, id, 'function () { return this.textContent; }'));
    return out;
  }

  /** The first match's text, or null when there is none (no card, or not rendered yet). */
  async text(selector = '.card'): Promise<string | null> {
    return (await this.texts(selector))[0] ?? null;
  }

  private async nodeOf(selector: string, hasText?: string): Promise<{ cdp: CDPSession; id: number }> {
    const { cdp, ids } = await this.all(selector);
    for (const id of ids) {
      if (hasText === undefined || (await this.call<string>(cdp, id, 'function () { return this.textContent; }')).includes(hasText)) return { cdp, id };
    }
    throw new Error(`no ${selector}${hasText ? ` with "${hasText}"` : ''} in the card`);
  }

  async box(selector = '.card'): Promise<{ x: number; y: number; width: number; height: number }> {
    const { cdp, id } = await this.nodeOf(selector);
    return this.call(cdp, id, 'function () { const r = this.getBoundingClientRect(); return { x: r.left, y: r.top, width: r.width, height: r.height }; }');
  }

  /** Clicks the middle of an element of the card with the real mouse. */
  async click(selector: string, hasText?: string): Promise<void> {
    const { cdp, id } = await this.nodeOf(selector, hasText);
    const p = await this.call<{ x: number; y: number }>(
      cdp,
      id,
      "function () { this.scrollIntoView({ block: 'nearest' }); const r = this.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }",
    );
    await this.page.mouse.click(p.x, p.y);
  }

  /** Focuses a field of the card and types into it with the keyboard. */
  async type(selector: string, text: string): Promise<void> {
    const { cdp, id } = await this.nodeOf(selector);
    await cdp.send('DOM.focus', { nodeId: id });
    await this.page.keyboard.insertText(text);
  }

  /** Focuses an element of the card (a select, to change it with the arrow keys). */
  async focus(selector: string): Promise<void> {
    const { cdp, id } = await this.nodeOf(selector);
    await cdp.send('DOM.focus', { nodeId: id });
  }

  async value(selector: string): Promise<string> {
    const { cdp, id } = await this.nodeOf(selector);
    return this.call<string>(cdp, id, 'function () { return this.value; }');
  }

  /**
   * Runs `fn` (a function's source) in the page's world with an element of the
   * card as `this`: what a page script could do if it ever got a reference,
   * e.g. dispatch synthetic events on the card's own buttons.
   */
  async run<T = unknown>(selector: string, fn: string): Promise<T> {
    const { cdp, id } = await this.nodeOf(selector);
    return this.call<T>(cdp, id, fn);
  }

  /**
   * Runs `fn` in the page's world with the card's element as `this`, and the
   * host's `shadowRoot` answering as if it were open, for tools such as axe
   * that walk the tree themselves. Test-only: the page itself never gets this
   * reference.
   */
  async inPageWorld<T>(fn: string, selector = '.card'): Promise<T> {
    const r = await this.root();
    if (!r) throw new Error('no card is open');
    const { object: rootObj } = (await r.cdp.send('DOM.resolveNode', { nodeId: r.id })) as { object: { objectId: string } };
    const { nodeIds } = (await r.cdp.send('DOM.querySelectorAll', { nodeId: r.id, selector })) as { nodeIds: number[] };
    const { object: el } = (await r.cdp.send('DOM.resolveNode', { nodeId: nodeIds[0]! })) as { object: { objectId: string } };
    const { result, exceptionDetails } = (await r.cdp.send('Runtime.callFunctionOn', {
      objectId: rootObj.objectId,
      functionDeclaration: `async function (el) {
        const host = this.host;
        Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => this });
        try { return await (${fn}).call(el); } finally { delete host.shadowRoot; }
      }`,
      arguments: [{ objectId: el.objectId }],
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }
}
