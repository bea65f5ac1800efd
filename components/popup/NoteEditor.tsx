import { useState } from 'preact/hooks';
import type { NoteRecord } from '../../utils/db/records';
import type { NoteDraft } from '../../utils/messaging/notes-protocol';
import { parseTags } from '../../utils/notes/search';
import { useLang, useT } from './i18n';

export type SaveOutcome = { ok: true } | { ok: false; message: string; current?: NoteRecord };

interface EntityOption {
  id: string;
  label: string;
}

/** The form for a new note: on this page, about an entity, or on a quote from a selection. */
export function NewNoteForm({
  entities,
  base,
  onSave,
}: {
  entities: EntityOption[];
  /** What the note is attached to: the page, a selection's quote, a preselected entity. */
  base: Partial<NoteDraft>;
  onSave: (draft: NoteDraft) => Promise<SaveOutcome>;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [entityId, setEntityId] = useState(base.entityId ?? '');
  const [tags, setTags] = useState('');
  const [message, setMessage] = useState('');
  const options = base.entityId && !entities.some((e) => e.id === base.entityId) ? [{ id: base.entityId, label: base.entityId }, ...entities] : entities;
  return (
    <form
      class="new-note"
      aria-label={t('newNote')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim()) return;
        const { entityId: _ignored, ...rest } = base;
        const typed = { text, tags };
        // Cleared at once, so the reader can start the next note while this one saves; given back if it fails.
        setText('');
        setTags('');
        const r = await onSave({ ...rest, text: typed.text.trim(), tags: parseTags(typed.tags), ...(entityId ? { entityId } : {}) });
        if (r.ok) setMessage('');
        else {
          setText((now) => now || typed.text);
          setTags((now) => now || typed.tags);
          setMessage(r.message);
        }
      }}
    >
      {base.quote && (
        <blockquote class="quote small" aria-label={t('fromSelection')}>
          {base.quote}
        </blockquote>
      )}
      <label>
        <span class="sr">{t('newNote')}</span>
        <textarea name="new-note" placeholder={t('writeNote')} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="row">
        {options.length > 0 && (
          <label>
            {t('about')}{' '}
            <select name="entity" value={entityId} onChange={(e) => setEntityId((e.target as HTMLSelectElement).value)}>
              <option value="">{t('thisPage')}</option>
              {options.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="grow">
          <span class="sr">{t('tags')}</span>
          <input type="text" name="new-tags" placeholder={t('tags')} value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <button type="submit" disabled={!text.trim()}>
        {t('addNote')}
      </button>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}

/** One note in the list, with its edit form. Text is rendered as text only. */
export function NoteItem({
  note,
  entityLabel,
  onSave,
  onDelete,
  onOpen,
}: {
  note: NoteRecord;
  entityLabel: string | undefined;
  onSave: (draft: NoteDraft, base: number) => Promise<SaveOutcome>;
  onDelete: (note: NoteRecord) => void;
  onOpen: (url: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [base, setBase] = useState(note.updatedAt);
  const [conflict, setConflict] = useState<NoteRecord | null>(null);
  const [message, setMessage] = useState('');
  const startEdit = () => {
    setText(note.text);
    setTags(note.tags.join(', '));
    setBase(note.updatedAt);
    setConflict(null);
    setMessage('');
    setEditing(true);
  };
  return (
    <li class="note" data-note-id={note.id}>
      <div class="chips">
        {entityLabel && <span class="tag entity-tag">{entityLabel}</span>}
        {note.tags.map((tag) => (
          <span key={tag} class="tag">
            #{tag}
          </span>
        ))}
        {note.orphaned && (
          <span class="tag warn" data-testid="orphaned">
            {t('orphaned')}
          </span>
        )}
      </div>
      {note.quote && !editing && <blockquote class="quote small">{note.quote}</blockquote>}
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const { id, entityId, url, pageTitle, quote, selectors } = note;
            const r = await onSave(
              { id, text, tags: parseTags(tags), ...(entityId ? { entityId } : {}), ...(url ? { url } : {}), ...(pageTitle ? { pageTitle } : {}), ...(quote ? { quote } : {}), ...(selectors ? { selectors } : {}) },
              base,
            );
            if (r.ok) setEditing(false);
            else {
              setMessage(r.message);
              // Saving again from the version now shown replaces it knowingly.
              if (r.current) {
                setConflict(r.current);
                setBase(r.current.updatedAt);
              }
            }
          }}
        >
          {conflict && <p class="text conflict">{conflict.text}</p>}
          <label>
            <span class="sr">{t('editNote')}</span>
            <textarea name="edit" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </label>
          <label>
            <span class="sr">{t('tags')}</span>
            <input type="text" name="edit-tags" placeholder={t('tags')} value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
          {message && (
            <p class="error" role="alert">
              {message}
            </p>
          )}
        </form>
      ) : (
        <>
          <p class="text">{note.text}</p>
          <p class="muted small">
            {note.pageTitle ? `${note.pageTitle} · ` : note.site ? `${note.site} · ` : ''}
            {new Date(note.updatedAt).toLocaleString(lang)}
          </p>
          <div class="actions">
            <button type="button" onClick={startEdit}>
              {t('edit')}
            </button>
            <button type="button" onClick={() => onDelete(note)}>
              {t('delete')}
            </button>
            {note.url && (
              <button type="button" onClick={() => onOpen(note.url!)}>
                {t('openPage')}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
