import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteRecord } from '../../utils/db/records';
import type { NoteDraft, QueryNotesResponse, SaveResultView } from '../../utils/messaging/notes-protocol';
import type { NoteFilters } from '../../utils/notes/search';
import type { PageInfo } from './App';
import { notesApi, openPage } from './api';
import { useDebounced } from './hooks';
import { useLang, useT, type T } from './i18n';
import { NewNoteForm, NoteItem, type SaveOutcome } from './NoteEditor';
import { mark, measure } from './perf';

/** Notes drawn per page of the list: the popup never renders thousands of items at once. */
export const PAGE_SIZE = 30;

let prefetched: ReturnType<typeof notesApi.query> | null = null;
/** Asks for the first screen of notes while the popup is still rendering (when it opens on this tab). */
export function prefetchNotes(lang: string): void {
  prefetched = notesApi.query('', {}, PAGE_SIZE, false, lang);
  prefetched.catch(() => undefined);
}

type Facets = NonNullable<QueryNotesResponse['facets']>;

function outcome(r: SaveResultView, t: T): SaveOutcome {
  if (r.ok) return { ok: true };
  if (r.reason === 'conflict') return { ok: false, message: t('conflict'), ...(r.current ? { current: r.current } : {}) };
  if (r.reason === 'quota') return { ok: false, message: t('quota') };
  return { ok: false, message: `${t('saveFailed')} ${r.message ?? ''}`.trim() };
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every note, newest first, searched and filtered by the background (which
 * keeps the index), shown a page at a time.
 */
export function NotesTab({ page, onCount, draftRequested }: { page: PageInfo; onCount: (n: number) => void; draftRequested: boolean }) {
  const t = useT();
  const lang = useLang();
  const [data, setData] = useState<QueryNotesResponse | null>(null);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [labels, setLabels] = useState<Record<string, { label: string }>>({});
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<NoteFilters>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<{ text: string; undo?: NoteRecord } | null>(null);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const query = useDebounced(q, 80);
  const pending = useRef<'search' | null>(null);
  const firstPaint = useRef(false);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (draftRequested) void notesApi.takeDraft().then((d) => d && setDraft(d));
  }, []);

  useEffect(() => {
    let live = true;
    if (data) {
      pending.current = 'search';
      mark('backstory:search-start');
    }
    const want = filters;
    const apply = (r: QueryNotesResponse) => {
      if (!live) return;
      setData(r);
      setLabels((prev) => ({ ...prev, ...r.entities }));
      if (r.facets) setFacets(r.facets);
      onCount(r.total);
    };
    const first = prefetched && !data && !query && !want.entityId && !want.site && !want.tag && !want.orphanedOnly && limit === PAGE_SIZE ? prefetched : null;
    prefetched = null;
    void (first ?? notesApi.query(query, want, limit, false, lang))
      .then(apply)
      .catch(() => live && setError(t('readFailed')));
    return () => {
      live = false;
    };
  }, [query, filters, limit, version, lang]);

  // The filters' choices: after the first screen (on a cold start they wait for the index), and after each change.
  useEffect(() => {
    if (!data) return;
    let live = true;
    void notesApi
      .query('', {}, 1, true, lang)
      .then((r) => {
        if (!live || !r.facets) return;
        setLabels((prev) => ({ ...prev, ...r.entities }));
        setFacets(r.facets);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [data === null, version, lang]);

  // Layout effects: the marks time the DOM update itself, not the wait for the next frame.
  useLayoutEffect(() => {
    if (!data) return;
    if (!firstPaint.current) {
      firstPaint.current = true;
      mark('backstory:notes-rendered');
    } else if (pending.current) {
      pending.current = null;
      mark('backstory:search-end');
      measure('backstory:search', 'backstory:search-start', 'backstory:search-end');
    }
  }, [data]);
  useLayoutEffect(() => {
    if (facets) mark('backstory:notes-indexed');
  }, [facets]);
  useEffect(() => setLimit(PAGE_SIZE), [query, filters]);

  // Quote notes of the open page: look for each quote again; those not found are flagged orphaned, never dropped.
  const checked = useRef(false);
  useEffect(() => {
    const site = hostOf(page?.state.url);
    if (!page || !site || checked.current) return;
    checked.current = true;
    void notesApi
      .query('', { site }, 1000, false, lang)
      .then((r) => notesApi.checkAnchors(page.tabId, r.notes.filter((n) => n.url === page.state.url)))
      .then((flags) => flags.size && refresh())
      .catch(() => undefined);
  }, [page]);

  const save = async (d: NoteDraft, base?: number): Promise<SaveOutcome> => {
    try {
      const r = await notesApi.upsert(d, base);
      if (r.ok) refresh();
      return outcome(r, t);
    } catch {
      return { ok: false, message: t('saveFailed') };
    }
  };
  const remove = async (note: NoteRecord) => {
    try {
      await notesApi.remove(note.id);
      setToast({ text: t('deleted'), undo: note });
    } catch {
      setError(t('saveFailed'));
    }
    refresh();
  };
  const undo = async (note: NoteRecord) => {
    const r = await notesApi.restore(note);
    const o = outcome(r, t);
    if (o.ok) setToast({ text: t('restored') });
    else setError(o.message);
    refresh();
  };

  const pageEntities = (page?.state.entities ?? []).map((e) => ({ id: e.id, label: e.label }));
  const base: Partial<NoteDraft> = draft ?? (page ? { url: page.state.url, pageTitle: page.state.title } : {});
  const setFilter = (k: keyof NoteFilters, v: string) => setFilters((f) => ({ ...f, [k]: v || undefined }));
  const notes = data?.notes ?? [];

  return (
    <div>
      <NewNoteForm
        key={draft ? 'draft' : 'page'}
        entities={pageEntities}
        base={base}
        onSave={async (d) => {
          const r = await save(d);
          if (r.ok && draft) setDraft(null);
          return r;
        }}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <label class="grow">
          <span class="sr">{t('searchNotes')}</span>
          <input type="search" name="notes-search" placeholder={t('searchNotes')} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <div class="row filters">
        <label>
          <span class="sr">{t('filterEntity')}</span>
          <select name="filter-entity" value={filters.entityId ?? ''} onChange={(e) => setFilter('entityId', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allEntities')}</option>
            {facets?.entities.map(([id, n]) => (
              <option key={id} value={id}>
                {labels[id]?.label ?? id} ({n})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="sr">{t('filterSite')}</span>
          <select name="filter-site" value={filters.site ?? ''} onChange={(e) => setFilter('site', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allSites')}</option>
            {facets?.sites.map(([s, n]) => (
              <option key={s} value={s}>
                {s} ({n})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="sr">{t('filterTag')}</span>
          <select name="filter-tag" value={filters.tag ?? ''} onChange={(e) => setFilter('tag', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allTags')}</option>
            {facets?.tags.map(([tag, n]) => (
              <option key={tag} value={tag}>
                #{tag} ({n})
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="filter-orphaned"
            checked={!!filters.orphanedOnly}
            onChange={(e) => setFilters((f) => ({ ...f, orphanedOnly: (e.target as HTMLInputElement).checked || undefined }))}
          />
          {t('orphanedOnly')}
        </label>
      </div>
      <p class="muted small" role="status" data-testid="notes-status">
        {data === null ? '…' : data.matched === 0 ? (data.total ? t('noMatch') : t('noNotes')) : t('notesCount', { n: data.matched })}
      </p>
      <ul class="notes">
        {notes.map((n) => (
          <NoteItem
            key={`${n.id}@${n.updatedAt}`}
            note={n}
            entityLabel={n.entityId ? (labels[n.entityId]?.label ?? n.entityId) : undefined}
            onSave={save}
            onDelete={(note) => void remove(note)}
            onOpen={openPage}
          />
        ))}
      </ul>
      {data && data.matched > notes.length && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          {t('showMore', { n: data.matched - notes.length })}
        </button>
      )}
      {toast && (
        <div class="toast" role="status">
          {toast.text}{' '}
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                const n = toast.undo!;
                setToast(null);
                void undo(n);
              }}
            >
              {t('undo')}
            </button>
          )}
          <button type="button" class="link" aria-label={t('cancel')} onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
