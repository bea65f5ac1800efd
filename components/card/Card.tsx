import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard, FactView } from '../../utils/messaging/protocol';

export interface CardProps {
  card: EntityCard | null;
  error?: string;
  articleDate: string | null;
  articleLang: string | null;
  onClose: () => void;
  onAddNote: (text: string) => Promise<void>;
  /** Fixed-position offsets (left/top or left/bottom) chosen by the host. */
  placement?: Record<string, string>;
}

const TYPE_LABEL: Record<string, string> = {
  person: 'Person',
  country: 'Country',
  place: 'Place',
  organization: 'Organisation',
  treaty: 'Treaty',
};

function span(f: FactView): string {
  if (f.from && f.to) return `${f.from} – ${f.to}`;
  if (f.from) return `since ${f.from}`;
  if (f.to) return `until ${f.to}`;
  return '';
}

function FactRow({ f }: { f: FactView }) {
  return (
    <li class={f.heldOnDate === false ? 'fact past' : 'fact'}>
      <span class="prop">{f.q ?? f.p}</span> <span class="val">{f.value}</span>
      {span(f) && <span class="when"> ({span(f)})</span>}
      <span class="src">
        {' '}
        {f.sourceUrl ? (
          <a href={f.sourceUrl} target="_blank" rel="noopener noreferrer">
            {f.source}
          </a>
        ) : (
          f.source
        )}
        {f.credit ? `; ${f.credit}` : ''}, as of {f.asOf}
      </span>
    </li>
  );
}

export function Card({ card, error, articleDate, articleLang, onClose, onAddNote, placement }: CardProps) {
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.focus(), [card]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const nativeLabel = card && articleLang ? card.entity.labels[articleLang] : undefined;

  return (
    <div
      class="card"
      role="dialog"
      aria-label={card ? card.entity.label : 'Backstory'}
      tabIndex={-1}
      ref={root}
      onKeyDown={onKey}
      {...(placement ? { style: placement } : {})}
    >
      <button class="close" type="button" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {error && <p class="error">{error}</p>}
      {!card && !error && <p class="loading">Loading…</p>}
      {card && (
        <>
          <header>
            <span class={`badge ${card.entity.type}`}>{TYPE_LABEL[card.entity.type]}</span>
            <h2 class="title">{card.entity.label}</h2>
            {nativeLabel && nativeLabel !== card.entity.label && <p class="native">{nativeLabel}</p>}
            {card.entity.desc && <p class="desc">{card.entity.desc}</p>}
          </header>
          {card.facts.length > 0 && (
            <section>
              <h3>Facts{articleDate ? ` (article of ${articleDate})` : ''}</h3>
              <ul class="facts">
                {card.facts.map((f, i) => (
                  <FactRow key={i} f={f} />
                ))}
              </ul>
            </section>
          )}
          <section>
            <h3>Your notes</h3>
            <ul class="notes">
              {card.notes.map((n) => (
                <li key={n.id} class="note">
                  {n.text}
                </li>
              ))}
            </ul>
            <form
              onSubmit={async (e) => {
                e.preventDefault();
                if (!draft.trim()) return;
                setSaving(true);
                try {
                  await onAddNote(draft.trim());
                  setDraft('');
                } finally {
                  setSaving(false);
                }
              }}
            >
              <label>
                <span class="sr">Add a note</span>
                <textarea
                  name="note"
                  placeholder="Add a note…"
                  value={draft}
                  onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
                />
              </label>
              <button type="submit" disabled={saving || !draft.trim()}>
                Save note
              </button>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
