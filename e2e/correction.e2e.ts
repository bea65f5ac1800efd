import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './support/article-page';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { ROOT } from './support/paths';
import { FullPopupPage, tabIdOf } from './support/popup-page';
import { serve } from './support/server';

/*
 * The reader's correction of a page's date, made in the popup: recognition
 * runs again at once, the card's "as of" follows it, and a later visit of
 * the same address keeps it until the reader takes it back.
 */

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof serve>>;
let url: string;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve({ pages: join(ROOT, 'e2e', 'pages') });
  url = `${server.origin}/pages/sample-it.html`;
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The card's "as of" heading for the entity written `name` on the page. */
async function asOfFor(article: ArticlePage, name: string): Promise<string> {
  await article.clickText(name);
  const card = article.card();
  await expect.poll(() => card.isOpen(), { timeout: 10_000 }).toBe(true);
  let heading = '';
  await expect.poll(async () => (heading = (await card.texts('h3')).find((t) => /\d{4}-\d{2}/.test(t)) ?? ''), { timeout: 10_000 }).not.toBe('');
  await article.page.keyboard.press('Escape');
  return heading;
}

async function correctDate(popup: FullPopupPage, date: string): Promise<void> {
  await popup.page.getByRole('button', { name: /Correct|Correggi|Corriger|Korrigieren|Corregir/ }).click();
  await popup.page.locator('input[name="page-date"]').fill(date);
  await popup.page.locator('form button[type="submit"]').click();
  await expect.poll(() => popup.page.getByRole('status').textContent()).not.toBe('');
}

describe('a correction of the date', () => {
  it('re-runs recognition at once and on every later visit, and the card’s "as of" follows it', async () => {
    const page = await ext.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const article = new ArticlePage(page);
    await article.waitForHighlights(5);
    expect(await asOfFor(article, 'Putin')).toContain('2024-06-20');

    const tabId = await tabIdOf(ext.worker, url);
    const popup = await FullPopupPage.open(ext.context, ext.extensionId, { tabId });
    await expect.poll(() => popup.page.getByTestId('page-date').textContent()).toBe('2024-06-20');
    await correctDate(popup, '2019-03-01');
    await expect.poll(() => popup.page.getByTestId('page-date').textContent()).toBe('2019-03-01');

    // At once, on the open page: highlights come back and cards are as of the corrected date.
    await article.waitForHighlights(5);
    expect(await asOfFor(article, 'Putin')).toContain('2019-03-01');

    // A later visit of the same address.
    await page.reload();
    await article.waitForHighlights(5);
    expect(await asOfFor(article, 'Putin')).toContain('2019-03-01');
    const state = await popup.send<{ date: string | null } | null>({ type: 'getPageContext', url });
    expect(state?.date).toBe('2019-03-01');

    // Taken back: the page's own date again.
    await popup.send({ type: 'setPageContext', url, context: null });
    await page.reload();
    await article.waitForHighlights(5);
    expect(await asOfFor(article, 'Putin')).toContain('2024-06-20');
    await popup.page.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});
