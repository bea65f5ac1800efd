import type { Page } from 'playwright-core';

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
}
