import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardHost } from '../../components/card/mount';
import { createHandlers } from '../../utils/background/handlers';
import { BackstoryDb } from '../../utils/db/database';
import { BackgroundRequest, BackgroundResponses } from '../../utils/messaging/protocol';
import { createRouter } from '../../utils/messaging/router';
import { CARD_HOST_TAG, cardPartLoader, lazyCardHost, registerCardPart, registeredCardPart, type CardHost, type CardModule } from '../../utils/content/card-loader';

/*
 * The card's code is loaded from the extension on first use (or ahead, once a
 * page has highlights), never carried by the content script: see
 * utils/content/card-loader.ts. These hold the loading to its rules without a
 * browser; e2e/card-loading.e2e.ts checks it in one.
 */

const ctx = { isInvalid: false } as ContentScriptContext;
const deps = {} as Parameters<typeof lazyCardHost>[2];

function fakeHost() {
  const opened: string[] = [];
  const host = { open: vi.fn(async (id: string) => void opened.push(id)), close: vi.fn(), warmUp: vi.fn(), isOpen: () => opened.length > 0, isOwnUi: () => false } as unknown as CardHost;
  return { host, opened };
}

describe('loading the card\'s code', () => {
  it('asks the background once, and takes the code from the global it registered on', async () => {
    const world = {};
    const mod = { createCardHost: vi.fn() } as unknown as CardModule;
    const inject = vi.fn(async () => {
      registerCardPart(world, 'card', mod);
      return { loaded: true };
    });
    const load = cardPartLoader(world, 'card', inject);
    expect(registeredCardPart(world, 'card')).toBeNull();
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(mod);
    expect(b).toBe(mod);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith('card');
    // Parts are apart: the card's code is not the notes'.
    expect(registeredCardPart(world, 'notes')).toBeNull();
  });

  it('does not ask again when the code already runs in this world', async () => {
    const world = {};
    registerCardPart(world, 'card', { createCardHost: vi.fn() } as unknown as CardModule);
    const inject = vi.fn(async () => ({ loaded: true }));
    await cardPartLoader(world, 'card', inject)();
    expect(inject).not.toHaveBeenCalled();
  });

  it('forgets a failure, so the next use tries again', async () => {
    const world = {};
    const inject = vi
      .fn<(part: 'card') => Promise<{ loaded: boolean }>>()
      .mockRejectedValueOnce(new Error('Extension context invalidated'))
      .mockResolvedValueOnce({ loaded: true })
      .mockImplementationOnce(async () => {
        registerCardPart(world, 'card', { createCardHost: vi.fn() } as unknown as CardModule);
        return { loaded: true };
      });
    const load = cardPartLoader(world, 'card', inject);
    await expect(load()).rejects.toThrow(/invalidated/);
    // Answered, but nothing registered: not taken for loaded.
    await expect(load()).rejects.toThrow(/did not load/);
    await expect(load()).resolves.toBeTruthy();
    expect(inject).toHaveBeenCalledTimes(3);
  });
});

describe('the lazy card host', () => {
  it('tells its own UI from the page\'s without the card\'s code', () => {
    const load = vi.fn();
    const cards = lazyCardHost(ctx, window, deps, load);
    const host = document.createElement(CARD_HOST_TAG);
    document.body.append(host);
    const seen: boolean[] = [];
    document.body.addEventListener('click', (e) => seen.push(cards.isOwnUi(e)));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    host.remove();
    expect(seen).toEqual([true, false]);
    expect(cards.isOpen()).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('opens once the code is in, and an open still waiting gives way to a later open or close', async () => {
    const { host, opened } = fakeHost();
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    const create = vi.fn(() => host);
    const cards = lazyCardHost(ctx, window, deps, async () => {
      await arrived;
      return { createCardHost: create } as unknown as CardModule;
    });
    const anchor = new DOMRect(0, 0, 10, 10);
    const first = cards.open('Q1', anchor);
    const second = cards.open('Q2', anchor);
    const closedBefore = cards.open('Q3', anchor);
    cards.close();
    release();
    await Promise.all([first, second, closedBefore]);
    expect(opened).toEqual([]);
    await cards.open('Q4', anchor);
    expect(opened).toEqual(['Q4']);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('preloads, so that the first open needs no wait', async () => {
    const { host, opened } = fakeHost();
    const load = vi.fn(async () => ({ createCardHost: () => host }) as unknown as CardModule);
    const cards = lazyCardHost(ctx, window, deps, load);
    await cards.preload();
    void cards.open('Q1', new DOMRect());
    // Opened in the same task as the click: no await on the way.
    expect(opened).toEqual(['Q1']);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('warming the card up', () => {
  const CARD = {
    entity: { id: 'Q7747', type: 'person' as const, label: 'Vladimir Putin', labels: { en: 'Vladimir Putin' } },
    facts: [{ p: 'position', value: 'President of Russia', source: 'Wikidata', asOf: '2024-06' }],
    notes: [],
  };

  it('waits for the code, then renders where no page script or observer can see it', async () => {
    const { host } = fakeHost();
    const cards = lazyCardHost(ctx, window, deps, async () => ({ createCardHost: () => host }) as unknown as CardModule);
    cards.warmUp(CARD);
    expect(host.warmUp).not.toHaveBeenCalled();
    await cards.preload();
    cards.warmUp(CARD);
    expect(host.warmUp).toHaveBeenCalledWith(CARD);
  });

  it('touches nothing in the page', () => {
    const realCtx = { isInvalid: false, onInvalidated: () => () => {}, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) } as unknown as ContentScriptContext;
    const host = createCardHost(realCtx, window, { getCard: async () => CARD, addNote: async () => {}, correct: async () => {}, termFor: () => undefined, articleDate: () => '2024-06-19', articleLang: () => 'en', uiLang: () => 'en' });
    const before = document.documentElement.outerHTML;
    const seen = new MutationObserver(() => {});
    seen.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    host.warmUp(CARD);
    expect(seen.takeRecords()).toEqual([]);
    seen.disconnect();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(host.isOpen()).toBe(false);
  });
});

describe('the background\'s "loadCard"', () => {
  const page = { id: 'self', url: 'https://news.example/a', frameId: 3, tab: { id: 7 } };
  const ORIGIN = 'chrome-extension://self/';

  it('runs the asked part in the sender\'s own tab and frame, and only there', async () => {
    const db = new BackstoryDb(`card-loader-${Math.random()}`);
    const injectCard = vi.fn(async () => undefined);
    const handlers = createHandlers({ db, knowledge: () => Promise.reject(new Error('unused')), uiLang: () => 'en', injectCard });
    const { BACKGROUND_SENDERS } = await import('../../utils/background/handlers');
    const route = createRouter(BackgroundRequest, handlers, { extensionId: 'self', roles: { senders: BACKGROUND_SENDERS, extensionOrigin: ORIGIN }, log: () => {} });
    const answer = await route({ type: 'loadCard', part: 'card' }, page);
    expect(BackgroundResponses.loadCard.parse(answer)).toEqual({ loaded: true });
    expect(injectCard).toHaveBeenCalledWith({ tabId: 7, frameId: 3 }, 'card');
    // A part that is not one is refused before anything runs; a tab the sender names is not read at all.
    expect(route({ type: 'loadCard', part: '../popup' }, page)).toBeUndefined();
    await route({ type: 'loadCard', part: 'notes', tabId: 8, frameId: 0 }, page);
    expect(injectCard).toHaveBeenLastCalledWith({ tabId: 7, frameId: 3 }, 'notes');
    // No tab to run in (a sender without one): nothing runs.
    expect(await handlers.loadCard({ type: 'loadCard', part: 'notes' }, { role: 'contentScript', incognito: false })).toEqual({ loaded: false });
    expect(injectCard).toHaveBeenCalledTimes(2);
    await db.delete();
  });
});
