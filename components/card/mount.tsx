import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityCard } from '../../utils/messaging/protocol';
import { Card } from './Card';
import cardCss from './card.css?inline';

export const CARD_HOST_TAG = 'backstory-card';

export interface CardHostDeps {
  getCard: (id: string) => Promise<EntityCard | null>;
  addNote: (entityId: string, text: string) => Promise<void>;
  articleDate: () => string | null;
  articleLang: () => string | null;
}

/** Where the card goes: under the term, or above it when there is no room below; never off-screen. */
export function placeCard(anchor: DOMRect, vw: number, vh: number, width = 380, maxHeight = 480): Record<string, string> {
  const left = Math.max(8, Math.min(anchor.left, vw - Math.min(width, vw - 16) - 8));
  const below = vh - anchor.bottom;
  if (below >= Math.min(maxHeight, vh / 2) || below >= anchor.top) return { left: `${left}px`, top: `${anchor.bottom + 6}px` };
  return { left: `${left}px`, bottom: `${vh - anchor.top + 6}px` };
}

/**
 * One card at a time, in a shadow root so page CSS can't reach it. The host
 * element is removed on close, leaving the page as it was.
 */
export function createCardHost(ctx: ContentScriptContext, win: Window, deps: CardHostDeps) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let openId = 0;

  const close = () => {
    openId++;
    ui?.remove();
    ui = null;
  };

  const open = async (entityId: string, anchor: DOMRect) => {
    close();
    const myId = ++openId;
    const placement = placeCard(anchor, win.innerWidth, win.innerHeight);
    const created = await createShadowRootUi<HTMLElement>(ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (myId !== openId) return;
    ui = created;
    ui.mount();
    const container = ui.uiContainer;
    const paint = (card: EntityCard | null, error?: string) =>
      render(
          <Card
            placement={placement}
            card={card}
            {...(error ? { error } : {})}
            articleDate={deps.articleDate()}
            articleLang={deps.articleLang()}
            onClose={close}
            onAddNote={async (text) => {
              await deps.addNote(entityId, text);
              paint(await deps.getCard(entityId));
            }}
          />,
        container,
      );
    paint(null);
    try {
      const card = await deps.getCard(entityId);
      if (myId === openId) paint(card, card ? undefined : 'No facts are stored for this entity.');
    } catch {
      if (myId === openId) paint(null, 'Backstory could not load this card. Try again.');
    }
  };

  ctx.onInvalidated(close);
  return {
    open,
    close,
    isOwnUi: (e: Event) => e.composedPath().some((n) => (n as Element).tagName?.toLowerCase() === CARD_HOST_TAG),
  };
}
