import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardHostDeps, createCardHost } from '../../components/card/mount';
import type { CardPart, EntityCard } from '../messaging/page-protocol';
import type { noteContentHandlers } from '../notes/content-handlers';

/*
 * The card's code (Preact, components/card/*, utils/cards/*) is not in the
 * content script: most pages a reader opens have nothing to highlight, and
 * the content script runs on all of them. It is a script of its own
 * (entrypoints/card.ts → card.js), loaded on first use, or ahead at idle
 * once a page has highlights so that a click never waits for it.
 *
 * How it is loaded: the content script asks the background ("loadCard"),
 * which runs card.js with `scripting.executeScript` in the sender's own tab
 * and frame. Injected that way it runs in the extension's isolated world, the
 * one the content script runs in, and registers itself on that world's global
 * object, where the content script takes it and page scripts can't see it.
 * Chosen over a dynamic `import()` of a web-accessible module because any page
 * can probe a web-accessible file to learn that the reader runs this extension
 * (Chrome's `use_dynamic_url` narrows that, Firefox's MV2 has no such thing),
 * and a module the page's network and resource timing can see loading says as
 * much. An injected script is fetched by the browser, not the page: nothing
 * is web-accessible and the page sees nothing until a card opens. The cost is
 * the "scripting" permission with host access to the sites the content script
 * already runs on (no new permission for the reader to grant), and one round
 * trip to the background, paid at idle.
 */

/** The card's host element (in the page's DOM; its shadow root is closed). */
export const CARD_HOST_TAG = 'backstory-card';

/** What card.js hands the content script. */
export interface CardModule {
  createCardHost: typeof createCardHost;
}

/**
 * What card-notes.js hands it: the notes' side of the page (the selection with
 * its context, quote notes found in the page), asked only by the popup and the
 * context menu, so kept off the pages that never need it too.
 */
export interface NotesModule {
  noteContentHandlers: typeof noteContentHandlers;
}

interface Parts {
  card: CardModule;
  notes: NotesModule;
}

export type CardHost = ReturnType<typeof createCardHost>;

/**
 * The isolated world's global each part registers on: a symbol, so no page
 * property can collide with it (and the page has another global object anyway).
 */
const KEYS: { readonly [P in CardPart]: symbol } = { card: Symbol.for('backstory.card'), notes: Symbol.for('backstory.card-notes') };
type Holder = Record<symbol, unknown>;

/** Called by card.js and card-notes.js once they run in the content script's world. */
export function registerCardPart<P extends CardPart>(global: object, part: P, mod: Parts[P]): void {
  (global as Holder)[KEYS[part]] = mod;
}

/** A part's code when it has run in this world; null otherwise. */
export function registeredCardPart<P extends CardPart>(global: object, part: P): Parts[P] | null {
  return ((global as Holder)[KEYS[part]] as Parts[P] | undefined) ?? null;
}

/**
 * Loads a part's code once: `inject` asks the background to run it in this
 * frame and resolves when it has run. A failure (the extension reloading, a
 * page the browser won't inject into) is not remembered: the next use tries again.
 */
export function cardPartLoader<P extends CardPart>(global: object, part: P, inject: (part: P) => Promise<{ loaded: boolean }>): () => Promise<Parts[P]> {
  let pending: Promise<Parts[P]> | null = null;
  return () =>
    (pending ??= (async () => {
      const ready = registeredCardPart(global, part);
      if (ready) return ready;
      const { loaded } = await inject(part);
      const mod = registeredCardPart(global, part);
      if (!loaded || !mod) throw new Error(`the ${part} code did not load`);
      return mod;
    })().catch((err: unknown) => {
      pending = null;
      throw err;
    }));
}

/**
 * The card host the page session talks to, with the same calls as
 * components/card/mount.tsx's, its code loaded on first use. `preload` loads
 * it ahead. An open still waiting for the code gives way to any later open or
 * close, as an open card does.
 */
export function lazyCardHost(ctx: ContentScriptContext, win: Window, deps: CardHostDeps, load: () => Promise<CardModule>) {
  let host: Promise<CardHost> | null = null;
  let ready: CardHost | null = null;
  let calls = 0;
  const ensure = () =>
    (host ??= load().then(
      (mod) => (ready = mod.createCardHost(ctx, win, deps)),
      (err: unknown) => {
        host = null;
        throw err;
      },
    ));
  return {
    /** Loads the code ahead, so that a click never waits for it. */
    preload: async (): Promise<void> => {
      await ensure();
    },
    open: async (entityId: string, anchor: DOMRect, term?: string): Promise<void> => {
      const mine = ++calls;
      const h = ready ?? (await ensure());
      if (mine !== calls || ctx.isInvalid) return;
      await h.open(entityId, anchor, term);
    },
    close: (): void => {
      calls++;
      ready?.close();
    },
    isOpen: (): boolean => ready?.isOpen() ?? false,
    /** Renders a card once where nobody sees it, once the code is in (see mount.tsx): for idle time. */
    warmUp: (card: EntityCard): void => ready?.warmUp(card),
    /** Needs no card code: the host's tag name is enough. */
    isOwnUi: (e: Event): boolean => e.composedPath().some((n) => (n as Element).tagName?.toLowerCase() === CARD_HOST_TAG),
  };
}
