import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from '../utils/background/context-menu';
import { BACKGROUND_SENDERS, createHandlers } from '../utils/background/handlers';
import { loadKnowledge, type Knowledge } from '../utils/background/knowledge';
import { BackstoryDb } from '../utils/db/database';
import { BackgroundRequest, type CardPart } from '../utils/messaging/protocol';
import { createRouter } from '../utils/messaging/router';
import { askTab } from '../utils/messaging/client';
import { commandRequest } from '../utils/content/commands';
import type { Settings } from '../utils/settings/schema';
import { getSettings, watchSettings } from '../utils/settings/store';
import { resolveUiLang } from '../utils/settings/ui-lang';

/** Each part of the card's code, by the name a content script asks for it. */
const CARD_FILES = { card: '/card.js', notes: '/card-notes.js' } as const satisfies Record<CardPart, string>;

export default defineBackground(() => {
  const db = new BackstoryDb();
  let knowledge: Promise<Knowledge> | null = null;

  // The service worker may be stopped at any time; on the next wake the prebuilt matcher is read
  // again, and the pack re-imported into IndexedDB only when its version changed.
  // Each stage leaves a measure in the worker's timeline, read by `npm run bench:pack` and `npm run bench`.
  const measure = (name: string, start: number) => void performance.measure(`backstory:${name}`, { start, end: performance.now() });
  const getKnowledge = () =>
    (knowledge ??= loadKnowledge({
      db,
      // The pack's parts are named by its index at run time, so their paths are not in WXT's typed list.
      fetchJson: async (path) => (await fetch((browser.runtime.getURL as (p: string) => string)(path))).json(),
      measure,
    }).catch((err: unknown) => {
      knowledge = null;
      throw err;
    }));

  browser.runtime.onInstalled.addListener(() => {
    void getKnowledge();
    // Asks the browser not to evict the reader's notes under storage pressure (where the worker has the API).
    void (globalThis.navigator?.storage?.persist?.() ?? Promise.resolve(false)).catch(() => false);
  });

  // Labels for the popup's lists and the menus follow the reader's UI language setting, as cards do.
  let uiSetting: Settings['uiLang'] = 'auto';
  const uiLang = () => resolveUiLang(uiSetting, browser.i18n.getUILanguage());
  const handlers = createHandlers({
    db,
    knowledge: getKnowledge,
    uiLang,
    invalidateKnowledge: () => {
      knowledge = null;
    },
    measure,
    // Unlisted scripts (entrypoints/card.ts, card-notes.ts): run in the content script's isolated world, never web-accessible.
    injectCard: async ({ tabId, frameId }, part) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_FILES[part]] });
    },
  });
  const recreateMenus = registerContextMenu(handlers, uiLang);
  void getSettings()
    .then((s) => {
      uiSetting = s.uiLang;
    })
    .catch(() => undefined);
  watchSettings((s) => {
    if (s.uiLang === uiSetting) return;
    uiSetting = s.uiLang;
    recreateMenus();
  });
  browser.runtime.onMessage.addListener(
    createRouter(BackgroundRequest, handlers, {
      extensionId: browser.runtime.id,
      // Content scripts may ask only what a page needs (declared beside each group of handlers).
      roles: { senders: BACKGROUND_SENDERS, extensionOrigin: browser.runtime.getURL('/') },
    }),
  );

  // Keyboard commands act on the page, so they are forwarded to the active tab's content script.
  browser.commands.onCommand.addListener(async (command, tab) => {
    const req = commandRequest(command);
    if (!req) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // A tab without the content script (a browser page) simply has nothing to do.
    await askTab(tabId, req).catch(() => undefined);
  });
});
