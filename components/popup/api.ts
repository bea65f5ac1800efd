import { browser } from 'wxt/browser';
import { noteDraftItem } from '../../utils/background/context-menu';
import type { NoteRecord } from '../../utils/db/records';
import { askBackground, askTab } from '../../utils/messaging/client';
import type { NoteDraft } from '../../utils/messaging/notes-protocol';
import type { NoteFilters } from '../../utils/notes/search';
import type { NoteInput, PageState } from '../../utils/messaging/protocol';
import type { EntityType } from '../../utils/pack/schema';

/** The popup's view of the active tab: null when it has no content script (a browser page, a PDF...). */
export async function activePageState(search = location.search): Promise<{ tabId: number; state: PageState } | null> {
  // `?tabId=` lets the popup be opened in a tab of its own (tests, keyboard users) for a given page.
  const pinned = Number(new URLSearchParams(search).get('tabId'));
  const tabId = Number.isInteger(pinned) && pinned > 0 ? pinned : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  try {
    return { tabId, state: await askTab(tabId, { type: 'getPageState' }) };
  } catch {
    return null;
  }
}

export const notesApi = {
  list: () => askBackground({ type: 'listNotes' }),
  save: (note: NoteInput) => askBackground({ type: 'saveNote', note }),
  remove: (id: string) => askBackground({ type: 'deleteNote', id }),
  query: (q: string, filters: NoteFilters, limit: number, facets: boolean, uiLang: string) =>
    askBackground({
      type: 'queryNotes',
      q,
      offset: 0,
      limit,
      facets,
      uiLang,
      ...(filters.entityId ? { entityId: filters.entityId } : {}),
      ...(filters.site ? { site: filters.site } : {}),
      ...(filters.tag ? { tag: filters.tag } : {}),
      ...(filters.orphanedOnly ? { orphaned: true } : {}),
    }),
  upsert: (note: NoteDraft, baseUpdatedAt?: number) =>
    askBackground({ type: 'upsertNote', note, ...(baseUpdatedAt !== undefined ? { baseUpdatedAt } : {}) }),
  restore: (note: NoteRecord) => askBackground({ type: 'restoreNote', note }),
  /** Re-anchors the quote notes of the page open in `tabId`; notes whose quote is gone are marked orphaned. */
  async checkAnchors(tabId: number, notes: NoteRecord[]): Promise<Map<string, boolean>> {
    const quoted = notes.filter((n) => n.selectors).slice(0, 2000);
    if (!quoted.length) return new Map();
    const { results } = await askTab(tabId, { type: 'anchorNotes', notes: quoted.map((n) => ({ id: n.id, selectors: n.selectors! })) });
    await askBackground({ type: 'setNoteAnchors', results });
    return new Map(results.map((r) => [r.id, r.orphaned]));
  },
  takeDraft: async (): Promise<NoteDraft | null> => {
    const draft = await noteDraftItem.getValue();
    if (draft) await noteDraftItem.removeValue();
    return draft;
  },
};

export const factsApi = {
  search: (q: string, entityType: EntityType | undefined, offset: number, uiLang: string) =>
    askBackground({ type: 'searchEntities', q, offset, limit: 50, uiLang, ...(entityType ? { entityType } : {}) }),
  detail: (id: string, uiLang: string) => askBackground({ type: 'entityDetail', id, uiLang }),
  cacheInfo: () => askBackground({ type: 'cacheInfo' }),
  clearCache: () => askBackground({ type: 'clearCache' }),
};

export const dataApi = {
  export: (format: 'backstory' | 'webannotation' | 'markdown', uiLang: string) => askBackground({ type: 'exportData', format, uiLang }),
  import: (text: string, skipRejected = false) => askBackground({ type: 'importData', text, skipRejected }),
  /** The visit log's size (from the cache figures) and its own clearing. */
  historyCount: async () => (await askBackground({ type: 'cacheInfo' })).visits,
  clearHistory: () => askBackground({ type: 'clearHistory' }),
};

export const pageApi = {
  showEntity: (tabId: number, id: string) => askTab(tabId, { type: 'showEntity', id }),
  getContext: (url: string) => askBackground({ type: 'getPageContext', url }),
  async setContext(tabId: number, url: string, context: { lang: string | null; date: string | null } | null): Promise<boolean> {
    await askBackground({ type: 'setPageContext', url, context });
    // The content script may not take corrections yet: the stored one still applies on the next read.
    return askTab(tabId, { type: 'applyPageContext', context })
      .then((r) => r.applied)
      .catch(() => false);
  },
};

export const showEntity = pageApi.showEntity;

export function openPage(url: string): void {
  void browser.tabs.create({ url });
}

export function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
