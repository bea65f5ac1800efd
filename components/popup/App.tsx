import { useEffect, useState } from 'preact/hooks';
import type { NoteView, PageEntity, PageState } from '../../utils/messaging/protocol';
import { ENTITY_TYPES } from '../../utils/pack/schema';
import { activePageState, notesApi, showEntity } from './api';
import { NoteEditor } from './NoteEditor';

const TYPE_PLURAL: Record<string, string> = {
  person: 'People',
  country: 'Countries',
  place: 'Places',
  organization: 'Organisations',
  treaty: 'Treaties',
};

function PageTab({ page }: { page: { tabId: number; state: PageState } | null | undefined }) {
  if (page === undefined) return <p class="muted">Reading this page…</p>;
  if (page === null) return <p class="muted">Backstory can't read this tab.</p>;
  const { state, tabId } = page;
  if (!state.entities.length) return <p class="muted" data-testid="no-entities">No actors or treaties found on this page.</p>;
  return (
    <div>
      <p class="muted">
        Language: {state.lang ?? 'unknown'} · Date: {state.date ?? 'unknown'}
      </p>
      {ENTITY_TYPES.map((t) => {
        const items = state.entities.filter((e) => e.type === t);
        if (!items.length) return null;
        return (
          <section key={t}>
            <h2>
              {TYPE_PLURAL[t]} <span class="count">{items.length}</span>
            </h2>
            <ul class="entities">
              {items.map((e: PageEntity) => (
                <li key={e.id}>
                  <button type="button" class="entity" data-entity-id={e.id} onClick={() => void showEntity(tabId, e.id)}>
                    <span class={`dot ${e.type}`} aria-hidden="true" />
                    {e.label}
                    <span class="count">×{e.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function App() {
  const [tab, setTab] = useState<'page' | 'notes'>('page');
  const [page, setPage] = useState<{ tabId: number; state: PageState } | null | undefined>(undefined);
  const [notes, setNotes] = useState<NoteView[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    try {
      setNotes(await notesApi.list());
    } catch {
      setError('Could not read your notes.');
    }
  };
  useEffect(() => {
    void activePageState().then(setPage);
    void refresh();
  }, []);

  return (
    <main>
      <nav role="tablist" aria-label="Backstory">
        <button role="tab" type="button" aria-selected={tab === 'page'} onClick={() => setTab('page')}>
          On this page
        </button>
        <button role="tab" type="button" aria-selected={tab === 'notes'} onClick={() => setTab('notes')}>
          Notes <span class="count">{notes.length}</span>
        </button>
      </nav>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div role="tabpanel">
        {tab === 'page' ? (
          <PageTab page={page} />
        ) : (
          <NoteEditor
            notes={notes}
            entities={page?.state.entities ?? []}
            page={page?.state ?? null}
            onSave={async (n) => {
              try {
                await notesApi.save(n);
                setError(null);
              } catch {
                setError('Could not save the note. Nothing was changed.');
              }
              await refresh();
            }}
            onDelete={async (id) => {
              await notesApi.remove(id);
              await refresh();
            }}
          />
        )}
      </div>
    </main>
  );
}
