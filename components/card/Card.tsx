import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../../utils/messaging/protocol';
import { cardStrings, type CardStrings } from '../../utils/cards/strings';
import { cardView, type RowVM, type ValueVM } from '../../utils/cards/view-model';
import { readerOnly } from '../../utils/content/trusted';

export type CorrectionScope = 'site' | 'all';

export interface CardProps {
  card: EntityCard | null;
  error?: string;
  articleDate: string | null;
  articleLang: string | null;
  uiLang: string;
  /** The text the reader clicked; corrections need it. */
  term?: string;
  /** The card this one was opened from, for the back button. */
  backLabel?: string;
  onBack?: () => void;
  onClose: () => void;
  onAddNote: (text: string) => Promise<void>;
  onOpen: (entityId: string) => void;
  onCorrect: (kind: 'notEntity' | 'ignoreTerm', scope: CorrectionScope) => Promise<void>;
  /** Fixed-position offsets (left/top or left/bottom) chosen by the host. */
  placement?: Record<string, string>;
}

function Value({ v, s, onOpen }: { v: ValueVM; s: CardStrings; onOpen: (id: string) => void }) {
  return (
    <span class={v.past ? 'fact value past' : 'fact value'}>
      {v.refId ? (
        <button type="button" class="ref" onClick={readerOnly(() => onOpen(v.refId!))}>
          {v.text}
        </button>
      ) : (
        v.text
      )}
      {v.when && <span class="when"> ({v.when})</span>}
      {v.past && <span class="sr"> ({s.noLongerOnDate})</span>}
      {v.credit && <span class="credit"> [{v.credit}]</span>}
    </span>
  );
}

function Row({ row, s, onOpen }: { row: RowVM; s: CardStrings; onOpen: (id: string) => void }) {
  // Several links (memberships, parties) wrap as a list: a comma after a link that fills the line would start the next one.
  if (row.p !== 'office' && row.values.length > 1 && row.values.every((v) => v.refId)) {
    return (
      <>
        <dt>{row.label}</dt>
        <dd class="links">
          {row.values.map((v, i) => (
            <Value key={i} v={v} s={s} onOpen={onOpen} />
          ))}
          {row.more > 0 && <span class="more">{s.andMore(row.more)}</span>}
        </dd>
      </>
    );
  }
  return (
    <>
      <dt>{row.label}</dt>
      <dd>
        {row.values.map((v, i) => (
          <span key={i}>
            {i > 0 && (row.p === 'office' ? <br /> : ', ')}
            <Value v={v} s={s} onOpen={onOpen} />
          </span>
        ))}
        {row.more > 0 && <span class="more"> {s.andMore(row.more)}</span>}
      </dd>
    </>
  );
}

export function Card(props: CardProps) {
  const { card, error, articleDate, articleLang, uiLang, term, onClose, onAddNote, onOpen, onCorrect, placement } = props;
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const [scope, setScope] = useState<CorrectionScope>('site');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Before the browser paints: a focused button this render removed (← back) must not leave focus on the page, where Escape would not reach the card.
  useLayoutEffect(() => root.current?.focus({ preventScroll: true }), [card]);
  const vm = useMemo(() => (card ? cardView(card, { date: articleDate, articleLang, uiLang }) : null), [card, articleDate, articleLang, uiLang]);
  const s = vm?.ui ?? cardStrings(uiLang);

  // Every handler below is wrapped in readerOnly: a script that got hold of a button (or of the
  // form, whose submit event is trusted even when a script caused it) must change nothing.
  const onKey = readerOnly((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  });
  const save = readerOnly(async (e: MouseEvent) => {
    e.preventDefault();
    if (!draft.trim() || saving) return;
    setSaving(true);
    try {
      await onAddNote(draft.trim());
      setDraft('');
    } finally {
      setSaving(false);
    }
  });
  const correct = async (kind: 'notEntity' | 'ignoreTerm') => {
    setBusy(true);
    try {
      await onCorrect(kind, scope);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      class="card"
      role="dialog"
      aria-label={vm ? `${vm.title} (Backstory)` : 'Backstory'}
      tabIndex={-1}
      ref={root}
      onKeyDown={onKey}
      {...(placement ? { style: placement } : {})}
    >
      <button class="close" type="button" aria-label={s.close} onClick={readerOnly(onClose)}>
        ×
      </button>
      {props.onBack && props.backLabel && (
        <button type="button" class="back" onClick={readerOnly(props.onBack)}>
          ← {props.backLabel}
        </button>
      )}
      {error && <p class="error">{error}</p>}
      {!card && !error && <p class="loading">{s.loading}</p>}
      {vm && (
        <>
          <header>
            <span class={`badge ${vm.type}`}>{vm.typeLabel}</span>
            <h2 class="title">{vm.title}</h2>
            {vm.native && (
              <p class="native" lang={vm.native.lang}>
                {vm.native.label}
              </p>
            )}
            {vm.desc && <p class="desc">{vm.desc}</p>}
          </header>
          {vm.summary && <p class="summary">{vm.summary}</p>}
          {vm.rows.length > 0 && (
            <section aria-label={s.facts}>
              <h3>{vm.date ? s.asOfArticle(vm.date) : s.facts}</h3>
              <dl class="facts">
                {vm.rows.map((r) => (
                  <Row key={r.p} row={r} s={s} onOpen={onOpen} />
                ))}
              </dl>
            </section>
          )}
          {vm.changes.length > 0 && (
            <section aria-label={s.sinceArticle}>
              <h3>{s.sinceArticle}</h3>
              <ul class="changes">
                {vm.changes.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </section>
          )}
          {vm.relations.length > 0 && (
            <section aria-label={s.onThisPage}>
              <h3>{s.onThisPage}</h3>
              <ul class="relations">
                {vm.relations.map((r, i) => (
                  <li key={i} class={r.past ? 'relation past' : 'relation'}>
                    <span class="rel">{r.relation}</span>{' '}
                    <button type="button" class="ref" data-entity={r.id} onClick={readerOnly(() => onOpen(r.id))}>
                      {r.label}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {vm.sources.length > 0 && (
            <section aria-label={s.sources}>
              <h3>{s.sources}</h3>
              <ul class="sources">
                {vm.sources.map((src) => (
                  <li key={src.title} class="src">
                    {src.url ? (
                      <a href={src.url} target="_blank" rel="noopener noreferrer">
                        {src.title}
                      </a>
                    ) : (
                      src.title
                    )}
                    {src.credit ? `; ${src.credit}` : ''}, {s.asOf(src.asOf)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-label={s.yourNotes}>
            <h3>{s.yourNotes}</h3>
            <ul class="notes">
              {vm.notes.map((n) => (
                <li key={n.id} class="note">
                  {n.text}
                </li>
              ))}
            </ul>
            {/* Saved from the button's click, never from the submit event (see `save`). */}
            <form onSubmit={(e) => e.preventDefault()}>
              <label>
                <span class="sr">{s.addNote}</span>
                <textarea
                  name="note"
                  placeholder={s.addNotePlaceholder}
                  value={draft}
                  onInput={readerOnly((e) => setDraft((e.target as HTMLTextAreaElement).value))}
                />
              </label>
              <button type="submit" class="primary" disabled={saving || !draft.trim()} onClick={save}>
                {s.saveNote}
              </button>
            </form>
          </section>
          {term && (
            <section class="actions" aria-label={s.corrections}>
              <h3>{s.wrongHighlight}</h3>
              <label class="scope">
                {s.remember}{' '}
                <select value={scope} onChange={readerOnly((e) => setScope((e.target as HTMLSelectElement).value as CorrectionScope))}>
                  <option value="site">{s.onThisSite}</option>
                  <option value="all">{s.onAllSites}</option>
                </select>
              </label>
              <div class="buttons">
                <button type="button" name="not-entity" disabled={busy} onClick={readerOnly(() => void correct('notEntity'))}>
                  {s.notEntity(term, vm.title)}
                </button>
                <button type="button" name="ignore-term" disabled={busy} onClick={readerOnly(() => void correct('ignoreTerm'))}>
                  {s.ignoreTerm(term)}
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
