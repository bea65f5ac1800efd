import { browser } from 'wxt/browser';
import { askBackground, askTab } from '../../utils/messaging/client';
import type { NoteInput, PageState } from '../../utils/messaging/protocol';

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
};

export const showEntity = (tabId: number, id: string) => askTab(tabId, { type: 'showEntity', id });
