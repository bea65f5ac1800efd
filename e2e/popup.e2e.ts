import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './support/article-page';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { ROOT } from './support/paths';
import { FullPopupPage, tabIdOf } from './support/popup-page';
import { serve } from './support/server';

/*
 * The popup and notes in Chromium, on the project's own sample page: notes
 * from a card and from a selection, accent-blind search, edit, delete and
 * undo, export → wipe → import, the per-site switch, and axe-core.
 */

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof serve>>;
let url: string;
let article: Page;
let tabId: number;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve({ pages: join(ROOT, 'e2e', 'pages') });
  url = `${server.origin}/pages/sample-it.html`;
  ext = await launchWithExtension();
  article = await ext.context.newPage();
  article.on('pageerror', (e) => errors.push(e.message));
  await article.goto(url);
  await new ArticlePage(article).waitForHighlights(5);
  tabId = await tabIdOf(ext.worker, url);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function popup(opts: { tab?: string } = {}): Promise<FullPopupPage> {
  const p = await FullPopupPage.open(ext.context, ext.extensionId, { tabId, ...opts });
  p.page.on('pageerror', (e) => errors.push(`popup: ${e.message}`));
  return p;
}

describe('popup and notes', () => {
  it('adds a note from a card', async () => {
    const page = new ArticlePage(article);
    await page.clickText('Putin');
    const card = page.card();
    await expect.poll(() => card.count('textarea[name="note"]')).toBe(1);
    await card.type('textarea[name="note"]', 'Prima visita in ventiquattro anni: è una novità');
    await card.click('button.primary', 'Save note');
    await expect.poll(() => card.texts('.note')).toContain('Prima visita in ventiquattro anni: è una novità');
    await article.keyboard.press('Escape');
  });

  it('adds a quote note through the selection path and anchors it', async () => {
    const quote = 'prima visita in Corea del Nord';
    await article.evaluate((q) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(q);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + q.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return;
      }
      throw new Error('quote not on page');
    }, quote);
    const p = await popup();
    const r = await p.send<{ draft: { quote: string }; saved: { ok: boolean; note: { selectors: { quote: { exact: string; prefix: string }; position: { start: number } } } } }>({
      type: 'noteFromSelection',
      tabId,
      selectionText: quote,
      text: 'Perché adesso? Verificare la citazione',
      tags: ['da-verificare'],
    });
    expect(r.saved.ok).toBe(true);
    expect(r.saved.note.selectors.quote.exact).toBe(quote);
    expect(r.saved.note.selectors.quote.prefix.length).toBeGreaterThan(0);
    expect(r.saved.note.selectors.position.start).toBeGreaterThan(0);
    await p.page.close();
  });

  it('opens the popup on a selection draft (as "Add note…" does) and saves it with its quote', async () => {
    await article.evaluate(() => getSelection()!.removeAllRanges());
    const p = await popup();
    // No selection left on the page: the background falls back to the text the menu reported.
    const { draft } = await p.send<{ draft: object }>({ type: 'noteFromSelection', tabId, selectionText: 'Putin' });
    // What the context-menu handler does before opening the popup window.
    await ext.worker.evaluate((d) => (globalThis as unknown as { chrome: { storage: { session: { set(o: object): Promise<void> } } } }).chrome.storage.session.set({ noteDraft: d }), draft);
    await p.page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}&draft=1`);
    await expect.poll(() => p.page.locator('form.new-note blockquote').textContent()).toBe('Putin');
    await expect.poll(() => p.page.locator('select[name="entity"]').inputValue()).not.toBe('');
    await p.page.locator('textarea[name="new-note"]').fill('Nota temporanea');
    await p.page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => p.note('Nota temporanea').locator('blockquote').textContent()).toBe('Putin');
    await p.note('Nota temporanea').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => p.note('Nota temporanea').count()).toBe(0);
    await p.page.close();
  });

  it('finds notes by words typed with other accents and case, then edits, deletes and undoes', async () => {
    const p = await popup({ tab: 'notes' });
    await expect.poll(() => p.notes().count()).toBe(2);
    await p.search('PERCHE');
    await expect.poll(() => p.notes().allTextContents()).toEqual([expect.stringContaining('Perché adesso?')]);
    await p.search('novita ventiquattro');
    await expect.poll(() => p.notes().allTextContents()).toEqual([expect.stringContaining('è una novità')]);
    // The quote and the entity's name are searchable too.
    await p.search('corea nord');
    await expect.poll(() => p.notes().count()).toBe(1);
    await p.search('vladimir');
    await expect.poll(() => p.notes().allTextContents()).toEqual([expect.stringContaining('è una novità')]);

    const item = p.note('è una novità');
    const id = await item.getAttribute('data-note-id');
    await item.getByRole('button', { name: 'Edit' }).click();
    const form = p.page.locator(`li.note[data-note-id="${id}"]`);
    await form.locator('textarea[name="edit"]').fill('Prima visita dal 2000, è una novità');
    await form.locator('input[name="edit-tags"]').fill('storia');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.textContent()).toContain('#storia');

    await p.search('');
    await expect.poll(() => p.notes().count()).toBe(2);
    await p.note('dal 2000').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => p.notes().count()).toBe(1);
    await p.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => p.page.locator(`li.note[data-note-id="${id}"]`).textContent()).toContain('Prima visita dal 2000');

    // Undo restored the stored record itself: a fresh popup sees it with its tag.
    await p.page.reload();
    await p.search('storia');
    await expect.poll(() => p.notes().allTextContents()).toEqual([expect.stringContaining('Prima visita dal 2000')]);
    await p.page.close();
  });

  it('exports, wipes and imports, and every note is back', async () => {
    const p = await popup({ tab: 'settings' });
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(text) as { format: string; notes: { id: string; text: string }[] };
    expect(exported.format).toBe('backstory-export');
    expect(exported.notes).toHaveLength(2);

    for (const n of exported.notes) await p.send({ type: 'deleteNote', id: n.id });
    expect(await p.send<unknown[]>({ type: 'listNotes' })).toEqual([]);

    // A bad file first: a clear message, and nothing changes.
    await p.page.locator('input[name="import-file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
    await expect.poll(() => p.page.getByRole('alert').textContent()).toMatch(/cut short|not valid JSON/);
    expect(await p.send<unknown[]>({ type: 'listNotes' })).toEqual([]);

    await p.page.locator('input[name="import-file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => p.page.getByTestId('import-report').textContent()).toMatch(/Imported: 2 added/);
    const back = await p.send<{ id: string; text: string }[]>({ type: 'listNotes' });
    expect(back.map((n) => [n.id, n.text]).sort()).toEqual(exported.notes.map((n) => [n.id, n.text]).sort());
    await p.page.close();
  });

  it('flags a quote note as orphaned when its passage is gone from the page, and keeps it', async () => {
    await article.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        if (t.data.includes('prima visita in Corea del Nord')) t.data = 'Testo riscritto completamente dalla redazione.';
      }
    });
    const p = await popup({ tab: 'notes' });
    await expect.poll(() => p.note('Perché adesso?').getByTestId('orphaned').count()).toBe(1);
    await p.page.locator('input[name="filter-orphaned"]').check();
    await expect.poll(() => p.notes().allTextContents()).toEqual([expect.stringContaining('Perché adesso?')]);
    await p.page.close();
    await article.reload();
    await new ArticlePage(article).waitForHighlights(5);
  });

  it('switches highlighting off and on for the site', async () => {
    const p = await popup({ tab: 'page' });
    const toggle = p.page.getByRole('switch', { name: /Highlight on 127\.0\.0\.1/ });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(async () => (await p.storedSettings()).disabledSites).toEqual(['127.0.0.1']);
    await expect.poll(async () => (await new ArticlePage(article).painted()).length).toBe(0);
    await toggle.check();
    await expect.poll(async () => (await p.storedSettings()).disabledSites).toEqual([]);
    await new ArticlePage(article).waitForHighlights(5);
    await p.page.close();
  });

  it('is keyboard navigable and has no serious or critical axe violations on any tab', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const p = await popup({ tab: 'page' });
    await expect.poll(() => p.page.locator('button.entity').count()).toBeGreaterThan(3);
    await p.tab('On this page').focus();
    await p.page.keyboard.press('ArrowRight');
    await expect.poll(() => p.tab('Facts').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => p.page.evaluate(() => document.activeElement?.id)).toBe('tab-facts');
    await p.page.keyboard.press('End');
    await expect.poll(() => p.tab('Settings').getAttribute('aria-selected')).toBe('true');
    await p.page.keyboard.press('ArrowRight');
    await expect.poll(() => p.tab('On this page').getAttribute('aria-selected')).toBe('true');

    for (const name of ['On this page', 'Facts', /^Notes/, 'Settings']) {
      await p.tab(name).click();
      await p.page.waitForTimeout(300);
      expect(await p.axe(axe), `axe on ${String(name)}`).toEqual([]);
    }
    await p.page.emulateMedia({ colorScheme: 'dark' });
    expect(await p.axe(axe), 'axe in dark mode').toEqual([]);
    await p.page.close();
  });

  it('highlights a name the reader added (the "Highlight this name" path) on the next read of a page', async () => {
    const p = await popup();
    const added = await p.send<{ id: string; created: boolean }>({ type: 'addUserEntity', label: 'Backstory', aliases: [], entityType: 'organization' });
    expect(added).toMatchObject({ id: 'user-backstory', created: true });
    await article.reload();
    await expect.poll(async () => (await new ArticlePage(article).painted()).some((r) => r.text === 'Backstory'), { timeout: 15_000 }).toBe(true);
    // The Facts tab lists it as the reader's own.
    await p.page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=facts`);
    await p.page.locator('input[name="facts-search"]').fill('backstory');
    await expect.poll(() => p.page.locator('li.fact-entity').allTextContents()).toEqual([expect.stringContaining('added by you')]);
    await p.page.close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
