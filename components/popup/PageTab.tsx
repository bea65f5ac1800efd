import { useEffect, useState } from 'preact/hooks';
import type { PageEntity } from '../../utils/messaging/protocol';
import { ENTITY_TYPES, LANGS } from '../../utils/pack/schema';
import { isSiteEnabled, type Settings } from '../../utils/settings/schema';
import { updateSettings } from '../../utils/settings/store';
import type { PageInfo } from './App';
import { pageApi } from './api';
import { useT } from './i18n';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The page's language and date as detected, with the reader's correction (stored per URL). */
function PageContextLine({ tabId, url, lang, date }: { tabId: number; url: string; lang: string | null; date: string | null }) {
  const t = useT();
  const [stored, setStored] = useState<{ lang: string | null; date: string | null } | null>(null);
  const [editing, setEditing] = useState(false);
  const [draftLang, setDraftLang] = useState('');
  const [draftDate, setDraftDate] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void pageApi.getContext(url).then(setStored, () => setStored(null));
  }, [url]);
  const shownLang = stored?.lang ?? lang;
  const shownDate = stored?.date ?? date;
  return (
    <div class="context">
      <p class="muted">
        {t('language')}: <strong data-testid="page-lang">{shownLang ?? t('unknown')}</strong> · {t('date')}:{' '}
        <strong data-testid="page-date">{shownDate ?? t('unknown')}</strong>{' '}
        {!editing && (
          <button
            type="button"
            class="link"
            onClick={() => {
              setDraftLang(stored?.lang ?? '');
              setDraftDate(stored?.date ?? '');
              setEditing(true);
            }}
          >
            {t('correct')}
          </button>
        )}
      </p>
      {editing && (
        <form
          class="row"
          onSubmit={async (e) => {
            e.preventDefault();
            const ctx = draftLang || draftDate ? { lang: draftLang || null, date: draftDate || null } : null;
            const applied = await pageApi.setContext(tabId, url, ctx);
            setStored(ctx);
            setEditing(false);
            setStatus(t(applied ? 'contextSavedApplied' : 'contextSavedLater'));
          }}
        >
          <label>
            {t('language')}{' '}
            <select name="page-lang" value={draftLang} onChange={(e) => setDraftLang((e.target as HTMLSelectElement).value)}>
              <option value="">{t('detectAuto')}</option>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('date')} <input type="date" name="page-date" value={draftDate} onInput={(e) => setDraftDate((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
      {status && (
        <p class="muted small" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

export function PageTab({ page, settings }: { page: PageInfo; settings: Settings }) {
  const t = useT();
  if (page === undefined) return <p class="muted">{t('reading')}</p>;
  if (page === null) return <p class="muted">{t('cantRead')}</p>;
  const { state, tabId } = page;
  const site = hostOf(state.url);
  const on = isSiteEnabled(settings, site);
  return (
    <div>
      {site && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            name="site-enabled"
            checked={on}
            onChange={(e) => {
              const want = (e.target as HTMLInputElement).checked;
              // Switching a site on also lifts a global switch-off, or the switch would do nothing here.
              void updateSettings((s) =>
                want ? { enabled: true, disabledSites: s.disabledSites.filter((x) => x !== site) } : { disabledSites: [...new Set([...s.disabledSites, site])] },
              );
            }}
          />
          {t('highlightOnSite', { site })}
        </label>
      )}
      <PageContextLine tabId={tabId} url={state.url} lang={state.lang} date={state.date} />
      {!state.entities.length ? (
        <p class="muted" data-testid="no-entities">
          {t('noEntities')}
        </p>
      ) : (
        ENTITY_TYPES.map((type) => {
          const items = state.entities.filter((e) => e.type === type);
          if (!items.length) return null;
          return (
            <section key={type} aria-labelledby={`h-${type}`}>
              <h2 id={`h-${type}`}>
                {t(type)} <span class="count">{items.length}</span>
              </h2>
              <ul class="entities">
                {items.map((e: PageEntity) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      class="entity"
                      data-entity-id={e.id}
                      title={t('showOnPage', { name: e.label })}
                      onClick={() => void pageApi.showEntity(tabId, e.id).catch(() => undefined)}
                    >
                      <span class={`dot ${e.type}`} aria-hidden="true" />
                      {e.label}
                      <span class="count" aria-label={t('mentions', { n: e.count })}>
                        ×{e.count}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
