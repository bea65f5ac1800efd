import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageState } from '../../utils/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { getSettings, watchSettings } from '../../utils/settings/store';
import { activePageState } from './api';
import { FactsTab } from './FactsTab';
import { LangContext, pickLang, translate, type MessageKey } from './i18n';
import { NotesTab } from './NotesTab';
import { PageTab } from './PageTab';
import { SettingsTab } from './SettingsTab';

const TABS = ['page', 'facts', 'notes', 'settings'] as const;
type TabId = (typeof TABS)[number];
const TAB_LABEL: Record<TabId, MessageKey> = { page: 'tabPage', facts: 'tabFacts', notes: 'tabNotes', settings: 'tabSettings' };

export type PageInfo = { tabId: number; state: PageState } | null | undefined;

const LAST_TAB_KEY = 'backstory:lastTab';

/** ?tab= when given, else the tab the reader last chose (read synchronously: no flash of another tab). */
export function initialTab(search: string): TabId {
  const p = new URLSearchParams(search);
  if (p.get('draft')) return 'notes';
  const isTab = (t: string | null): t is TabId => (TABS as readonly string[]).includes(t ?? '');
  const t = p.get('tab');
  if (isTab(t)) return t;
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_TAB_KEY);
  } catch {
    // storage blocked: start on the page tab
  }
  return isTab(last) ? last : 'page';
}

function rememberTab(t: TabId): void {
  try {
    localStorage.setItem(LAST_TAB_KEY, t);
  } catch {
    // not remembered; harmless
  }
}

export function App() {
  const [tab, selectTab] = useState<TabId>(() => initialTab(location.search));
  const setTab = (t: TabId) => {
    selectTab(t);
    rememberTab(t);
  };
  const [page, setPage] = useState<PageInfo>(undefined);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [noteCount, setNoteCount] = useState<number | null>(null);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const lang = pickLang(settings.uiLang, browser.i18n.getUILanguage());

  useEffect(() => {
    void activePageState().then(setPage);
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Arrow keys move between tabs and select them (the WAI-ARIA tabs pattern with automatic activation).
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <LangContext.Provider value={lang}>
      <main>
        <div role="tablist" aria-label="Backstory" class="tabs" onKeyDown={onKeyDown}>
          {TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                tabRefs.current[id] = el;
              }}
              role="tab"
              type="button"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {translate(lang, TAB_LABEL[id])}
              {id === 'notes' && noteCount !== null && <span class="count"> {noteCount}</span>}
            </button>
          ))}
        </div>
        {tab !== 'notes' && (
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0} class="panel">
            {tab === 'page' && <PageTab page={page} settings={settings} />}
            {tab === 'facts' && <FactsTab />}
            {tab === 'settings' && <SettingsTab settings={settings} />}
          </div>
        )}
        <NotesHost visible={tab === 'notes'} page={page} onCount={setNoteCount} />
      </main>
    </LangContext.Provider>
  );
}

/** The notes tab is heavy (every note, an index): mounted the first time it is shown, then only hidden. */
function NotesHost({ visible, page, onCount }: { visible: boolean; page: PageInfo; onCount: (n: number) => void }) {
  const [mounted, setMounted] = useState(visible);
  useEffect(() => {
    if (visible) setMounted(true);
  }, [visible]);
  if (!mounted) return null;
  return (
    <div role="tabpanel" id="panel-notes" aria-labelledby="tab-notes" hidden={!visible} class="panel">
      <NotesTab page={page} onCount={onCount} draftRequested={new URLSearchParams(location.search).has('draft')} />
    </div>
  );
}
