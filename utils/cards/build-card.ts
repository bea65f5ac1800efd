import type { BackstoryDb } from '../db/database';
import { PACK_SOURCES_KEY } from '../db/pack-loader';
import { listNotes } from '../db/notes';
import type { EntityCard, FactView, RelationView } from '../messaging/protocol';
import { Source, type Entity } from '../pack/schema';
import { mayHoldOn } from '../pack/timeline';
import { localValue } from './fact-values';
import { officeLabel } from './offices';
import { z } from 'zod';

/** The label to show a reader: their language first, then English, then any. */
export function labelIn(entity: Pick<Entity, 'labels'>, lang: string): string {
  const labels = entity.labels as Record<string, string | undefined>;
  return labels[lang] ?? labels.en ?? Object.values(labels).find(Boolean) ?? '';
}

/** Everything a card shows about one entity, with relations resolved to labels. */
export async function buildCard(
  db: BackstoryDb,
  id: string,
  date: string | null,
  uiLang: string,
  pageIds?: readonly string[],
): Promise<EntityCard | null> {
  const entity = await db.entities.get(id);
  if (!entity) return null;
  const refIds = [...new Set(entity.facts.filter((f) => f.ref).map((f) => String(f.v)))];
  const refs = new Map((await db.entities.bulkGet(refIds)).flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const sources = z.array(Source).catch([]).parse((await db.meta.get(PACK_SOURCES_KEY))?.value);
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const facts: FactView[] = entity.facts.map((f) => {
    const ref = f.ref ? refs.get(String(f.v)) : undefined;
    const src = sourceById.get(f.src);
    return {
      p: f.p,
      value: ref ? labelIn(ref, uiLang) : localValue(f.p, String(f.v), uiLang),
      ...(f.ref ? { refId: String(f.v) } : {}),
      ...(f.q ? { q: f.p === 'office' ? officeLabel(f.q, ref?.labels.en, uiLang) : f.q } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      source: src?.title ?? f.src,
      ...(src?.url ? { sourceUrl: src.url } : {}),
      ...(src?.credit ? { credit: src.credit } : {}),
      asOf: f.asOf,
      ...(date ? { heldOnDate: mayHoldOn(f, date) } : {}),
    };
  });
  const desc = (entity.desc as Record<string, string | undefined>)[uiLang] ?? entity.desc.en;
  const summary = (entity.summary as Record<string, string | undefined> | undefined)?.[uiLang] ?? entity.summary?.en;
  return {
    entity: {
      id: entity.id,
      type: entity.type,
      label: labelIn(entity, uiLang),
      ...(desc ? { desc } : {}),
      ...(summary ? { summary } : {}),
      ...(entity.metonymOf ? { metonymOf: entity.metonymOf } : {}),
      ...(entity.qid ? { qid: entity.qid } : {}),
      labels: entity.labels as Record<string, string>,
    },
    facts,
    notes: await listNotes(db, id),
    ...(pageIds ? { relations: await pageRelations(db, entity, pageIds, uiLang, refs) } : {}),
  };
}

/**
 * How the card's entity relates to the other entities on the page: its own
 * facts that name them (a treaty's parties, a person's office), and their
 * facts that name it (a country's head of state naming this person). Each
 * pair is listed once per property, outgoing first.
 */
export async function pageRelations(
  db: BackstoryDb,
  entity: Entity,
  pageIds: readonly string[],
  uiLang: string,
  known: Map<string, Entity> = new Map(),
): Promise<RelationView[]> {
  const others = [...new Set(pageIds)].filter((x) => x !== entity.id);
  if (!others.length) return [];
  const missing = others.filter((x) => !known.has(x));
  const fetched = missing.length ? await db.entities.bulkGet(missing) : [];
  const byId = new Map(known);
  for (const e of fetched) if (e) byId.set(e.id, e);
  const out: RelationView[] = [];
  const seen = new Set<string>();
  const add = (other: Entity, f: Entity['facts'][number], dir: 'out' | 'in') => {
    const key = `${other.id}|${f.p}|${dir}|${f.q ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      id: other.id,
      type: other.type,
      label: labelIn(other, uiLang),
      p: f.p,
      dir,
      // An office is worded without the country it is held in: the relation links to it, or is it.
      ...(f.q ? { q: f.p === 'office' ? officeLabel(f.q, (dir === 'out' ? other : entity).labels.en, uiLang) : f.q } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
    });
  };
  const onPage = new Set(others);
  for (const f of entity.facts) {
    const other = f.ref && onPage.has(String(f.v)) ? byId.get(String(f.v)) : undefined;
    if (other) add(other, f, 'out');
  }
  for (const other of others) {
    const e = byId.get(other);
    if (!e) continue;
    for (const f of e.facts) if (f.ref && String(f.v) === entity.id) add(e, f, 'in');
  }
  return out;
}
