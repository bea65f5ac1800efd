import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, sendToTab, setSettings } from './support/article-page';
import { askBackground as askExtension, launchWithExtension, setBenchmarkMarks, type LoadedExtension } from './support/extension';
import { ROOT } from './support/paths';
import { serve } from './support/server';

/*
 * A hostile page: its own scripts (here, page.evaluate, which runs in the
 * page's world like any page script) try to read the reader's note, open the
 * card or act on it with synthetic events, and fingerprint the reader by the
 * extension's traces. Whether a card is open is checked through the DevTools
 * protocol (DOM.getDocument with pierce), which sees into the closed shadow
 * root; no page script can.
 */

const NOTE = 'Private note 4711: ask the Moscow desk before quoting this';
const PUTIN = 'Q7747';

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof serve>>;
let hostileUrl: string;
const openPages: Page[] = [];

const askBackground = (message: unknown): Promise<unknown> => askExtension(ext, message);

async function open(url: string): Promise<ArticlePage> {
  const page = await ext.context.newPage();
  openPages.push(page);
  await page.goto(url);
  const article = new ArticlePage(page);
  await article.waitForHighlights(5);
  return article;
}

/** The middle of the first occurrence of `text`, and the element under it, as a page script finds them. */
async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + needle.length);
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
}

/** Synthetic clicks of every kind a page can make at a point. */
async function fakeClicks(page: Page, p: { x: number; y: number }): Promise<void> {
  await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y) ?? document.body;
    const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, view: window };
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) el.dispatchEvent(new PointerEvent(type, { ...init, pointerType: 'mouse' }));
    el.dispatchEvent(new MouseEvent('click', init));
    el.dispatchEvent(new MouseEvent('click', { ...init, altKey: true }));
    (el as HTMLElement).click();
  }, p);
}

async function noteCount(): Promise<number> {
  return ((await askBackground({ type: 'listNotes', entityId: PUTIN })) as unknown[]).length;
}

beforeAll(async () => {
  server = await serve({ pages: join(ROOT, 'e2e', 'pages') });
  hostileUrl = `${server.origin}/pages/hostile.html`;
  ext = await launchWithExtension();
  await setSettings(ext.worker, { enabled: true, disabledSites: [], trigger: 'click', uiLang: 'en' });
  await askBackground({ type: 'saveNote', note: { entityId: PUTIN, text: NOTE, tags: [] } });
});

afterEach(async () => {
  for (const p of openPages.splice(0)) if (!p.isClosed()) await p.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it("can't open the card with synthetic clicks, pointer moves or keys; the reader's real click still opens it", async () => {
    const article = await open(hostileUrl);
    const { page } = article;
    const card = article.card();
    const putin = await pointOf(page, 'Putin');

    await fakeClicks(page, putin);
    await page.waitForTimeout(400);
    expect(await card.isOpen()).toBe(false);

    // Hover previews, switched on: synthetic pointer moves open nothing either.
    await setSettings(ext.worker, { trigger: 'hover', hoverDelayMs: 50 });
    await page.waitForTimeout(200);
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x + i, clientY: y, pointerType: 'mouse' }));
    }, putin);
    await page.waitForTimeout(400);
    expect(await card.isOpen()).toBe(false);
    await setSettings(ext.worker, { trigger: 'click' });

    // A highlight with the keyboard focus (moved there by the reader's command): a synthetic Enter opens nothing.
    expect(((await sendToTab(ext.worker, hostileUrl, { type: 'navigateEntity', dir: 'next' })) as { focused: string | null }).focused).toBeTruthy();
    await page.evaluate(() => {
      for (const target of [document.body, document, window]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(300);
    expect(await card.isOpen()).toBe(false);
    expect(await page.evaluate(() => document.querySelector('backstory-card') !== null)).toBe(false);

    // The reader's own click: the card opens, with the reader's note in it.
    await article.clickText('Putin');
    await expect.poll(() => card.text('.title')).toBe('Vladimir Putin');
    await expect.poll(() => card.texts('.note')).toEqual([NOTE]);
  });

  it("finds neither the card's content nor the note anywhere, and nothing that names the extension", async () => {
    const article = await open(hostileUrl);
    const { page } = article;
    await article.clickText('Putin');
    await expect.poll(() => article.card().texts('.note')).toEqual([NOTE]);
    const cardText = (await article.card().text())!;
    expect(cardText).toContain('Your notes');

    const seen = await page.evaluate(() => {
      const openRoots: string[] = [];
      const texts: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) {
            openRoots.push(el.localName);
            texts.push(el.shadowRoot.textContent ?? '');
            walk(el.shadowRoot);
          }
        }
      };
      walk(document);
      const host = document.querySelector('backstory-card');
      return {
        openRoots,
        hostRoot: host ? host.shadowRoot : 'no host',
        html: document.documentElement.outerHTML,
        innerText: document.body.innerText,
        shadowTexts: texts.join('\n'),
        selection: String(getSelection()),
        highlightNames: [...CSS.highlights.keys()],
        performance: performance.getEntries().map((e) => e.name),
        sheets: document.adoptedStyleSheets.map((s) => Array.from(s.cssRules, (r) => r.cssText).join('\n')).join('\n'),
        messages: (window as unknown as { __messages: string[] }).__messages,
      };
    });
    // The card's root is closed: no open root anywhere, and the host answers null.
    expect(seen.openRoots).toEqual([]);
    expect(seen.hostRoot).toBeNull();
    for (const where of [seen.html, seen.innerText, seen.shadowTexts, seen.selection, seen.performance.join('\n')]) {
      expect(where).not.toContain(NOTE);
      expect(where).not.toContain('Your notes');
      expect(where).not.toContain('Save note');
    }
    // Highlights are painted (the page can see that much), under names that say nothing.
    expect(seen.highlightNames.length).toBeGreaterThan(0);
    for (const name of seen.highlightNames) {
      expect(name).toMatch(/^[a-z]+$/);
      expect(name).not.toMatch(/backstory|person|country|place|organi[sz]ation|treaty|focus|correct|off$/);
    }
    expect(seen.performance.filter((n) => /backstory/i.test(n))).toEqual([]);
    expect(seen.sheets).not.toMatch(/backstory/i);
    // No window message at all reached the page's listener (WXT's "content script started" among them)...
    expect(seen.messages).toEqual([]);
    // ...which does hear messages: the page's own.
    await page.evaluate(() => window.postMessage({ probe: 1 }, '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual(['{"probe":1}']);

    // Random per page: the next load of the same page paints under other names.
    await page.reload();
    await article.waitForHighlights(5);
    const again = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(again.filter((n) => seen.highlightNames.includes(n))).toEqual([]);
  });

  it("can't press the card's buttons, change its fields or close it with synthetic events while the reader has it open", async () => {
    const article = await open(hostileUrl);
    const { page } = article;
    const card = article.card();
    await article.clickText('Putin');
    await expect.poll(() => card.count('button[name="not-entity"]')).toBe(1);
    const before = { notes: await noteCount(), highlights: (await article.painted()).filter((p) => p.text === 'Putin').length };
    expect(before.highlights).toBeGreaterThan(0);

    // What the page itself can reach: the point where a button is (it gets the host), the host, the document.
    // On screen first: the card scrolls inside, and a point off screen hits nothing at all.
    await card.run('button[name="not-entity"]', "function () { this.scrollIntoView({ block: 'nearest' }); }");
    const target = await card.box('button[name="not-entity"]');
    await fakeClicks(page, { x: target.x + target.width / 2, y: target.y + target.height / 2 });
    await page.evaluate(() => {
      const host = document.querySelector('backstory-card') as HTMLElement;
      host.click();
      for (const t of [host, document.body, document]) t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });

    // And were a reference to the card's own elements ever to leak (here handed out by the DevTools protocol):
    // synthetic events on them change nothing either.
    await card.run('select', "function () { this.value = 'all'; this.dispatchEvent(new Event('change', { bubbles: true })); }");
    await card.run('textarea[name="note"]', "function () { this.value = 'Forged note'; this.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'Forged note' })); }");
    await card.run('button.primary', 'function () { this.disabled = false; this.click(); }');
    await card.run('form', 'function () { this.requestSubmit(); }');
    await card.run('button[name="not-entity"]', 'function () { this.click(); }');
    await card.run('button[name="ignore-term"]', 'function () { this.click(); }');
    await card.run('.relations button, .ref', 'function () { this.click(); }').catch(() => undefined);
    await card.run('.card', "function () { this.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); }");
    await card.run('button.close', 'function () { this.click(); }');
    await page.waitForTimeout(600);

    expect(await card.text('.title')).toBe('Vladimir Putin');
    expect(await card.texts('.note')).toEqual([NOTE]);
    expect(await noteCount()).toBe(before.notes);
    expect(await askBackground({ type: 'listCorrections' })).toEqual([]);
    expect((await article.painted()).filter((p) => p.text === 'Putin').length).toBe(before.highlights);

    // The reader's own key closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isOpen()).toBe(false);
  });
});

describe('editable content', () => {
  it('is never highlighted: an article inside an editable region, or a page in design mode', async () => {
    // The first pass is awaited by its mark (asked for here only: the tests above check that readers get none).
    await setBenchmarkMarks(ext.worker, true);
    try {
      const editor = await ext.context.newPage();
      openPages.push(editor);
      await editor.goto(`${server.origin}/pages/editable.html`);
      const draft = new ArticlePage(editor);
      await draft.waitForDone();
      await editor.waitForTimeout(300);
      expect(await draft.painted()).toEqual([]);

      const design = await ext.context.newPage();
      openPages.push(design);
      await design.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.designMode = 'on')));
      await design.goto(hostileUrl);
      const page = new ArticlePage(design);
      await page.waitForDone();
      await design.waitForTimeout(300);
      expect(await page.painted()).toEqual([]);

      // The same page, not in design mode, is highlighted (the tests above): the control.
      const control = await open(hostileUrl);
      expect((await control.painted()).some((p) => p.text === 'Putin')).toBe(true);
    } finally {
      await setBenchmarkMarks(ext.worker, false);
    }
  });
});
