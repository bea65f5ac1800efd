import { useState } from 'preact/hooks';
import type { NoteInput, NoteView, PageEntity, PageState } from '../../utils/messaging/protocol';

interface Props {
  notes: NoteView[];
  entities: PageEntity[];
  page: PageState | null;
  onSave: (n: NoteInput) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

function NoteItem({ note, label, onSave, onDelete }: { note: NoteView; label: string | undefined } & Pick<Props, 'onSave' | 'onDelete'>) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  return (
    <li class="note" data-note-id={note.id}>
      {label && <span class="tag">{label}</span>}
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await onSave({ ...note, text });
            setEditing(false);
          }}
        >
          <label>
            <span class="sr">Edit note</span>
            <textarea name="edit" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <p class="text">{note.text}</p>
          <p class="muted small">
            {note.pageTitle ? `${note.pageTitle} · ` : ''}
            {new Date(note.updatedAt).toLocaleString()}
          </p>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" onClick={() => void onDelete(note.id)}>
            Delete
          </button>
        </>
      )}
    </li>
  );
}

export function NoteEditor({ notes, entities, page, onSave, onDelete }: Props) {
  const [text, setText] = useState('');
  const [entityId, setEntityId] = useState('');
  const labels = new Map(entities.map((e) => [e.id, e.label]));
  return (
    <div>
      <form
        class="new-note"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return;
          await onSave({
            text: text.trim(),
            tags: [],
            ...(entityId ? { entityId } : {}),
            ...(page ? { url: page.url, pageTitle: page.title } : {}),
          });
          setText('');
        }}
      >
        <label>
          <span class="sr">New note</span>
          <textarea name="new-note" placeholder="Write a note…" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </label>
        {entities.length > 0 && (
          <label>
            About{' '}
            <select name="entity" value={entityId} onChange={(e) => setEntityId((e.target as HTMLSelectElement).value)}>
              <option value="">(this page)</option>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={!text.trim()}>
          Add note
        </button>
      </form>
      {notes.length === 0 ? (
        <p class="muted">No notes yet.</p>
      ) : (
        <ul class="notes">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} label={n.entityId ? labels.get(n.entityId) ?? n.entityId : undefined} onSave={onSave} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </div>
  );
}
