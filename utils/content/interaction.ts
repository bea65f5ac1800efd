import { rangeAtPoint } from '../highlight/hit-test';
import type { Settings } from '../settings/schema';
import type { PlacedMention } from './page-state';
import { Scope } from './schedule';
import { fromReader, readerOnly } from './trusted';

/*
 * The reader's interaction with the highlights: a click (or Alt+click in a
 * link) opens a card, a hover does when the reader chose it, and the keyboard
 * moves a focus from one highlight to the next. Everything here acts only on
 * the reader's own input: every listener is registered through `listen`, which
 * wraps it in `readerOnly` (utils/content/trusted.ts), so a page's synthetic
 * click, pointer move or key press opens, closes and moves nothing.
 */

export interface InteractionDeps {
  doc: Document;
  win: Window;
  timers: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void };
  settings: () => Settings;
  /** The mentions shown now, in page order. */
  visible: () => PlacedMention[];
  /** Paints the keyboard focus (null: none). */
  paintFocus: (p: PlacedMention | null) => void;
  openCard: (entityId: string, anchor: DOMRect, term: string) => void;
  closeCard: () => void;
  /** Whether an event happened inside the extension's own UI. */
  isOwnUi: (e: Event) => boolean;
}

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select' || (el as HTMLElement).isContentEditable === true;
}

function isInteractive(el: Element | null): boolean {
  return !!el && (isEditable(el) || !!el.closest('a[href], button, summary, [role="button"], [role="link"], [tabindex]'));
}

export class Interaction {
  /** Clicks (page and frames) live while this scope does; hover and focus keys have scopes inside it. */
  private scope: Scope | null = null;
  private hoverScope: Scope | null = null;
  private focusScope: Scope | null = null;
  private focused: PlacedMention | null = null;
  private framed = new WeakSet<Document>();

  constructor(private readonly deps: InteractionDeps) {}

  start(parent: AbortSignal): void {
    if (this.scope && !this.scope.disposed) return;
    this.scope = new Scope(parent, this.deps.timers);
    this.listen(this.scope, this.deps.doc, 'click', (e) => this.onClick(e as MouseEvent, this.deps.doc));
    this.wireHover();
  }

  stop(): void {
    this.clearFocus();
    this.hoverScope?.dispose();
    this.hoverScope = null;
    this.scope?.dispose();
    this.scope = null;
  }

  /** The one way a listener is added here: only the reader's own (trusted) events reach `handler`. */
  private listen(scope: Scope, target: EventTarget, type: string, handler: (e: Event) => void, opts?: AddEventListenerOptions): void {
    scope.listen(target, type, readerOnly(handler), opts);
  }

  /** Clicks in a same-origin frame of the article open cards too. */
  listenFrame(fd: Document): void {
    const scope = this.scope;
    if (!scope || this.framed.has(fd)) return;
    this.framed.add(fd);
    this.listen(scope, fd, 'click', (e) => this.onClick(e as MouseEvent, fd));
    scope.onDispose(() => this.framed.delete(fd));
  }

  private hitAt(doc: Document, x: number, y: number): PlacedMention | null {
    const vis = this.deps.visible().filter((p) => p.doc === doc);
    if (!vis.length) return null;
    const i = rangeAtPoint(doc, x, y, vis.map((p) => p.range));
    return i < 0 ? null : vis[i]!;
  }

  /** Offsets of a same-origin frame's viewport within the top page's. */
  private frameOffset(doc: Document): { x: number; y: number } {
    if (doc === this.deps.doc) return { x: 0, y: 0 };
    const frame = doc.defaultView?.frameElement;
    if (!frame) return { x: 0, y: 0 };
    const r = frame.getBoundingClientRect();
    return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
  }

  private anchorOf(p: PlacedMention, y?: number): DOMRect {
    const rects = Array.from(p.range.getClientRects());
    const r = (y === undefined ? rects[0] : rects.find((x) => y >= x.top - 1 && y <= x.bottom + 1)) ?? p.range.getBoundingClientRect();
    const off = this.frameOffset(p.doc);
    return new DOMRect(r.left + off.x, r.top + off.y, r.width, r.height);
  }

  /** Clicks on a highlight open its card; inside a link, a plain click still follows the link and Alt+click opens the card. */
  onClick(e: MouseEvent, doc: Document = this.deps.doc): void {
    // Public, so checked here as well as by `listen`: a page's synthetic click opens nothing and closes nothing.
    if (!fromReader(e)) return;
    if (this.deps.isOwnUi(e) || e.defaultPrevented || e.button !== 0) return;
    const p = this.hitAt(doc, e.clientX, e.clientY);
    if (!p) {
      this.deps.closeCard();
      return;
    }
    const target = e.target as Element | null;
    if (target?.closest?.('a[href]') && !e.altKey) return;
    e.preventDefault();
    this.setFocus(p, false);
    this.deps.openCard(p.mention.id, this.anchorOf(p, e.clientY), p.mention.surface);
  }

  /** Hover previews, only when the reader chose them: no pointer listener otherwise. */
  wireHover(): void {
    this.hoverScope?.dispose();
    this.hoverScope = null;
    if (!this.scope || this.scope.disposed || this.deps.settings().trigger !== 'hover') return;
    const hs = new Scope(this.scope.signal, this.deps.timers);
    this.hoverScope = hs;
    let cancel: (() => void) | null = null;
    let shown: PlacedMention | null = null;
    this.listen(
      hs,
      this.deps.doc,
      'pointermove',
      (ev) => {
        const e = ev as PointerEvent;
        if (e.pointerType === 'touch' || this.deps.isOwnUi(e)) return;
        cancel?.();
        const { clientX: x, clientY: y } = e;
        cancel = hs.setTimeout(() => {
          const p = this.hitAt(this.deps.doc, x, y);
          if (!p || p === shown) return;
          shown = p;
          this.deps.openCard(p.mention.id, this.anchorOf(p, y), p.mention.surface);
        }, this.deps.settings().hoverDelayMs);
      },
      { passive: true },
    );
  }

  /** Moves the keyboard focus to the next or previous highlight and scrolls it into view. */
  navigate(dir: 'next' | 'previous'): PlacedMention | null {
    const vis = this.deps.visible();
    if (!vis.length) return null;
    let idx = this.focused ? vis.indexOf(this.focused) : -1;
    if (idx < 0) {
      // Start from what the reader is looking at, not from the top of the page.
      const h = this.deps.win.innerHeight;
      const tops = vis.map((p) => this.anchorOf(p).top);
      idx = dir === 'next' ? tops.findIndex((t) => t >= 0) : tops.findLastIndex((t) => t <= h);
      if (idx < 0) idx = dir === 'next' ? 0 : vis.length - 1;
    } else idx = (idx + (dir === 'next' ? 1 : -1) + vis.length) % vis.length;
    const p = vis[idx]!;
    this.setFocus(p, true);
    return p;
  }

  private setFocus(p: PlacedMention, scroll: boolean): void {
    this.focused = p;
    this.deps.paintFocus(p);
    if (scroll) {
      const el = p.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    if (this.focusScope || !this.scope || this.scope.disposed) return;
    // Enter and Escape are ours only while a highlight has the focus.
    const fs = new Scope(this.scope.signal, this.deps.timers);
    this.focusScope = fs;
    this.listen(fs, this.deps.win, 'keydown', (ev) => this.onFocusKey(ev as KeyboardEvent), { capture: true });
  }

  /** After a paint: a focus on a mention no longer shown goes. */
  keepFocusIn(visible: readonly PlacedMention[]): void {
    if (this.focused && !visible.includes(this.focused)) this.clearFocus();
  }

  /** Keeps the keyboard focus on a mention that was re-recognised in place (same entity, same text, same spot). */
  refocus(placed: readonly PlacedMention[], added: readonly PlacedMention[]): void {
    const f = this.focused;
    if (!f || placed.includes(f)) return;
    const same = added.find((p) => p.mention.id === f.mention.id && p.range.toString() === f.mention.surface && p.range.startContainer === f.range.startContainer);
    if (same) this.setFocus(same, false);
  }

  clearFocus(): void {
    this.focused = null;
    this.deps.paintFocus(null);
    this.focusScope?.dispose();
    this.focusScope = null;
  }

  private onFocusKey(e: KeyboardEvent): void {
    if (!this.focused || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (this.deps.isOwnUi(e)) return;
    const active = this.deps.doc.activeElement;
    if (e.key === 'Escape') {
      this.clearFocus();
      return;
    }
    if (e.key !== 'Enter') return;
    // Enter belongs to whatever the reader focused: a field, a link, a button.
    if (isInteractive(e.target as Element | null) || (active && active !== this.deps.doc.body && isInteractive(active))) return;
    e.preventDefault();
    e.stopPropagation();
    const p = this.focused;
    this.deps.openCard(p.mention.id, this.anchorOf(p), p.mention.surface);
  }

  /** Scrolls to the entity's first mention and opens its card there. */
  showEntity(id: string): boolean {
    const p = this.deps.visible().find((x) => x.mention.id === id);
    if (!p) return false;
    this.setFocus(p, true);
    this.deps.openCard(id, this.anchorOf(p), p.mention.surface);
    return true;
  }
}
