import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBackground } from '../../utils/messaging/page-client';
import { ContentRequests, type EntityCard } from '../../utils/messaging/page-protocol';
import { createRouter } from '../../utils/messaging/router';
import { cardPartLoader, lazyCardHost, type NotesModule } from '../../utils/content/card-loader';
import { PageSession } from '../../utils/content/page-session';
import { watchLocation } from '../../utils/content/location-watch';
import type { Settings } from '../../utils/settings/schema';
import { takePrefetched } from '../../utils/content/prefetch';
import { getSettings, isSiteEnabled, parseSettings, updateSettings, watchSettings } from '../../utils/content/settings';
import { resolveUiLang } from '../../utils/settings/ui-lang';
import { BENCHMARK_MARKS_KEY, benchmarkMarks } from '../../utils/content/perf-marks';

/*
 * Runs on every http(s) page, so it carries only what every page needs: reading
 * the article, the highlights, and the messages' schemas in zod/mini. The card's
 * code is loaded from the extension when a page first needs it (see
 * utils/content/card-loader.ts), and its settings are read without classic zod
 * (utils/content/settings.ts).
 */

/** Cards fetched ahead per pass, those on screen first. */
const PREFETCH_CARDS = 60;
/** Cards kept per page: a reader scrolling a long page fetches those on screen as they come. */
const CACHED_CARDS = 200;

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
     * Cards are fetched ahead, in idle time after each paint and after the
     * reader scrolls, those on screen first, so a click opens one without
     * waiting on the background's database. The cache holds for one set of
     * page entities (relations depend on it) and one UI language, and drops an
     * entity's card when a note is added to it.
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
        cardCache.delete(id);
        cardCache.set(id, p);
        // The oldest go first (a Map keeps insertion order); a card dropped is fetched again when asked.
        for (const old of cardCache.keys()) {
          if (cardCache.size <= CACHED_CARDS) break;
          cardCache.delete(old);
        }
      }
      return p;
    };
    const loadCardCode = cardPartLoader(globalThis, 'card', (part) => askBackground({ type: 'loadCard', part }));
    const prefetch = async () => {
      const ids = session?.on ? session.pageIdsOnScreenFirst(window.innerHeight) : [];
      // A page with nothing highlighted never loads the card's code; one with highlights loads it now, before any click.
      if (!ids.length) return;
      const code = cards.preload();
      code.catch((err: unknown) => console.debug('[backstory] card code not loaded', err));
      for (const id of ids.slice(0, PREFETCH_CARDS)) {
        if (ctx.isInvalid || !session?.on) return;
        const card = await getCard(id).catch(() => null);
        // The first card in hand, once the code is: rendered unseen in an idle moment of its own, so the first click is as quick as the next.
        if (card && !warmed) {
          warmed = true;
          void code.then(() => ctx.requestIdleCallback(() => cards.warmUp(card), { timeout: 2000 }), () => (warmed = false));
        }
      }
    };
    let warmed = false;
    let prefetchQueued = false;
    const schedulePrefetch = () => {
      if (prefetchQueued || ctx.isInvalid) return;
      prefetchQueued = true;
      ctx.requestIdleCallback(
        () => {
          prefetchQueued = false;
          void prefetch();
        },
        { timeout: 2000 },
      );
    };
    const cards = lazyCardHost(ctx, window, {
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
    }, loadCardCode);
    session = new PageSession({
      doc: document,
      win: window,
      signal: ctx.signal,
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
      recognize: (req) => askBackground({ type: 'recognize', ...req }),
      describe: (ids) => askBackground({ type: 'describe', ids }),
      corrections: () => askBackground({ type: 'listCorrections', site }),
      // A card that can't open (its code failed to load: the extension is reloading) leaves the page as it was.
      openCard: (id, anchor, term) => void cards.open(id, anchor, term).catch((err: unknown) => console.debug('[backstory] card not opened', err)),
      closeCard: cards.close,
      isOwnUi: cards.isOwnUi,
      onRendered: (shown) => {
        if (shown > 0) schedulePrefetch();
      },
      mark,
      measure,
      log: (msg, err) => console.debug(`[backstory] ${msg}`, err ?? ''),
    });
    ctx.onInvalidated(() => session?.stop());
    // What comes on screen as the reader scrolls (any scroller: scroll events reach the window only while capturing).
    ctx.addEventListener(window, 'scroll', () => session?.on && session.visible().length > 0 && schedulePrefetch(), { capture: true, passive: true });
    // Not WXT's wxt:locationchange: that window event carries the extension's id where the page hears it.
    watchLocation(ctx, () => session?.onLocationChange());

    // The notes' side (for the popup and the context menu) is loaded when they first ask, like the card's code.
    const loadNotesCode = cardPartLoader(globalThis, 'notes', (part) => askBackground({ type: 'loadCard', part }));
    let notes: ReturnType<NotesModule['noteContentHandlers']> | null = null;
    const noteHandlers = async () => (notes ??= (await loadNotesCode()).noteContentHandlers(document, { signal: ctx.signal }));
    const onMessage = createRouter(
      ContentRequests,
      {
        getSelectionContext: async () => (await noteHandlers()).getSelectionContext(),
        anchorNotes: async (req) => (await noteHandlers()).anchorNotes(req),
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
    } catch (err) {
      // A page we can't read (or an extension reload mid-request) must never break the page.
      console.debug('[backstory] scan failed', err);
      // Nothing read ahead for a scan that never started may stay behind.
      if (!session.on) session.stop();
    }
  },
});
