import type { Pack } from '../pack/schema';
import type { BackstoryDb } from './database';

export const PACK_VERSION_KEY = 'packVersion';
export const PACK_SOURCES_KEY = 'packSources';

/**
 * Replaces the pack's entities with those of `pack` in one transaction, unless
 * that version is already loaded. Notes and entities of other origins (the
 * reader's own) are left as they are, and a pack entity with a reader entity's id is skipped.
 */
export async function loadPack(db: BackstoryDb, pack: Pack): Promise<{ loaded: boolean; entities: number }> {
  return db.transaction('rw', db.entities, db.meta, async () => {
    const current = await db.meta.get(PACK_VERSION_KEY);
    if (current?.value === pack.version) return { loaded: false, entities: pack.entities.length };
    await db.entities.where('origin').equals('pack').delete();
    // A reader's own entity keeps its place even if a pack entity comes to share its id: the pack
    // can be loaded again at any time, what the reader made can't.
    const readers = new Set(await db.entities.where('origin').equals('user').primaryKeys());
    const entities = pack.entities.filter((e) => !readers.has(e.id));
    await db.entities.bulkPut(entities.map((e) => ({ ...e, origin: 'pack' as const, packVersion: pack.version })));
    await db.meta.bulkPut([
      { key: PACK_VERSION_KEY, value: pack.version },
      { key: PACK_SOURCES_KEY, value: pack.sources },
    ]);
    return { loaded: true, entities: pack.entities.length };
  });
}
