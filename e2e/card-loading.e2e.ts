import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './support/article-page';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { ROOT, SAMPLE_PAGE } from './support/paths';
import { serve } from './support/server';

/*
 * The card's code is not in the content script: it is loaded from the
 * extension on a page's first use, or at idle once the page has highlights
 * (utils/content/card-loader.ts). A page with nothing to highlight never gets
 * it, and no page script can see it where it runs.
 */

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof serve>>;

/**
 * Which parts of the card's code have run in the tab's top frame, read in the
 * extension's isolated world (where the content script and the card's code
 * run; `scripting.executeScript` with a function runs there too).
 */
async function partsLoaded(page: Page): Promise<{ card: boolean; notes: boolean }> {
  return ext.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const [res] = await chrome.scripting.executeScript({
      target: { tabId: tab!.id! },
      func: () => {
        const g = globalThis as unknown as Record<symbol, unknown>;
        return { card: g[Symbol.for('backstory.card')] !== undefined, notes: g[Symbol.for('backstory.card-notes')] !== undefined };
      },
    });
    return res!.result as { card: boolean; notes: boolean };
  }, page.url());
}

beforeAll(async () => {
  server = await serve({ sample: join(SAMPLE_PAGE, '..'), pages: join(ROOT, 'e2e', 'pages') });
  // The first pass's end is read from the content script's 'backstory:done' mark.
  ext = await launchWithExtension({ benchmarkMarks: true });
  await ext.worker.evaluate('globalThis.__name = (f) => f');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the card\'s code', () => {
  it('never reaches a page with nothing to highlight, even when the reader clicks and scrolls there', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/pages/no-entities.html`);
    const article = new ArticlePage(page);
    // Past its first pass the session has painted nothing, so it asks for no card code (nor at idle, nor on scroll).
    await article.waitForDone();
    expect(await article.highlightCount()).toBe(0);
    await page.mouse.click(200, 200);
    await page.mouse.wheel(0, 400);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await partsLoaded(page)).toEqual({ card: false, notes: false });
    await page.close();
  });

  it('is loaded ahead, at idle, once a page has highlights, out of the page\'s sight; a click then opens a card', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/sample/${SAMPLE_PAGE.split('/').pop()}`);
    const article = new ArticlePage(page);
    await article.waitForHighlights(5);
    await expect.poll(() => partsLoaded(page), { timeout: 10_000 }).toEqual({ card: true, notes: false });
    // The page's own world has another global object: nothing of the card is on it.
    expect(await page.evaluate(() => Object.getOwnPropertySymbols(globalThis).map(String))).toEqual([]);
    // Nothing of it is web-accessible either: a page can't probe for it.
    expect(await page.evaluate(async (id) => fetch(`chrome-extension://${id}/card.js`).then(() => 'fetched', () => 'refused'), ext.extensionId)).toBe('refused');
    await article.clickText('Putin');
    await expect.poll(() => article.card().isOpen()).toBe(true);
    await page.close();
  });
});
