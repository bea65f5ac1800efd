import type { Frame, Page, Worker } from 'playwright-core';
import { COLOURS } from '../../utils/highlight/custom-highlights';
import { CardView } from './card-view';

export interface PaintedRange {
  /** The entity type the highlight's colour stands for, 'focus' for the keyboard focus (its registered name when neither). */
  highlight: string;
  text: string;
}

const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/**
 * Colours (as the CSSOM writes them) to what they mark. Highlight names are
 * random per page and say nothing, so a highlight is known by its colour, as
 * the reader knows it.
 */
const COLOUR_MEANING: [string, string][] = [
  ...Object.values(COLOURS).flatMap((byType) => Object.entries(byType).map(([type, hex]): [string, string] => [hexToRgb(hex), type])),
  [hexToRgb('#fde047'), 'focus'],
  [hexToRgb('#facc15'), 'focus'],
];

interface RawPaint {
  painted: { name: string; text: string }[];
  /** The adopted sheets' `::highlight()` rules: the name, and the rule's text (with its colour). */
  rules: { name: string; css: string }[];
}

/** Read in the page's world; the names are given their meaning here, in the test, by colour. */
function readRaw(): RawPaint {
  const painted: { name: string; text: string }[] = [];
  const rules: { name: string; css: string }[] = [];
  if (!('highlights' in CSS)) return { painted, rules };
  CSS.highlights.forEach((hl, name) => hl.forEach((r) => painted.push({ name, text: (r as Range).toString() })));
  for (const sheet of document.adoptedStyleSheets) {
    for (const rule of Array.from(sheet.cssRules)) {
      const name = /::highlight\(([^)]+)\)/.exec((rule as CSSStyleRule).selectorText ?? '')?.[1];
      if (name) rules.push({ name, css: rule.cssText });
    }
  }
  return { painted, rules };
}

function meanings(raw: RawPaint): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of raw.rules) {
    const hit = COLOUR_MEANING.find(([rgb]) => r.css.includes(rgb));
    if (hit) out.set(r.name, hit[1]);
  }
  return out;
}

/** Page object for a news page with the extension running on it. */
export class ArticlePage {
  private cardView: CardView | null = null;

  constructor(readonly page: Page) {}

  /** What the CSS Custom Highlight registry paints, read from the page's own world. */
  painted(): Promise<PaintedRange[]> {
    return this.paintedIn(this.page.mainFrame());
  }

  /** The name registered for highlights of `type` ('focus' for the keyboard focus), or null while none is. */
  async nameOf(type: string): Promise<string | null> {
    const raw = await this.page.evaluate(readRaw);
    const m = meanings(raw);
    return [...m.keys()].find((n) => m.get(n) === type && raw.painted.some((p) => p.name === n)) ?? null;
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

  /** The open card, read through the DevTools protocol (its shadow root is closed to page scripts). */
  card(): CardView {
    this.cardView ??= new CardView(this.page);
    return this.cardView;
  }

  /** Highlights painted inside a frame (same-origin iframes keep their own registry). */
  async paintedIn(frame: Frame): Promise<PaintedRange[]> {
    const raw = await frame.evaluate(readRaw);
    const m = meanings(raw);
    return raw.painted.map((p) => ({ highlight: m.get(p.name) ?? p.name, text: p.text }));
  }

  /** The text under the keyboard focus highlight, or null. */
  async focused(): Promise<string | null> {
    return (await this.painted()).find((p) => p.highlight === 'focus')?.text ?? null;
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
    return (await this.painted()).filter((p) => p.highlight !== 'focus').length;
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
