import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './support/article-page';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { HAS_SHARED, ROOT, SAMPLE_PAGE, SHARED } from './support/paths';
import { PopupPage, tabIdOf } from './support/popup-page';
import { serve } from './support/server';

/** The surfaces a reader expects highlighted on the sample page. */
function expectedSurfaces(): string[] {
  if (!HAS_SHARED) return ['Putin', 'Kim Jong-un', 'Russia', 'Corea del Nord', 'Mosca', 'Pyongyang', 'Stati Uniti', 'Corea del Sud', 'Giappone', 'Unione Europea', 'Cina', 'patto di mutua difesa'];
  const gold = JSON.parse(readFileSync(join(SHARED, 'seed', 'seed.gold.json'), 'utf8')) as {
    entities: { tier: string; surfaces: string[] }[];
  };
  return gold.entities.filter((e) => e.tier === 'core').flatMap((e) => e.surfaces);
}

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof serve>>;
let sampleUrl: string;
const pageErrors: string[] = [];

function watchErrors(page: Page) {
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${page.url()}: console: ${m.text()}`);
  });
}

beforeAll(async () => {
  server = await serve({ sample: join(SAMPLE_PAGE, '..'), pages: join(ROOT, 'e2e', 'pages') });
  sampleUrl = `${server.origin}/sample/${SAMPLE_PAGE.split('/').pop()}`;
  ext = await launchWithExtension();
  console.log(`Chromium ${ext.context.browser()?.version() ?? ''} with Backstory loaded as ${ext.extensionId}; sample: ${HAS_SHARED ? 'shared seed page' : 'project sample page'}`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the sample article in Chromium with the extension loaded', () => {
  it('highlights every core actor and the pact', async () => {
    const page = await ext.context.newPage();
    watchErrors(page);
    await page.goto(sampleUrl);
    const article = new ArticlePage(page);
    const painted = await article.waitForHighlights(expectedSurfaces().length);
    const texts = new Set(painted.map((p) => p.text));
    for (const surface of expectedSurfaces()) expect(texts, `missing highlight: ${surface}`).toContain(surface);
    expect(painted.find((p) => p.text === 'patto di mutua difesa')?.highlight).toBe('treaty');
    expect(painted.find((p) => p.text === 'Mosca')?.highlight).toBe('place');
    // "i due Paesi" is a common noun, never the Netherlands.
    expect(texts.has('Paesi')).toBe(false);
    await page.close();
  });

  it('opens a card with facts when a highlight is clicked, and closes it with Escape', async () => {
    const page = await ext.context.newPage();
    watchErrors(page);
    await page.goto(sampleUrl);
    const article = new ArticlePage(page);
    await article.waitForHighlights(5);
    await article.clickText('Putin');
    const card = article.card();
    await expect.poll(() => card.text('.title')).toBe('Vladimir Putin');
    await expect.poll(() => card.count('.fact')).toBeGreaterThan(0);
    expect(await card.text()).toContain('Russia');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('backstory-card').count()).toBe(0);

    await article.clickText('patto di mutua difesa');
    await expect.poll(() => card.text('.title')).toMatch(/Russia.*North Korea|Russia.*Corea del Nord/);
    await page.close();
  });

  it('lists the page entities in the popup', async () => {
    const page = await ext.context.newPage();
    await page.goto(sampleUrl);
    await new ArticlePage(page).waitForHighlights(5);
    const popup = await PopupPage.open(ext.context, ext.extensionId, await tabIdOf(ext.worker, sampleUrl));
    await expect.poll(() => popup.entityButtons().count()).toBeGreaterThanOrEqual(10);
    const labels = await popup.entityButtons().allTextContents();
    expect(labels.join(' ')).toContain('Vladimir Putin');
    expect(labels.join(' ')).toContain('Pyongyang');
    await popup.page.close();
    await page.close();
  });

  it('creates, edits and deletes notes that survive a reload and a browser restart', async () => {
    const page = await ext.context.newPage();
    await page.goto(sampleUrl);
    await new ArticlePage(page).waitForHighlights(5);
    let popup = await PopupPage.open(ext.context, ext.extensionId, await tabIdOf(ext.worker, sampleUrl));
    await popup.openNotes();
    await popup.addNote('Second visit since 2000', 'Vladimir Putin');
    await popup.addNote('To delete');
    await expect.poll(() => popup.notes().count()).toBe(2);
    await popup.editNote('Second visit since 2000', 'First visit in 24 years');
    await popup.deleteNote('To delete');
    await expect.poll(() => popup.notes().allTextContents()).toEqual([expect.stringContaining('First visit in 24 years')]);

    await popup.page.reload();
    await popup.openNotes();
    await expect.poll(() => popup.notes().allTextContents()).toEqual([expect.stringContaining('First visit in 24 years')]);

    // The entity note also shows on that entity's card.
    await new ArticlePage(page).clickText('Putin');
    await expect.poll(() => new ArticlePage(page).card().texts('.note')).toEqual(['First visit in 24 years']);

    await ext.close({ keepProfile: true });
    ext = await launchWithExtension({ userDataDir: ext.userDataDir });
    popup = await PopupPage.open(ext.context, ext.extensionId);
    await popup.openNotes();
    await expect.poll(() => popup.notes().allTextContents()).toEqual([expect.stringContaining('First visit in 24 years')]);
  });

  it('shows nothing and raises no page errors on a page without entities', async () => {
    const page = await ext.context.newPage();
    watchErrors(page);
    await page.goto(`${server.origin}/pages/no-entities.html`);
    await page.waitForTimeout(1500);
    expect(await new ArticlePage(page).painted()).toEqual([]);
    expect(await page.locator('backstory-card').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
  });

  it('raised no page or console errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
