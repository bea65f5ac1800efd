import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCardHost } from '../../components/card/mount';
import { askBackground } from '../../utils/messaging/client';
import { ContentRequest } from '../../utils/messaging/protocol';
import { createRouter } from '../../utils/messaging/router';
import { PageSession } from '../../utils/content/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const uiLang = () => browser.i18n.getUILanguage().slice(0, 2);
    let session: PageSession | null = null;
    const cards = createCardHost(ctx, window, {
      getCard: (id) => askBackground({ type: 'getCard', id, date: session?.date ?? null, uiLang: uiLang() }),
      addNote: async (entityId, text) => {
        await askBackground({
          type: 'saveNote',
          note: { entityId, text, url: location.href, pageTitle: document.title, tags: [] },
        });
      },
      articleDate: () => session?.date ?? null,
      articleLang: () => session?.lang ?? null,
    });
    session = new PageSession({
      doc: document,
      win: window,
      recognize: (req) => askBackground({ type: 'recognize', ...req }),
      openCard: (id, anchor) => void cards.open(id, anchor),
      closeCard: cards.close,
      isOwnUi: cards.isOwnUi,
    });
    ctx.onInvalidated(() => session?.stop());
    ctx.addEventListener(document, 'click', (e: MouseEvent) => session?.onClick(e));

    const onMessage = createRouter(
      ContentRequest,
      {
        getPageState: () => session!.pageState(),
        showEntity: ({ id }) => ({ shown: session!.showEntity(id) }),
      },
      { extensionId: browser.runtime.id },
    );
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    try {
      await session.scan();
    } catch (err) {
      // A page we can't read (or an extension reload mid-request) must never break the page.
      console.debug('[backstory] scan failed', err);
    }
  },
});
