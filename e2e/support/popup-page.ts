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
