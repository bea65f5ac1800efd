import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from '../utils/background/context-menu';
import { createHandlers, indexPack, type Knowledge } from '../utils/background/handlers';
import { BackstoryDb } from '../utils/db/database';
import { loadPack } from '../utils/db/pack-loader';
import { BackgroundRequest } from '../utils/messaging/protocol';
import { createRouter } from '../utils/messaging/router';
import { askTab } from '../utils/messaging/client';
import { commandRequest } from '../utils/content/commands';
import { readBundledPack } from '../utils/pack/bundled';
import { compileMatcher } from '../utils/recognition';

export default defineBackground(() => {
  const db = new BackstoryDb();
  let knowledge: Promise<Knowledge> | null = null;

  // The service worker may be stopped at any time; the pack is read again on
  // the next wake, and re-imported into IndexedDB only when its version changed.
  // Each stage leaves a measure in the worker's timeline, read by `npm run bench:pack`.
  const measure = (name: string, start: number) => performance.measure(`backstory:${name}`, { start, end: performance.now() });
  const getKnowledge = () =>
    (knowledge ??= Promise.resolve(performance.now())
      .then(async (t0) => {
        const pack = readBundledPack(await (await fetch(browser.runtime.getURL('/pack.json'))).json());
        measure('pack-read', t0);
        const t1 = performance.now();
        const { loaded } = await loadPack(db, pack);
        if (loaded) measure('pack-load', t1);
        // The reader's own names are recognised like the pack's: compiled into the same matcher.
        const userEntities = await db.entities.where('origin').equals('user').toArray();
        const t2 = performance.now();
        const k = indexPack({ ...pack, entities: pack.entities.concat(userEntities) }, compileMatcher);
        measure('matcher-compile', t2);
        return k;
      })
      .catch((err: unknown) => {
        knowledge = null;
        throw err;
      }));

  browser.runtime.onInstalled.addListener(() => {
    void getKnowledge();
    // Asks the browser not to evict the reader's notes under storage pressure (where the worker has the API).
    void (globalThis.navigator?.storage?.persist?.() ?? Promise.resolve(false)).catch(() => false);
  });

  const handlers = createHandlers({
    db,
    knowledge: getKnowledge,
    uiLang: () => browser.i18n.getUILanguage().slice(0, 2),
    invalidateKnowledge: () => {
      knowledge = null;
    },
  });
  registerContextMenu(handlers, () => browser.i18n.getUILanguage().slice(0, 2));
  browser.runtime.onMessage.addListener(
    createRouter(BackgroundRequest, handlers, { extensionId: browser.runtime.id }),
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
