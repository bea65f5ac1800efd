/**
 * What the background needs to answer a page: the matcher, and the entities it
 * names. Kept free of `browser` (files are fetched through `fetchJson`) so the
 * wake, install, upgrade and reader-entity paths are unit-tested.
 */
import type { BackstoryDb } from '../db/database';
import { loadPack, PACK_VERSION_KEY } from '../db/pack-loader';
import { everyLanguage } from '../db/user-entity';
import { readBundledPack } from '../pack/bundled';
import { readPackParts } from '../pack/parts';
import type { Entity, Pack } from '../pack/schema';
import { compileMatcher, readMatcherFile, type Matcher } from '../recognition';

export interface Knowledge {
  matcher: Matcher;
  /** The named entities, as stored (read once per wake, then kept). */
  entities: (ids: readonly string[]) => Promise<Map<string, Entity>>;
}

export interface KnowledgeDeps {
  db: BackstoryDb;
  /** The extension's own files: the prebuilt matcher, and the pack's index and parts (utils/pack/parts.ts). */
  fetchJson: (path: string) => Promise<unknown>;
  /** Leaves a timing measure (the service worker's timeline, read by `npm run bench:pack`). */
  measure?: (name: string, start: number) => void;
  now?: () => number;
}

/**
 * On a wake with the pack already in IndexedDB, only the prebuilt matcher is
 * read. The pack itself is read when it must be loaded (install, update) and
 * compiled again only when the reader has added names of their own (they join
 * the same matcher) or the matcher file was built from another pack.
 */
export async function loadKnowledge({ db, fetchJson, measure = () => {}, now = () => performance.now() }: KnowledgeDeps): Promise<Knowledge> {
  const t0 = now();
  const prebuilt = readMatcherFile(await fetchJson('/matcher.json'));
  measure('matcher-read', t0);
  const stored = (await db.meta.get(PACK_VERSION_KEY))?.value;
  const userEntities = (await db.entities.where('origin').equals('user').toArray()).map(everyLanguage);
  let matcher = prebuilt.matcher;
  if (stored !== prebuilt.packVersion || userEntities.length) {
    const t1 = now();
    const pack = readBundledPack(await readPackParts(fetchJson));
    measure('pack-read', t1);
    const t2 = now();
    const { loaded } = await loadPack(db, pack);
    if (loaded) measure('pack-load', t2);
    if (userEntities.length || pack.version !== prebuilt.packVersion) {
      const t3 = now();
      matcher = compileMatcher({ ...pack, entities: pack.entities.concat(userEntities) });
      measure('matcher-compile', t3);
    }
  }
  const known = new Map<string, Entity>();
  return {
    matcher,
    entities: async (ids) => {
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length) for (const e of await db.entities.bulkGet(missing)) if (e) known.set(e.id, e);
      return known;
    },
  };
}

/** Knowledge over a pack in memory (tests, tools). */
export function knowledgeOf(pack: Pack, matcher: Matcher = compileMatcher(pack)): Knowledge {
  const byId = new Map(pack.entities.map((e) => [e.id, e]));
  return { matcher, entities: async () => byId };
}
