import type { BrowserContext, Page, Worker } from 'playwright-core';

/**
 * The tab id of the page at `url`. The extension has no "tabs" permission, so
 * tab URLs are hidden from it: each tab's content script is asked instead.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const state = (await chrome.tabs.sendMessage(tab.id, { type: 'getPageState' }).catch(() => null)) as { url?: string } | null;
      if (state?.url === u) return tab.id;
    }
    return null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Page object for the toolbar popup, opened in a tab and pinned to one page's tab. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tabId=${tabId}` : ''}`);
    return new PopupPage(page);
  }

  entityButtons() {
    return this.page.locator('button.entity');
  }

  async openNotes(): Promise<void> {
    await this.page.getByRole('tab', { name: /Notes/ }).click();
  }

  notes() {
    return this.page.locator('li.note');
  }

  async addNote(text: string, aboutLabel?: string): Promise<void> {
    await this.page.locator('textarea[name="new-note"]').fill(text);
    if (aboutLabel) await this.page.locator('select[name="entity"]').selectOption({ label: aboutLabel });
    await this.page.getByRole('button', { name: 'Add note' }).click();
  }

  async editNote(oldText: string, newText: string): Promise<void> {
    // Pin the item by id: once it turns into a form, its text is a textarea's value, not text content.
    const id = await this.notes().filter({ hasText: oldText }).getAttribute('data-note-id');
    const item = this.page.locator(`li.note[data-note-id="${id}"]`);
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.locator('textarea[name="edit"]').fill(newText);
    await item.getByRole('button', { name: 'Save' }).click();
  }

  async deleteNote(text: string): Promise<void> {
    await this.notes().filter({ hasText: text }).getByRole('button', { name: 'Delete' }).click();
  }
}

type Runtime = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };

/** The popup's newer tabs and actions (notes search, undo, data, settings, accessibility). */
export class FullPopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, opts: { tabId?: number; tab?: string } = {}): Promise<FullPopupPage> {
    const page = await context.newPage();
    const q = new URLSearchParams();
    if (opts.tabId) q.set('tabId', String(opts.tabId));
    if (opts.tab) q.set('tab', opts.tab);
    await page.goto(`chrome-extension://${extensionId}/popup.html?${q}`);
    return new FullPopupPage(page);
  }

  tab(name: RegExp | string) {
    return this.page.getByRole('tab', { name });
  }

  notes() {
    return this.page.locator('li.note');
  }

  note(text: string) {
    return this.notes().filter({ hasText: text });
  }

  async search(q: string): Promise<void> {
    await this.page.locator('input[name="notes-search"]').fill(q);
  }

  /** A request to the background, sent from this extension page like the popup's own. */
  send<T = unknown>(message: unknown): Promise<T> {
    return this.page.evaluate((m) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage(m), message) as Promise<T>;
  }

  async storedSettings(): Promise<Record<string, unknown>> {
    return this.page.evaluate(async () => ((await (globalThis as unknown as Runtime).chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
  }

  /** Runs axe-core in the page; returns the serious and critical violations. */
  async axe(source: string): Promise<{ id: string; impact: string; nodes: string[] }[]> {
    // An extension page's CSP forbids inline <script> (addScriptTag); the DevTools protocol's evaluation is not a page script.
    await this.page.evaluate(source);
    return this.page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
      const r = await axe.run(document);
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html).slice(0, 3) }));
    });
  }
}
