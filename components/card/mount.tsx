import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityCard } from '../../utils/messaging/protocol';
import { Card, type CorrectionScope } from './Card';
import cardCss from './card.css?inline';
import { cardStrings } from '../../utils/cards/strings';
import { CARD_HOST_TAG } from '../../utils/content/card-loader';

/*
 * Not part of the content script: this module and everything it imports are
 * built into card.js (entrypoints/card.ts), which the content script loads on
 * first use (utils/content/card-loader.ts).
 */

export { CARD_HOST_TAG };
export const CARD_WIDTH = 380;
export const CARD_MAX_HEIGHT = 480;

export interface CardHostDeps {
  getCard: (id: string) => Promise<EntityCard | null>;
  /** The card fetched anew (notes may have changed since it was fetched ahead). */
  refreshCard?: (id: string) => Promise<EntityCard | null>;
  addNote: (entityId: string, text: string) => Promise<void>;
  correct: (kind: 'notEntity' | 'ignoreTerm', term: string, entityId: string, scope: CorrectionScope) => Promise<void>;
  /** The surface a page entity was written as, for cards opened from another card. */
  termFor: (entityId: string) => string | undefined;
  articleDate: () => string | null;
  articleLang: () => string | null;
  uiLang: () => string;
  onClosed?: () => void;
  /** Performance marks for the benchmark. */
  mark?: (name: string) => void;
}

/**
 * Where the card goes: under the term, or above it when there is more room
 * there; shifted left at the right edge; never off-screen (its max-height
 * shrinks to the room it has, and it scrolls inside).
 */
export function placeCard(anchor: DOMRect, vw: number, vh: number, width = CARD_WIDTH, maxHeight = CARD_MAX_HEIGHT): Record<string, string> {
  const w = Math.min(width, vw - 16);
  const left = Math.max(8, Math.min(anchor.left, vw - w - 8));
  const below = vh - anchor.bottom - 14;
  const above = anchor.top - 14;
  if (below >= Math.min(maxHeight, vh / 2) || below >= above) {
    return { left: `${left}px`, top: `${Math.max(8, anchor.bottom + 6)}px`, maxHeight: `${Math.max(120, Math.min(maxHeight, below))}px` };
  }
  return { left: `${left}px`, bottom: `${vh - anchor.top + 6}px`, maxHeight: `${Math.max(120, Math.min(maxHeight, above))}px` };
}

/** The card's font family (card.css's first `font` shorthand) in the sizes and weights card.css uses. */
const CARD_FONTS = (() => {
  const family = /font:\s*[\d.]+px(?:\/[\d.]+)?\s+([^;}]+)/.exec(cardCss)?.[1]?.trim();
  if (!family) return [];
  const sizes = new Set(['14', ...Array.from(cardCss.matchAll(/font-size:\s*([\d.]+)px/g), (m) => m[1]!)]);
  return ['', '600 ', 'bold '].flatMap((weight) => [...sizes].map((size) => `${weight}${size}px ${family}`));
})();

/** Measures the card's words in its fonts, off screen: loads the fonts and fills the shaping caches a first render would. */
function warmFonts(card: EntityCard): void {
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
  const g = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!g) return;
  const words = [card.entity.label, card.entity.desc ?? '', ...card.facts.slice(0, 20).map((f) => `${f.value} ${f.source}`)].join(' ');
  for (const font of CARD_FONTS) {
    g.font = font;
    g.measureText(words);
  }
}

/**
 * Events the card keeps to itself: the page's bubbling listeners must not see
 * the keys and text the reader types into a note. (Capturing listeners on the
 * page's window still run first; only a frame of the extension's own origin
 * would hide those.)
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut'];

/**
 * One card at a time, in a closed shadow root: page CSS can't reach it, and
 * page scripts can't read it (the reader's notes are in it) — the host's
 * `shadowRoot` is null, and the only reference stays in this closure. The host
 * is fixed-position and zero-sized (see card.css), so opening a card never
 * shifts the page; it is removed on close, leaving the page as it was.
 */
export function createCardHost(ctx: ContentScriptContext, win: Window, deps: CardHostDeps) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let openId = 0;
  /** Cards opened from a card's links, to go back to. */
  let trail: { id: string; label: string; term: string | undefined }[] = [];

  const close = () => {
    openId++;
    const had = ui !== null;
    ui?.remove();
    ui = null;
    trail = [];
    if (had) deps.onClosed?.();
  };

  const show = async (entityId: string, anchor: DOMRect, term: string | undefined, myId: number) => {
    deps.mark?.('backstory:card-open');
    const placement = placeCard(anchor, win.innerWidth, win.innerHeight);
    if (!ui) {
      const created = await createShadowRootUi<HTMLElement>(ctx, {
        name: CARD_HOST_TAG,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: cardCss,
        // WXT's own reset is `all: initial !important`, which would beat card.css's fixed, zero-size host.
        inheritStyles: true,
        mode: 'closed',
        isolateEvents: ISOLATED_EVENTS,
        onMount: (container) => container,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      if (myId !== openId) return;
      ui = created;
      ui.mount();
    }
    const container = ui.uiContainer;
    const back = trail.at(-1);
    const paint = (card: EntityCard | null, error?: string) =>
      render(
        <Card
          placement={placement}
          card={card}
          {...(error ? { error } : {})}
          articleDate={deps.articleDate()}
          articleLang={deps.articleLang()}
          uiLang={deps.uiLang()}
          {...(term ? { term } : {})}
          {...(back
            ? {
                backLabel: back.label,
                onBack: () => {
                  trail.pop();
                  void show(back.id, anchor, back.term, ++openId);
                },
              }
            : {})}
          onClose={close}
          onOpen={(id) => {
            if (card) trail.push({ id: entityId, label: card.entity.label, term });
            void show(id, anchor, deps.termFor(id), ++openId);
          }}
          onAddNote={async (text) => {
            await deps.addNote(entityId, text);
            paint(await (deps.refreshCard ?? deps.getCard)(entityId));
          }}
          onCorrect={async (kind, scope) => {
            if (!term) return;
            await deps.correct(kind, term, entityId, scope);
            close();
          }}
        />,
        container,
      );
    const pending = deps.getCard(entityId);
    // A card fetched ahead (the usual case) paints at once; "Loading…" shows only for a slow fetch.
    const loading = ctx.setTimeout(() => myId === openId && paint(null), 60);
    try {
      const card = await pending;
      clearTimeout(loading);
      deps.mark?.('backstory:card-data');
      if (myId === openId) paint(card, card ? undefined : cardStrings(deps.uiLang()).noFacts);
      deps.mark?.('backstory:card-shown');
      // A card fetched ahead may predate a note added since (in the popup): refresh it once shown.
      if (card && deps.refreshCard) {
        const fresh = await deps.refreshCard(entityId);
        if (myId === openId && fresh && JSON.stringify(fresh) !== JSON.stringify(card)) paint(fresh);
      }
    } catch {
      clearTimeout(loading);
      if (myId === openId) paint(null, cardStrings(deps.uiLang()).loadFailed);
    }
  };

  const open = async (entityId: string, anchor: DOMRect, term?: string) => {
    close();
    await show(entityId, anchor, term, ++openId);
  };

  /*
   * A card's first render pays for compiling the card's code (Preact, the card,
   * its view model and wording) and for loading its fonts: 20 to 40 ms on a
   * news page, against 5 to 10 ms for the next one. Rendered once in idle time,
   * into an element that is never attached (no page script or observer can see
   * it, and nothing is laid out or focused), with its words measured in the
   * card's fonts on a canvas of its own (the browser's font and shaping caches
   * are the process's), the reader's first click costs nearly what a later one does.
   */
  const warmUp = (card: EntityCard) => {
    warmFonts(card);
    const box = win.document.createElement('div');
    render(
      <Card
        placement={placeCard(new DOMRect(0, 0, 1, 1), win.innerWidth, win.innerHeight)}
        card={card}
        articleDate={deps.articleDate()}
        articleLang={deps.articleLang()}
        uiLang={deps.uiLang()}
        onClose={() => {}}
        onOpen={() => {}}
        onAddNote={async () => {}}
        onCorrect={async () => {}}
      />,
      box,
    );
    render(null, box);
  };

  ctx.onInvalidated(close);
  return {
    open,
    close,
    warmUp,
    isOpen: () => ui !== null,
    isOwnUi: (e: Event) => e.composedPath().some((n) => (n as Element).tagName?.toLowerCase() === CARD_HOST_TAG),
  };
}
