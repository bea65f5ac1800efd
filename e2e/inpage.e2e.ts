import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticlePage, sendToTab, setSettings } from './support/article-page';
import { chromiumPath, askBackground as askExtension, launchWithExtension, type LoadedExtension } from './support/extension';
import { ARTIFACTS, HAS_SHARED, ROOT, SAMPLE_PAGE } from './support/paths';
import { serve } from './support/server';

/*
 * The in-page experience on the sample article and on a React app: switching
 * on and off, clicks, keyboard navigation, corrections, dynamic content, the
 * card's accessibility. Errors: the pages here are our own, so any page error
 * or console error at all fails the run, with or without the extension.
 */

let ext: LoadedExtension;
let plain: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let sampleUrl: string;
let reactUrl: string;
const errors: string[] = [];

const openPages: Page[] = [];

function watch(page: Page): ArticlePage {
  openPages.push(page);
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: console: ${m.text()}`);
  });
  return new ArticlePage(page);
}

/** The page's text as a browser without the extension shows it. */
async function baselineText(url: string): Promise<string> {
  const page = await plain.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(url);
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => document.body.innerText);
  await page.close();
  return text;
}

async function open(url: string, min = 5): Promise<ArticlePage> {
  const page = await ext.context.newPage();
  const article = watch(page);
  await page.goto(url);
  await article.waitForHighlights(min);
  return article;
}

const askBackground = (message: unknown): Promise<unknown> => askExtension(ext, message);

beforeAll(async () => {
  server = await serve({ sample: join(SAMPLE_PAGE, '..'), pages: join(ROOT, 'e2e', 'pages'), modules: join(ROOT, 'node_modules') });
  sampleUrl = `${server.origin}/sample/${SAMPLE_PAGE.split('/').pop()}`;
  reactUrl = `${server.origin}/pages/react-app.html`;
  // The corrections test waits for the content script's first pass by its marks.
  ext = await launchWithExtension({ benchmarkMarks: true });
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  mkdirSync(ARTIFACTS, { recursive: true });
  if (!HAS_SHARED) console.log('../shared is absent: the in-page tests use the project sample page');
});

afterAll(async () => {
  await plain?.close();
  await ext?.close();
  await server?.close();
});

afterEach(async () => {
  // A failed test must not leave its tab behind: tab messages find tabs by URL.
  for (const p of openPages.splice(0)) if (!p.isClosed()) await p.close();
});

beforeEach(async () => {
  await setSettings(ext.worker, { enabled: true, disabledSites: [], trigger: 'click', style: 'underline', uiLang: 'auto' });
});

describe('switching off and on', () => {
  it('leaves the page text exactly as a browser without the extension shows it, and removes every trace when off', async () => {
    const before = await baselineText(sampleUrl);
    const article = await open(sampleUrl);
    const page = article.page;
    expect(await article.bodyText()).toBe(before);
    expect(await article.adoptedSheets()).toBe(1);
    await article.clickText('Putin');
    await expect.poll(() => page.locator('backstory-card').count()).toBe(1);

    await setSettings(ext.worker, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => article.highlightCount()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await article.adoptedSheets()).toBe(0);
    expect(await page.locator('backstory-card').count()).toBe(0);
    expect(await article.bodyText()).toBe(before);
    // Off means off: a click on the former highlight opens nothing.
    await article.clickText('Putin');
    await page.waitForTimeout(300);
    expect(await page.locator('backstory-card').count()).toBe(0);

    await setSettings(ext.worker, { disabledSites: [] });
    await article.waitForHighlights(10);
    expect(await article.adoptedSheets()).toBe(1);

    await setSettings(ext.worker, { enabled: false });
    await expect.poll(() => article.highlightCount()).toBe(0);
    await setSettings(ext.worker, { enabled: true });
    await article.waitForHighlights(10);
    await page.close();
  });

  it('toggles with the keyboard command, for this site', async () => {
    const article = await open(sampleUrl);
    expect(await sendToTab(ext.worker, sampleUrl, { type: 'toggleHighlights' })).toEqual({ on: false });
    await expect.poll(() => article.highlightCount()).toBe(0);
    expect(await sendToTab(ext.worker, sampleUrl, { type: 'toggleHighlights' })).toEqual({ on: true });
    await article.waitForHighlights(10);
    await article.page.close();
  });

  it('restyles without rescanning, and shows only the chosen types', async () => {
    const article = await open(sampleUrl);
    await setSettings(ext.worker, { style: 'background' });
    await expect.poll(() => article.adoptedCss()).not.toContain('text-decoration');
    await setSettings(ext.worker, { types: ['treaty'] });
    await expect.poll(async () => new Set((await article.painted()).map((p) => p.highlight))).toEqual(new Set(['treaty']));
    await setSettings(ext.worker, { types: ['person', 'country', 'place', 'organization', 'treaty'] });
    await article.waitForHighlights(10);
    await article.page.close();
  });
});

describe('cards', () => {
  it('opens the clicked entity, next to the term, without shifting the page; relations open other cards', async () => {
    const article = await open(sampleUrl);
    const page = article.page;
    const layout = () =>
      page.evaluate(() => ({ h: document.documentElement.scrollHeight, y: window.scrollY, p: document.querySelector('p')!.getBoundingClientRect().top }));
    await article.clickText('patto di mutua difesa');
    const before = await layout();
    const card = article.card();
    await expect.poll(() => card.text('.title')).toMatch(/Russia.*North Korea/);
    expect(await layout()).toEqual(before);
    const box = await card.box();
    const vp = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
    // The treaty's parties are on the page: each is a button to its own card.
    await expect.poll(async () => (await card.texts('.relations button')).filter((t) => t.includes('Russia')).length).toBe(1);
    await card.click('.relations button', 'Russia');
    await expect.poll(() => card.text('.title')).toBe('Russia');
    expect(await card.text()).toMatch(/Head of state/);
    await card.click('button.back');
    await expect.poll(() => card.text('.title')).toMatch(/Russia.*North Korea/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('backstory-card').count()).toBe(0);

    await article.clickText('Kim Jong-un');
    await expect.poll(() => card.text('.title')).toBe('Kim Jong-un');
    expect(await card.texts('dt')).toContain('Offices');
    await page.close();
  });

  it('adds a note inline, and shows a note saved elsewhere even though the card was fetched ahead', async () => {
    const article = await open(sampleUrl);
    const page = article.page;
    await page.waitForTimeout(1500); // cards are fetched ahead in idle time
    await askBackground({ type: 'saveNote', note: { entityId: 'Q7747', text: 'Saved from the popup', tags: [] } });
    await article.clickText('Putin');
    const card = article.card();
    await expect.poll(() => card.texts('.note')).toContain('Saved from the popup');
    await card.type('textarea[name="note"]', 'Added on the card');
    await card.click('button.primary', 'Save note');
    await expect.poll(() => card.texts('.note')).toEqual(expect.arrayContaining(['Saved from the popup', 'Added on the card']));
    const notes = (await askBackground({ type: 'listNotes', entityId: 'Q7747' })) as { id: string }[];
    for (const n of notes) await askBackground({ type: 'deleteNote', id: n.id });
  });

  it('speaks the UI language chosen in the settings, with entity names in it', async () => {
    await setSettings(ext.worker, { uiLang: 'it' });
    const article = await open(sampleUrl);
    await article.clickText('Kim Jong-un');
    const card = article.card();
    await expect.poll(() => card.texts('dt')).toContain('Cariche');
    expect(await card.texts('h3')).toEqual(expect.arrayContaining(['Fonti', 'Le tue note']));
    await article.page.close();
    await setSettings(ext.worker, { uiLang: 'auto' });
  });

  it('has no serious or critical accessibility violations, and is screenshotted light and dark', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    for (const scheme of ['light', 'dark'] as const) {
      const page = await ext.context.newPage();
      const article = watch(page);
      await page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'dark') {
        // A dark news page: the extension must pick its dark palette.
        await page.addInitScript(() =>
          document.addEventListener('DOMContentLoaded', () => {
            document.documentElement.style.cssText = 'background:#0d1117;color:#e6edf3;color-scheme:dark';
            document.body.style.background = '#0d1117';
          }),
        );
      }
      await page.goto(sampleUrl);
      await article.waitForHighlights(10);
      // The person colour of the chosen palette (#fb923c dark, #c2410c light), as the CSSOM serialises it.
      expect(await article.adoptedCss()).toContain(scheme === 'dark' ? 'rgb(251, 146, 60)' : 'rgb(194, 65, 12)');
      await article.clickText('Putin');
      await expect.poll(() => article.card().count('.fact')).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, `card-${scheme}.png`) });
      await page.addScriptTag({ content: axe });
      // axe walks shadow roots through `shadowRoot`, null for the closed one: the card view lends it the root for this run.
      const violations = await article.card().inPageWorld<{ id: string; impact: string; n: number }[]>(`async function () {
        const res = await window.axe.run({ include: [['backstory-card', '.card']] }, { resultTypes: ['violations'] });
        return res.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length }));
      }`);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    }
  });
});

describe('keyboard', () => {
  it('moves through highlights with the commands, opens a card with Enter, and leaves Enter in fields alone', async () => {
    const article = await open(sampleUrl);
    const page = article.page;
    const first = (await sendToTab(ext.worker, sampleUrl, { type: 'navigateEntity', dir: 'next' })) as { focused: string };
    expect(first.focused).toBeTruthy();
    const a = await article.focused();
    expect(a).toBeTruthy();
    await sendToTab(ext.worker, sampleUrl, { type: 'navigateEntity', dir: 'next' });
    const b = await article.focused();
    await sendToTab(ext.worker, sampleUrl, { type: 'navigateEntity', dir: 'previous' });
    expect(await article.focused()).toBe(a);
    expect(b).toBeTruthy();
    // The focused highlight is on screen.
    const focusName = await article.nameOf('focus');
    const inView = await page.evaluate((name) => {
      let r: DOMRect | null = null;
      CSS.highlights.get(name ?? '')?.forEach((x) => (r = (x as Range).getBoundingClientRect()));
      return !!r && (r as DOMRect).top >= 0 && (r as DOMRect).bottom <= innerHeight;
    }, focusName);
    expect(inView).toBe(true);

    // Enter typed into a field stays the field's.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.prepend(input);
    });
    await page.focus('#probe');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await page.locator('backstory-card').count()).toBe(0);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement).blur();
      document.getElementById('probe')!.remove();
    });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('backstory-card').count()).toBe(1);
    await expect.poll(() => article.card().text('.title')).toBeTruthy();
    // Focus moves into the card, so a keyboard user can read and act on it.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('backstory-card').count()).toBe(0);
    await page.close();
  });
});

describe('hover previews', () => {
  it('are off by default, and open a card after the chosen delay when switched on', async () => {
    const article = await open(sampleUrl);
    const page = article.page;
    const personName = await article.nameOf('person');
    const point = await page.evaluate((name) => {
      let r: DOMRect | null = null;
      CSS.highlights.get(name ?? '')?.forEach((x) => (r ??= (x as Range).getClientRects()[0] ?? null));
      const rect = r as DOMRect | null;
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }, personName);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await page.waitForTimeout(700);
    expect(await page.locator('backstory-card').count()).toBe(0);

    await setSettings(ext.worker, { trigger: 'hover', hoverDelayMs: 150 });
    await page.waitForTimeout(200);
    await page.mouse.move(point!.x + 1, point!.y);
    await expect.poll(() => page.locator('backstory-card').count(), { timeout: 3000 }).toBe(1);
    await setSettings(ext.worker, { trigger: 'click' });
  });
});

describe('corrections', () => {
  it('hides a term at once and remembers it across reloads, per site', async () => {
    const article = await open(sampleUrl);
    const page = article.page;
    expect((await article.painted()).some((p) => p.text === 'Mosca')).toBe(true);
    await article.clickText('Mosca');
    await expect.poll(() => article.card().count('button[name="ignore-term"]')).toBe(1);
    await article.card().click('button[name="ignore-term"]');
    await expect.poll(async () => (await article.painted()).some((p) => p.text === 'Mosca')).toBe(false);
    expect((await article.painted()).some((p) => p.text === 'Putin')).toBe(true);

    await page.reload();
    await article.waitForHighlights(5);
    await article.waitForDone();
    await page.waitForTimeout(300);
    expect((await article.painted()).some((p) => p.text === 'Mosca')).toBe(false);

    const list = (await askBackground({ type: 'listCorrections' })) as { id: string; site: string | null; term: string }[];
    expect(list).toEqual([expect.objectContaining({ term: 'Mosca', site: '127.0.0.1', kind: 'ignoreTerm' })]);
    for (const c of list) await askBackground({ type: 'removeCorrection', id: c.id });
    await page.close();
  });

  it('"not this entity" removes only that entity for that term', async () => {
    const article = await open(sampleUrl);
    await article.clickText('Pyongyang');
    const card = article.card();
    await expect.poll(() => card.count('button[name="not-entity"]')).toBe(1);
    // With the keyboard, as a reader would: a script's selectOption is not the reader's input, and the card ignores it.
    await card.focus('select');
    await article.page.keyboard.press('ArrowDown');
    await expect.poll(() => card.value('select')).toBe('all');
    await card.click('button[name="not-entity"]');
    await expect.poll(async () => (await article.painted()).some((p) => p.text === 'Pyongyang')).toBe(false);
    const list = (await askBackground({ type: 'listCorrections' })) as { id: string; site: string | null }[];
    expect(list).toEqual([expect.objectContaining({ kind: 'notEntity', term: 'Pyongyang', site: null })]);
    for (const c of list) await askBackground({ type: 'removeCorrection', id: c.id });
    await article.page.close();
  });
});

describe('a React app', () => {
  it('keeps working through highlighting, re-rendering, infinite scroll, SPA navigation and switching off', async () => {
    const before = await baselineText(reactUrl);
    const article = await open(reactUrl, 5);
    const page = article.page;
    const texts = async () => new Set((await article.painted()).map((p) => p.text));
    expect(await texts()).toContain('Vladimir Putin');
    // Inside the open shadow root.
    await expect.poll(async () => (await texts()).has('Giappone')).toBe(true);
    // Inside the same-origin frame, painted by that frame's own registry.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(async () => (await article.paintedIn(frame)).map((p) => p.text)).toContain('Cina');
    expect(await article.bodyText()).toBe(before);

    // React re-renders the highlighted paragraph: highlights follow the new text, React keeps working.
    for (let i = 0; i < 3; i++) await page.click('#count');
    await expect.poll(() => page.locator('#counter').textContent()).toBe('Aggiornamenti: 3');
    await expect.poll(async () => [...(await texts())].some((t) => t.includes('Cremlino'))).toBe(true);
    await page.click('#count');
    await expect.poll(async () => (await texts()).has('Mosca')).toBe(true);
    expect(await page.locator('#live').textContent()).toContain('numero 4');

    // A link keeps working: a plain click follows it; Alt+click opens the card instead.
    await article.clickText('Kim Jong-un', 1);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#profilo-kim');
    expect(await page.locator('backstory-card').count()).toBe(0);
    await article.clickText('Kim Jong-un', 1, ['Alt']);
    await expect.poll(() => article.card().text('.title')).toBe('Kim Jong-un');
    await page.keyboard.press('Escape');

    // Infinite scroll: new paragraphs are recognised.
    await page.click('#more');
    await expect.poll(async () => (await texts()).has('Olaf Scholz'), { timeout: 5000 }).toBe(true);

    // SPA navigation: the new article's names, not the old one's.
    await page.click('#next');
    await expect.poll(async () => (await texts()).has('Emmanuel Macron'), { timeout: 5000 }).toBe(true);
    await expect.poll(async () => (await texts()).has('Vladimir Putin')).toBe(false);

    // Off: no trace, and the app still responds.
    await setSettings(ext.worker, { enabled: false });
    await expect.poll(() => article.highlightCount()).toBe(0);
    expect(await article.paintedIn(frame)).toEqual([]);
    await page.click('#count');
    await expect.poll(() => page.locator('#counter').textContent()).toBe('Aggiornamenti: 5');
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  });
});

describe('errors', () => {
  it('no page or console errors on our own pages', () => {
    expect(errors).toEqual([]);
  });
});
