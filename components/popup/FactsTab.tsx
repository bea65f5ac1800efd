import { useEffect, useState } from 'preact/hooks';
import type { EntityDetail, EntityRow } from '../../utils/messaging/notes-protocol';
import { ENTITY_TYPES, type EntityType } from '../../utils/pack/schema';
import { factsApi, openPage } from './api';
import { useDebounced } from './hooks';
import { Cache } from './SettingsTab';
import { useLang, useT } from './i18n';
import { cardStrings } from '../../utils/cards/strings';
import { officeText, propLabel } from '../../utils/cards/view-model';

function Detail({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const [d, setD] = useState<EntityDetail | undefined>(undefined);
  useEffect(() => {
    void factsApi.detail(id, lang).then(setD, () => setD(null));
  }, [id, lang]);
  if (d === undefined) return <p class="muted small">…</p>;
  if (d === null) return null;
  return (
    <div class="detail">
      {d.desc && <p class="small">{d.desc}</p>}
      {d.facts.length === 0 ? (
        <p class="muted small">{t('noFacts')}</p>
      ) : (
        <ul class="facts">
          {d.facts.map((f, i) => (
            <li key={i} class="small">
              <strong>{propLabel(cardStrings(lang), d.type, f.p)}</strong>: {f.p === 'office' && f.q ? officeText(f.q, f.value, lang) : f.value}
              {f.q && f.p !== 'office' ? ` (${f.q})` : ''}
              {f.from || f.to ? ` · ${f.from ?? '…'}–${f.to ?? ''}` : ''}
              <span class="muted">
                {' · '}
                {f.sourceUrl ? (
                  <a href={f.sourceUrl} target="_blank" rel="noreferrer noopener">
                    {f.source}
                  </a>
                ) : (
                  f.source
                )}
                {' · '}
                {t('asOf', { date: f.asOf })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {d.visits.length > 0 && (
        <>
          <p class="small">
            {t('lastSeen')}: {new Date(d.visits[0]!.seenAt).toLocaleString(lang)}
          </p>
          <ul class="visits">
            {d.visits.slice(0, 10).map((v) => (
              <li key={v.url} class="small">
                <button type="button" class="link" onClick={() => openPage(v.url)}>
                  {v.title || v.url}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function FactsTab() {
  const t = useT();
  const lang = useLang();
  const [q, setQ] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [rows, setRows] = useState<EntityRow[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const query = useDebounced(q, 120);

  useEffect(() => {
    let live = true;
    void factsApi.search(query, type || undefined, 0, lang).then((r) => {
      if (!live) return;
      setRows(r.items);
      setTotal(r.total);
    });
    return () => {
      live = false;
    };
  }, [query, type, lang]);

  return (
    <div>
      <div class="row">
        <label class="grow">
          <span class="sr">{t('searchFacts')}</span>
          <input type="search" name="facts-search" placeholder={t('searchFacts')} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          <span class="sr">{t('type')}</span>
          <select name="facts-type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as EntityType | '')}>
            <option value="">{t('allTypes')}</option>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(ty)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted small" role="status">
        {t('entitiesFound', { n: total })}
      </p>
      <ul class="entities">
        {rows.map((r) => (
          <li key={r.id} class="fact-entity" data-entity-id={r.id}>
            <button type="button" class="entity" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)}>
              <span class={`dot ${r.type}`} aria-hidden="true" />
              {r.label}
              {r.origin === 'user' && <span class="tag">{t('readerEntity')}</span>}
              <span class="count">{r.seen ? t('seenIn', { n: r.seen }) : t('neverSeen')}</span>
            </button>
            {open === r.id && <Detail id={r.id} />}
          </li>
        ))}
      </ul>
      {rows.length < total && (
        <button
          type="button"
          onClick={() =>
            void factsApi.search(query, type || undefined, rows.length, lang).then((r) => setRows((prev) => [...prev, ...r.items]))
          }
        >
          {t('showMore', { n: total - rows.length })}
        </button>
      )}
      <Cache />
    </div>
  );
}
