import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { NoteDraft } from '../messaging/notes-protocol';
import type { UiLang } from '../settings/ui-lang';

/*
 * The selection's context menu: "Add note…" and "Highlight this name". The
 * work is done by the same handlers the messages reach (so tests can drive it
 * without a right click); this module only turns menu clicks into calls.
 */

export const MENU_ADD_NOTE = 'backstory-add-note';
export const MENU_HIGHLIGHT_NAME = 'backstory-highlight-name';

/** The note being written from a selection, handed to the popup window that edits it. */
export const noteDraftItem = storage.defineItem<NoteDraft | null>('session:noteDraft', { fallback: null });

interface MenuHandlers {
  noteFromSelection: (req: { type: 'noteFromSelection'; tabId: number; frameId?: number; selectionText: string; pageUrl?: string }) => Promise<{ draft: NoteDraft }>;
  addUserEntity: (req: { type: 'addUserEntity'; label: string; aliases: string[]; entityType: 'person' }) => Promise<unknown>;
}

// Keyed by UI language (utils/settings/ui-lang.ts); a language missing here is a type error.
const MENU_TITLES: Record<UiLang, { addNote: string; highlight: string }> = {
  en: { addNote: 'Add note…', highlight: 'Highlight this name' },
  it: { addNote: 'Aggiungi nota…', highlight: 'Evidenzia questo nome' },
  fr: { addNote: 'Ajouter une note…', highlight: 'Surligner ce nom' },
  de: { addNote: 'Notiz hinzufügen…', highlight: 'Diesen Namen hervorheben' },
  es: { addNote: 'Añadir nota…', highlight: 'Resaltar este nombre' },
  pt: { addNote: 'Adicionar nota…', highlight: 'Destacar este nome' },
  // "Подсветить", not "Выделить": the name is already selected (выделен) when the menu opens.
  ru: { addNote: 'Добавить заметку…', highlight: 'Подсветить это имя' },
};

/** Registers the menus; the function returned re-creates them (the reader changed the UI language). */
export function registerContextMenu(handlers: MenuHandlers, uiLang: () => string): () => void {
  const create = () => {
    const t = (MENU_TITLES as Record<string, (typeof MENU_TITLES)['en'] | undefined>)[uiLang()] ?? MENU_TITLES.en;
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ADD_NOTE, title: t.addNote, contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_HIGHLIGHT_NAME, title: t.highlight, contexts: ['selection'] });
    });
  };
  // Menus persist across service-worker restarts in Chrome but not across browser updates: recreate on both events.
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup?.addListener(create);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const selectionText = (info.selectionText ?? '').trim();
    if (!selectionText || tab?.id === undefined) return;
    if (info.menuItemId === MENU_ADD_NOTE) {
      void (async () => {
        const { draft } = await handlers.noteFromSelection({
          type: 'noteFromSelection',
          tabId: tab.id!,
          ...(info.frameId !== undefined ? { frameId: info.frameId } : {}),
          selectionText,
          ...(info.pageUrl ? { pageUrl: info.pageUrl } : {}),
        });
        await noteDraftItem.setValue(draft);
        // A small window with the popup on its notes tab, where the draft waits with its quote and entity filled in.
        await browser.windows.create({
          url: browser.runtime.getURL(`/popup.html?tabId=${tab.id}&draft=1` as '/popup.html'),
          type: 'popup',
          width: 420,
          height: 600,
        });
      })().catch((err: unknown) => console.warn('[backstory] add note from selection failed', err));
    } else if (info.menuItemId === MENU_HIGHLIGHT_NAME) {
      // The kind of a new name can't be guessed from the selection; "person" is the commonest, and the reader can change it in the popup.
      void handlers
        .addUserEntity({ type: 'addUserEntity', label: selectionText.slice(0, 200), aliases: [], entityType: 'person' })
        .catch((err: unknown) => console.warn('[backstory] highlight this name failed', err));
    }
  });
  return create;
}
