import type { Frame, Page, Worker } from 'playwright-core';

export interface PaintedRange {
  highlight: string;
  text: string;
}

/** Page object for a news page with the extension running on it. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  /** What the CSS Custom Highlight registry paints, read from the page's own world. */
  painted(): Promise<PaintedRange[]> {
    return this.page.evaluate(() => {
      const out: { highlight: string; text: string }[] = [];
      if (!('highlights' in CSS)) return out;
      CSS.highlights.forEach((hl, name) => {
        hl.forEach((r) => out.push({ highlight: name, text: (r as Range).toString() }));
      });
      return out;
    });
  }

  async waitForHighlights(min = 1, timeout = 15_000): Promise<PaintedRange[]> {
    await this.page.waitForFunction(
      (n) => {
        let count = 0;
        if ('highlights' in CSS) CSS.highlights.forEach((hl) => (count += hl.size));
        return count >= n;
      },
      min,
      { timeout },
    );
    return this.painted();
  }

  /** Clicks the middle of the `nth` occurrence of `text` in the page body. */
  async clickText(text: string, nth = 0, modifiers: ('Alt' | 'Shift')[] = []): Promise<void> {
    const point = await this.page.evaluate(
      ({ text: needle, nth: index }) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const data = (n as Text).data;
          let at = data.indexOf(needle);
          while (at >= 0) {
            if (seen++ === index) {
              const r = document.createRange();
              r.setStart(n, at);
              r.setEnd(n, at + needle.length);
              (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
              const rect = r.getClientRects()[0]!;
              return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
            }
            at = data.indexOf(needle, at + 1);
          }
        }
        return null;
      },
      { text, nth },
    );
    if (!point) throw new Error(`text not found on page: ${text}`);
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.mouse.click(point.x, point.y);
    for (const m of modifiers) await this.page.keyboard.up(m);
  }

  card() {
    return this.page.locator('backstory-card .card');
  }

  /** Highlights painted inside a frame (same-origin iframes keep their own registry). */
  paintedIn(frame: Frame): Promise<PaintedRange[]> {
    return frame.evaluate(() => {
      const out: { highlight: string; text: string }[] = [];
      if (!('highlights' in CSS)) return out;
      CSS.highlights.forEach((hl, name) => hl.forEach((r) => out.push({ highlight: name, text: (r as Range).toString() })));
      return out;
    });
  }

  /** The text under the keyboard focus highlight, or null. */
  async focused(): Promise<string | null> {
    return (await this.painted()).find((p) => p.highlight === 'backstory-focus')?.text ?? null;
  }

  bodyText(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  /** How many stylesheets the document has adopted (the extension adds one while on). */
  adoptedSheets(): Promise<number> {
    return this.page.evaluate(() => document.adoptedStyleSheets.length);
  }

  /** The CSS text of the adopted sheets (to check which palette the extension chose). */
  adoptedCss(): Promise<string> {
    return this.page.evaluate(() =>
      document.adoptedStyleSheets.map((s) => Array.from(s.cssRules, (r) => r.cssText).join('\n')).join('\n'),
    );
  }

  /** Waits until the content script's first pass has finished (its 'backstory:done' mark). */
  async waitForDone(timeout = 20_000): Promise<{ start: number; done: number }> {
    await this.page.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0, undefined, { timeout });
    return this.page.evaluate(() => ({
      start: performance.getEntriesByName('backstory:start')[0]?.startTime ?? 0,
      done: performance.getEntriesByName('backstory:done')[0]?.startTime ?? 0,
    }));
  }

  async highlightCount(): Promise<number> {
    return (await this.painted()).filter((p) => p.highlight !== 'backstory-focus').length;
  }
}

/**
 * Sends a content-script request to the tab showing `url`, from the service
 * worker, as the background does for a keyboard command (commands themselves
 * can't be pressed in a headless browser).
 */
export async function sendToTab(worker: Worker, url: string, message: unknown): Promise<unknown> {
  return worker.evaluate(
    async ({ u, m }) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const state = (await chrome.tabs.sendMessage(tab.id, { type: 'getPageState' }).catch(() => null)) as { url?: string } | null;
        if (state?.url === u) return chrome.tabs.sendMessage(tab.id, m);
      }
      throw new Error(`no tab shows ${u}`);
    },
    { u: url, m: message },
  );
}

/** Replaces stored settings (merged over the current ones) from the service worker. */
export async function setSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p) => {
    // chrome.d.ts (shared) declares only tabs; storage is typed here.
    const store = (globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
    }).chrome.storage.local;
    const cur = ((await store.get('settings')).settings ?? {}) as Record<string, unknown>;
    await store.set({ settings: { ...cur, ...p } });
  }, patch);
}
