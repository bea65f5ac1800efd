import { ENTITY_TYPES, type EntityType } from '../pack/schema';

export const HIGHLIGHT_PREFIX = 'backstory-';

/**
 * The CSS Custom Highlight API paints ranges without touching the page's DOM,
 * so frameworks that own the DOM (React, Vue, hydration) never see a change.
 * ::highlight() accepts only colour and decoration properties, which is all
 * an underline or tint needs.
 */
export function highlightCss(style: 'underline' | 'background'): string {
  const colours: Record<EntityType, string> = {
    person: '#c2410c',
    country: '#1d4ed8',
    place: '#0f766e',
    organization: '#7e22ce',
    treaty: '#b91c1c',
  };
  return ENTITY_TYPES.map((t) => {
    const c = colours[t];
    const body =
      style === 'underline'
        ? `text-decoration: underline 2px ${c}; text-underline-offset: 3px; background-color: color-mix(in srgb, ${c} 10%, transparent);`
        : `background-color: color-mix(in srgb, ${c} 28%, transparent);`;
    return `::highlight(${HIGHLIGHT_PREFIX}${t}) { ${body} }`;
  })
    .concat(`::highlight(${HIGHLIGHT_PREFIX}focus) { background-color: #facc15; color: #111; }`)
    .join('\n');
}

export function supportsCustomHighlights(win: Window): boolean {
  const css = (win as Window & typeof globalThis).CSS;
  return typeof css !== 'undefined' && 'highlights' in css && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

/** One registered highlight per entity type, plus the page stylesheet for them; `clear` undoes both. */
export class HighlightLayer {
  private readonly registry: HighlightRegistry;
  private readonly sheet: CSSStyleSheet;
  private readonly win: Window & typeof globalThis;

  constructor(win: Window, style: 'underline' | 'background' = 'underline') {
    this.win = win as Window & typeof globalThis;
    this.registry = this.win.CSS.highlights;
    this.sheet = new this.win.CSSStyleSheet();
    this.sheet.replaceSync(highlightCss(style));
    const doc = this.win.document;
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  set(items: { range: Range; type: EntityType }[]): void {
    for (const t of ENTITY_TYPES) {
      const ranges = items.filter((i) => i.type === t).map((i) => i.range);
      if (ranges.length) this.registry.set(HIGHLIGHT_PREFIX + t, new this.win.Highlight(...ranges));
      else this.registry.delete(HIGHLIGHT_PREFIX + t);
    }
  }

  clear(): void {
    for (const t of ENTITY_TYPES) this.registry.delete(HIGHLIGHT_PREFIX + t);
    this.registry.delete(HIGHLIGHT_PREFIX + 'focus');
    const doc = this.win.document;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
