import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCardHost } from '../../components/card/mount';
import { askBackground } from '../../utils/messaging/client';
import { ContentRequest, type EntityCard } from '../../utils/messaging/protocol';
import { createRouter } from '../../utils/messaging/router';
import { PageSession } from '../../utils/content/page-session';
import { watchLocation } from '../../utils/content/location-watch';
import { noteContentHandlers } from '../../utils/notes/content-handlers';
import { isSiteEnabled, parseSettings, type Settings } from '../../utils/settings/schema';
import { takePrefetched } from '../../utils/content/prefetch';
import { getSettings, updateSettings, watchSettings } from '../../utils/settings/store';
import { resolveUiLang } from '../../utils/settings/ui-lang';
import { BENCHMARK_MARKS_KEY, benchmarkMarks } from '../../utils/content/perf-marks';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's default posts a window message naming the extension on every page: pages could spot readers by it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Marks are shared with the page's own world: written only when the benchmark asked for them.
    const { mark, measure } = benchmarkMarks(
      performance,
      browser.storage.local.get(BENCHMARK_MARKS_KEY).then((r) => r[BENCHMARK_MARKS_KEY] === true),
    );
    mark('backstory:start');
    // Read ahead at document_start when that script ran; asked now otherwise, overlapping the setup below.
    const initialSettings = takePrefetched(globalThis)?.then(parseSettings, () => getSettings()) ?? getSettings();
    // Cards follow the reader's UI language setting, else the browser's (entity names and the card's own words in any of the five).
    let uiSetting: Settings['uiLang'] = 'auto';
    const uiLang = () => resolveUiLang(uiSetting, browser.i18n.getUILanguage());
    const site = location.hostname;
    let session: PageSession | null = null;
    /*
     * Cards are fetched ahead, in idle time after the scan, so a click opens
     * one without waiting on the background's database. The cache holds for
     * one set of page entities (relations depend on it) and one UI language, and drops an entity's
     * card when a note is added to it.
     */
    const cardCache = new Map<string, Promise<EntityCard | null>>();
    let cacheKey = '';
    const getCard = (id: string, fresh = false): Promise<EntityCard | null> => {
      const pageIds = session?.pageIds() ?? [];
      const key = `${session?.date ?? ''}|${uiLang()}|${pageIds.join()}`;
      if (key !== cacheKey) {
        cardCache.clear();
        cacheKey = key;
      }
      let p = fresh ? undefined : cardCache.get(id);
      if (!p) {
        p = askBackground({ type: 'getCard', id, date: session?.date ?? null, uiLang: uiLang(), pageIds });
        p.catch(() => cardCache.delete(id));
        cardCache.set(id, p);
      }
      return p;
    };
    const prefetch = async () => {
      for (const id of (session?.pageIds() ?? []).slice(0, 60)) {
        if (ctx.isInvalid || !session?.on) return;
        await getCard(id).catch(() => null);
      }
    };
    const cards = createCardHost(ctx, window, {
      getCard: (id) => getCard(id),
      refreshCard: (id) => getCard(id, true),
      addNote: async (entityId, text) => {
        await askBackground({
          type: 'saveNote',
          note: { entityId, text, url: location.href, pageTitle: document.title, tags: [] },
        });
        cardCache.delete(entityId);
      },
      correct: async (kind, term, entityId, scope) => {
        const c = await askBackground({
          type: 'addCorrection',
          kind,
          term,
          ...(kind === 'notEntity' ? { entityId } : {}),
          site: scope === 'site' ? site : null,
        });
        session?.addCorrection(c);
      },
      termFor: (id) => session?.termFor(id),
      articleDate: () => session?.date ?? null,
      articleLang: () => session?.lang ?? null,
      uiLang,
      onClosed: () => session?.clearFocus(),
      mark,
    });
    session = new PageSession({
      doc: document,
      win: window,
      signal: ctx.signal,
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
      recognize: (req) => askBackground({ type: 'recognize', ...req }),
      describe: (ids) => askBackground({ type: 'describe', ids }),
      corrections: () => askBackground({ type: 'listCorrections', site }),
      openCard: (id, anchor, term) => void cards.open(id, anchor, term),
      closeCard: cards.close,
      isOwnUi: cards.isOwnUi,
      mark,
      measure,
      log: (msg, err) => console.debug(`[backstory] ${msg}`, err ?? ''),
    });
    ctx.onInvalidated(() => session?.stop());
    // Not WXT's wxt:locationchange: that window event carries the extension's id where the page hears it.
    watchLocation(ctx, () => session?.onLocationChange());

    const onMessage = createRouter(
      ContentRequest,
      {
        ...noteContentHandlers(document, { signal: ctx.signal }),
        getPageState: () => session!.pageState(),
        showEntity: ({ id }) => ({ shown: session!.showEntity(id) }),
        // The popup saved the reader's correction of the language or date: recognise again with it now.
        applyPageContext: async ({ context }) => ({ applied: await session!.applyPageCorrection(context) }),
        navigateEntity: ({ dir }) => ({ focused: session!.navigate(dir)?.mention.id ?? null }),
        toggleHighlights: async () => {
          // "On this site": a global switch-off is lifted too, or the toggle would do nothing here.
          const next = await updateSettings((s) =>
            isSiteEnabled(s, site)
              ? { disabledSites: [...s.disabledSites, site] }
              : { enabled: true, disabledSites: s.disabledSites.filter((x) => x !== site) },
          );
          await session!.applySettings(next);
          return { on: isSiteEnabled(next, site) };
        },
      },
      { extensionId: browser.runtime.id },
    );
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.onInvalidated(
      watchSettings((s) => {
        uiSetting = s.uiLang;
        void session?.applySettings(s);
      }),
    );

    session.prepare();
    try {
      const settings = await initialSettings;
      mark('backstory:settings');
      uiSetting = settings.uiLang;
      await session.applySettings(settings);
      if (session.on) ctx.requestIdleCallback(() => void prefetch(), { timeout: 2000 });
    } catch (err) {
      // A page we can't read (or an extension reload mid-request) must never break the page.
      console.debug('[backstory] scan failed', err);
      // Nothing read ahead for a scan that never started may stay behind.
      if (!session.on) session.stop();
    }
  },
});
