import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST_TAG } from '../components/card/mount';
import { MARK_TAG } from '../utils/highlight/custom-highlights';
import { firefoxPath, launchFirefoxWithExtension, shadowTexts, type FirefoxWithExtension } from './support/firefox';
import { ROOT } from './support/paths';
import { serve } from './support/server';

const FIREFOX = firefoxPath();
if (!FIREFOX) console.warn('Skipping the Firefox end-to-end test: no Firefox found (install Debian\'s "firefox-esr" package or set FIREFOX_PATH).');

/** Names a reader expects highlighted on the project's sample page. */
const EXPECTED = ['Putin', 'Kim Jong-un', 'Russia', 'Corea del Nord', 'Mosca', 'Pyongyang'];

/**
 * What the extension painted, read in the page: the CSS Custom Highlight
 * registry where Firefox has it, else the fallback's wrapper elements.
 */
function painted(page: Page): Promise<{ via: 'highlights' | 'marks'; texts: string[] }> {
  return page.evaluate((markTag) => {
    const texts: string[] = [];
    if ('highlights' in CSS) {
      CSS.highlights.forEach((hl) => hl.forEach((r) => texts.push((r as Range).toString())));
      if (texts.length) return { via: 'highlights' as const, texts };
    }
    for (const el of Array.from(document.querySelectorAll(markTag))) texts.push(el.textContent ?? '');
    return { via: texts.length ? ('marks' as const) : ('highlights' as const), texts };
  }, MARK_TAG);
}

/** The middle of the first occurrence of `needle` in the body's text, scrolled into view. */
function pointOf(page: Page, needle: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      const rect = r.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, needle);
}

describe.skipIf(!FIREFOX)('the Firefox build in a real Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let sampleUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serve({ pages: join(ROOT, 'e2e', 'pages') });
    sampleUrl = `${server.origin}/pages/sample-it.html`;
    ff = await launchFirefoxWithExtension();
    console.log(`${ff.version} (${FIREFOX}) with Backstory installed as a temporary add-on: ${ff.extensionId}`);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('highlights the recognised names, opens a card on a real click, and the card shows facts from the background', async () => {
    const page = await ff.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    await page.goto(sampleUrl);

    await expect.poll(async () => (await painted(page)).texts.length, { timeout: 20_000, interval: 200 }).toBeGreaterThanOrEqual(EXPECTED.length);
    const paint = await painted(page);
    console.log(`painted through ${paint.via === 'highlights' ? 'CSS.highlights' : `<${MARK_TAG}> elements`}: ${paint.texts.length} ranges`);
    for (const name of EXPECTED) expect(paint.texts, `missing highlight: ${name}`).toContain(name);
    // "i due Paesi" is a common noun, never the Netherlands.
    expect(paint.texts).not.toContain('Paesi');

    expect(await page.$(CARD_HOST_TAG)).toBeNull();
    const point = await pointOf(page, 'Putin');
    expect(point, '"Putin" is on the page').not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForSelector(CARD_HOST_TAG, { timeout: 10_000 });

    // The card's text comes from the background (its `card` answer): the title and at least one fact.
    await expect.poll(() => shadowTexts(ff, page, CARD_HOST_TAG, '.title'), { timeout: 10_000 }).toEqual(['Vladimir Putin']);
    await expect.poll(async () => (await shadowTexts(ff, page, CARD_HOST_TAG, '.fact'))?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const card = (await shadowTexts(ff, page, CARD_HOST_TAG, '.card'))?.join(' ') ?? '';
    expect(card).toContain('Russia');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.$(CARD_HOST_TAG).then((h) => h === null)).toBe(true);
    await page.close();
  });

  it('raised no page or console errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
