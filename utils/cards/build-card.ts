import type { BackstoryDb } from '../db/database';
import { PACK_SOURCES_KEY } from '../db/pack-loader';
import { listNotes } from '../db/notes';
import type { EntityCard, FactView } from '../messaging/protocol';
import { Source, type Entity } from '../pack/schema';
import { mayHoldOn } from '../pack/timeline';
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
      value: ref ? labelIn(ref, uiLang) : String(f.v),
      ...(f.ref ? { refId: String(f.v) } : {}),
      ...(f.q ? { q: f.q } : {}),
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
  return {
    entity: {
      id: entity.id,
      type: entity.type,
      label: labelIn(entity, uiLang),
      ...(desc ? { desc } : {}),
      ...(entity.metonymOf ? { metonymOf: entity.metonymOf } : {}),
      ...(entity.qid ? { qid: entity.qid } : {}),
      labels: entity.labels as Record<string, string>,
    },
    facts,
    notes: await listNotes(db, id),
  };
}
