// From the wire schemas, not the pack's: those would bring classic zod into the content script (see messaging/wire.ts).
import { ENTITY_TYPES } from '../messaging/wire';
import type { EntityType } from '../pack/schema';

/** The names one page's highlights are registered under in `CSS.highlights`, which the page can read. */
export interface HighlightNames {
  readonly types: Readonly<Record<EntityType, string>>;
  readonly focus: string;
}

/**
 * Names that say nothing: random letters, so a page listing its highlight
 * registry learns neither that it is this extension nor which types the reader
 * switched off or corrected. Letters only, so each is a valid CSS ident.
 */
export function randomHighlightNames(randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): HighlightNames {
  const used = new Set<string>();
  const draw = (): string => {
    for (;;) {
      const name = Array.from(randomBytes(12), (b) => String.fromCharCode(97 + (b % 26))).join('');
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const types = Object.fromEntries(ENTITY_TYPES.map((t) => [t, draw()])) as Record<EntityType, string>;
  return { types, focus: draw() };
}

let pageNames: HighlightNames | null = null;

/** This page's names, drawn once: a restyle or a rescan paints under the same ones. */
export function pageHighlightNames(): HighlightNames {
  return (pageNames ??= randomHighlightNames());
}

export type HighlightStyle = 'underline' | 'background';
export type Palette = 'light' | 'dark';

export interface HighlightItem {
  range: Range;
  type: EntityType;
}

/** What both layers (Custom Highlight API and the wrapping fallback) offer the session. */
export interface Layer {
  set(items: readonly HighlightItem[]): void;
  focus(range: Range | null): void;
  /** Extra trees (open shadow roots) whose own stylesheets must carry the highlight rules. */
  adopt(root: DocumentOrShadowRoot): void;
  clear(): void;
  /** Whether the layer itself put this node in the page (so its mutation is not the page's). */
  owns(node: Node): boolean;
}

/*
 * Colours per type, one set for light pages and one for dark ones: dark ink on
 * a white page disappears on a black one, so a dark page gets lighter tints.
 * Each was checked for at least 3:1 contrast against its page background.
 */
export const COLOURS: Record<Palette, Record<EntityType, string>> = {
  light: { person: '#c2410c', country: '#1d4ed8', place: '#0f766e', organization: '#7e22ce', treaty: '#b91c1c' },
  dark: { person: '#fb923c', country: '#60a5fa', place: '#2dd4bf', organization: '#c084fc', treaty: '#f87171' },
};

/**
 * ::highlight() accepts only colour and decoration properties, which is all
 * an underline or tint needs. The fallback's <backstory-mark> elements get the
 * same declarations; each layer adopts only its own rules, so the page's
 * stylesheet list never names the extension where highlights are painted.
 */
export function highlightCss(style: HighlightStyle, palette: Palette = 'light', names?: HighlightNames): string {
  const rules = ENTITY_TYPES.map((t) => {
    const c = COLOURS[palette][t];
    const body =
      style === 'underline'
        ? `text-decoration: underline 2px ${c}; text-underline-offset: 3px; background-color: color-mix(in srgb, ${c} 12%, transparent);`
        : `background-color: color-mix(in srgb, ${c} ${palette === 'dark' ? 40 : 28}%, transparent);`;
    return `${names ? `::highlight(${names.types[t]})` : `${MARK_TAG}[data-type="${t}"]`} { ${body} }`;
  });
  const focus = palette === 'dark' ? 'background-color: #facc15; color: #111;' : 'background-color: #fde047; color: #111;';
  rules.push(`${names ? `::highlight(${names.focus})` : `${MARK_TAG}[data-focus]`} { ${focus} }`);
  if (!names) rules.push(`${MARK_TAG} { display: inline; font: inherit; color: inherit; }`);
  return rules.join('\n');
}

export function supportsCustomHighlights(win: Window): boolean {
  const w = win as Window & typeof globalThis;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof (w as { Highlight?: unknown }).Highlight === 'function';
}

/** Relative luminance (WCAG) of a CSS rgb()/rgba() colour, or null when transparent or unreadable. */
export function luminanceOf(css: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(css);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const lin = (v: string) => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/**
 * Light or dark, from the first opaque background behind `el` (up to the root).
 * Pages that paint nothing inherit the browser's canvas, which follows the
 * colour-scheme the page declares.
 */
export function pagePalette(win: Window, el: Element | null): Palette {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const lum = luminanceOf(win.getComputedStyle(n).backgroundColor);
    if (lum !== null) return lum < 0.35 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(win.document.documentElement).colorScheme;
  if (scheme.includes('dark') && !scheme.includes('light')) return 'dark';
  return 'light';
}

/** One stylesheet adopted by several trees, removed from each of them on clear. */
class AdoptedSheet {
  private readonly sheet: CSSStyleSheet;
  private readonly roots = new Set<DocumentOrShadowRoot>();

  constructor(win: Window, css: string) {
    this.sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
    this.sheet.replaceSync(css);
  }

  adopt(root: DocumentOrShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  clear(): void {
    for (const root of this.roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.roots.clear();
  }
}

/**
 * The CSS Custom Highlight API paints ranges without touching the page's DOM,
 * so frameworks that own the DOM (React, Vue, hydration) never see a change.
 * One registered highlight per entity type, plus one for the keyboard focus.
 */
export class HighlightLayer implements Layer {
  private readonly registry: HighlightRegistry;
  private readonly sheet: AdoptedSheet;
  private readonly win: Window & typeof globalThis;

  constructor(
    win: Window,
    style: HighlightStyle = 'underline',
    palette: Palette = 'light',
    private readonly names: HighlightNames = pageHighlightNames(),
  ) {
    this.win = win as Window & typeof globalThis;
    this.registry = this.win.CSS.highlights;
    this.sheet = new AdoptedSheet(win, highlightCss(style, palette, names));
    this.sheet.adopt(this.win.document);
  }

  set(items: readonly HighlightItem[]): void {
    const byType = new Map<EntityType, Range[]>();
    for (const i of items) {
      const list = byType.get(i.type);
      if (list) list.push(i.range);
      else byType.set(i.type, [i.range]);
    }
    for (const t of ENTITY_TYPES) {
      const ranges = byType.get(t);
      if (ranges?.length) this.registry.set(this.names.types[t], this.highlightOf(ranges));
      else this.registry.delete(this.names.types[t]);
    }
  }

  /**
   * One range at a time: `new Highlight(...ranges)` passes every range as an
   * argument, and a page with a few hundred thousand mentions (a hostile one,
   * or a huge list) overflows the call stack there and gets no highlights.
   */
  private highlightOf(ranges: readonly Range[]): Highlight {
    const h = new this.win.Highlight();
    for (const r of ranges) h.add(r);
    return h;
  }

  focus(range: Range | null): void {
    if (range) {
      const h = new this.win.Highlight(range);
      // Above the per-type highlights, which all have the default priority 0.
      h.priority = 1;
      this.registry.set(this.names.focus, h);
    } else this.registry.delete(this.names.focus);
  }

  adopt(root: DocumentOrShadowRoot): void {
    this.sheet.adopt(root);
  }

  owns(): boolean {
    return false;
  }

  clear(): void {
    for (const t of ENTITY_TYPES) this.registry.delete(this.names.types[t]);
    this.registry.delete(this.names.focus);
    this.sheet.clear();
  }
}

export const MARK_TAG = 'backstory-mark';

function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/**
 * Fallback for browsers without the Highlight API (Firefox before 140, older
 * Safari): wrap each mention's text in a <backstory-mark>, Hypothesis-style.
 * Wrapping changes the DOM, so it is used only where painting is impossible,
 * and it records every text node it split so `clear` can put the exact
 * original nodes back (merging only those, never normalising the page's own
 * adjacent text nodes, which frameworks may hold references to).
 */
export class WrapLayer implements Layer {
  private marks: HTMLElement[] = [];
  /** [left, right] halves created by splitText, in creation order. */
  private splits: [Text, Text][] = [];
  private readonly sheet: AdoptedSheet | null;
  private readonly doc: Document;
  private focused: HTMLElement[] = [];
  private wrapped = new Map<Range, HTMLElement[]>();

  constructor(win: Window, style: HighlightStyle = 'underline', palette: Palette = 'light') {
    this.doc = win.document;
    // Without adoptedStyleSheets (very old engines) the marks stay unstyled rather than inject a <style> into the page.
    this.sheet = 'adoptedStyleSheets' in this.doc ? new AdoptedSheet(win, highlightCss(style, palette)) : null;
    this.sheet?.adopt(this.doc);
  }

  private readonly created = new WeakSet<Node>();

  private split(node: Text, offset: number): Text {
    const right = node.splitText(offset);
    this.splits.push([node, right]);
    this.created.add(right);
    return right;
  }

  owns(node: Node): boolean {
    return this.created.has(node);
  }

  private wrapRange(range: Range, type: EntityType): HTMLElement[] {
    const out: HTMLElement[] = [];
    if (range.collapsed) return out;
    let { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
    if (sc.nodeType !== 3 || ec.nodeType !== 3) return out;
    // Split the end first so the start's offsets stay valid.
    if (eo < (ec as Text).data.length) this.split(ec as Text, eo);
    if (so > 0) {
      const right = this.split(sc as Text, so);
      if (sc === ec) ec = right;
      sc = right;
      so = 0;
    }
    const texts: Text[] = [];
    const walker = this.doc.createTreeWalker(range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer.parentNode! : range.commonAncestorContainer, 4);
    walker.currentNode = sc;
    for (let n: Node | null = sc; n; n = walker.nextNode()) {
      texts.push(n as Text);
      if (n === ec) break;
    }
    for (const t of texts) {
      if (!t.data.length || !t.parentNode) continue;
      const mark = this.doc.createElement(MARK_TAG);
      this.created.add(mark);
      mark.dataset.type = type;
      t.parentNode.insertBefore(mark, t);
      mark.appendChild(t);
      out.push(mark);
    }
    return out;
  }

  /**
   * Incremental: ranges already wrapped stay, gone ones are unwrapped, new ones
   * wrapped. Re-wrapping everything would move text nodes the remaining
   * ranges point into. Split halves are merged back only on `clear`.
   */
  set(items: readonly HighlightItem[]): void {
    const keep = new Set(items.map((i) => i.range));
    for (const [range, marks] of this.wrapped) {
      if (keep.has(range)) continue;
      for (const m of marks) unwrapMark(m);
      this.wrapped.delete(range);
    }
    // Last first: splitting a text node keeps its first part (and the offsets of
    // earlier mentions in it) where they were, even in engines without live ranges.
    const fresh = items.filter((i) => !this.wrapped.has(i.range));
    fresh.sort((a, b) => {
      try {
        return b.range.compareBoundaryPoints(0 /* START_TO_START */, a.range);
      } catch {
        return 0;
      }
    });
    for (const i of fresh) {
      const marks = this.wrapRange(i.range, i.type);
      for (const m of marks) this.marks.push(m);
      this.wrapped.set(i.range, marks);
    }
  }

  focus(range: Range | null): void {
    for (const m of this.focused) delete m.dataset.focus;
    this.focused = range ? (this.wrapped.get(range) ?? []) : [];
    for (const m of this.focused) m.dataset.focus = '';
  }

  adopt(root: DocumentOrShadowRoot): void {
    this.sheet?.adopt(root);
  }

  private unwrap(): void {
    for (const mark of this.marks.toReversed()) unwrapMark(mark);
    // Undo splits newest first: each right half goes back into its left half.
    for (const [left, right] of this.splits.toReversed()) {
      if (right.parentNode && left.nextSibling === right) {
        left.data += right.data;
        right.parentNode.removeChild(right);
      }
    }
    this.marks = [];
    this.splits = [];
    this.focused = [];
    this.wrapped.clear();
  }

  clear(): void {
    this.unwrap();
    this.sheet?.clear();
  }
}

/**
 * Chosen per browser by feature detection: painting needs no DOM change, so it
 * is always preferred; wrapping is the last resort for engines without it.
 */
export function createLayer(win: Window, style: HighlightStyle, palette: Palette): Layer {
  return supportsCustomHighlights(win) ? new HighlightLayer(win, style, palette) : new WrapLayer(win, style, palette);
}
