import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers, indexPack, type Knowledge } from '../utils/background/handlers';
import { BackstoryDb } from '../utils/db/database';
import { loadPack } from '../utils/db/pack-loader';
import { BackgroundRequest } from '../utils/messaging/protocol';
import { createRouter } from '../utils/messaging/router';
import { Pack } from '../utils/pack/schema';
import { compileMatcher } from '../utils/recognition';

export default defineBackground(() => {
  const db = new BackstoryDb();
  let knowledge: Promise<Knowledge> | null = null;

  // The service worker may be stopped at any time; the pack is read again on
  // the next wake, and re-imported into IndexedDB only when its version changed.
  const getKnowledge = () =>
    (knowledge ??= fetch(browser.runtime.getURL('/pack.json'))
      .then((r) => r.json())
      .then((json) => Pack.parse(json))
      .then(async (pack) => {
        await loadPack(db, pack);
        return indexPack(pack, compileMatcher);
      })
      .catch((err: unknown) => {
        knowledge = null;
        throw err;
      }));

  browser.runtime.onInstalled.addListener(() => void getKnowledge());

  const handlers = createHandlers({
    db,
    knowledge: getKnowledge,
    uiLang: () => browser.i18n.getUILanguage().slice(0, 2),
  });
  browser.runtime.onMessage.addListener(
    createRouter(BackgroundRequest, handlers, { extensionId: browser.runtime.id }),
  );
});
