import Dexie, { type Table, type Transaction } from 'dexie';
import type { CorrectionRecord, EntityRecord, MetaRecord, NoteRecord, OnlineCacheRecord, VisitRecord } from './records';
import { normaliseVisits } from './visits';

export const DB_NAME = 'backstory';

/**
 * The schema's history, oldest first. Append only: a released version is never
 * edited, so every reader's database can be upgraded step by step, and tests
 * can open a database at any older version to check its upgrade.
 */
export const SCHEMA_VERSIONS: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      entities: 'id, type, origin',
      notes: 'id, entityId, url, updatedAt',
      visits: 'url, seenAt',
    },
  },
  {
    // v2: notes gain tags and a creation time; a meta table records the loaded pack.
    version: 2,
    stores: {
      notes: 'id, entityId, url, updatedAt, createdAt, *tags',
      meta: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table('notes')
        .toCollection()
        .modify((note: Partial<NoteRecord>) => {
          note.tags ??= [];
          note.createdAt ??= note.updatedAt ?? Date.now();
        });
    },
  },
  {
    // v3: notes are indexed by site (for the site filter); reader corrections get a table.
    version: 3,
    stores: {
      notes: 'id, entityId, url, site, updatedAt, createdAt, *tags',
      corrections: 'id, kind, site, entityId, updatedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('notes')
        .toCollection()
        .modify((note: Partial<NoteRecord>) => {
          const site = siteOf(note.url);
          if (site) note.site = site;
        });
    },
  },
  {
    // v4: the same tables; visit URLs lose their query string and fragment (the log keeps no more of
    // an address than it needs), so the visits stored before are rewritten to the form now written.
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      const visits = tx.table<VisitRecord, string>('visits');
      const { keep, drop } = normaliseVisits(await visits.toArray());
      if (!drop.length) return;
      await visits.bulkDelete(drop);
      await visits.bulkPut(keep);
    },
  },
  {
    // v5: facts looked up online get a table of their own (a cache: evicted, expired and cleared
    // without touching the reader's notes, corrections, visits or the pack). Nothing to migrate.
    version: 5,
    stores: {
      onlineCache: 'key, kind, [usedAt+size]',
    },
  },
];

/** The hostname a URL belongs to, or undefined for none or a malformed one. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

export class BackstoryDb extends Dexie {
  entities!: Table<EntityRecord, string>;
  notes!: Table<NoteRecord, string>;
  visits!: Table<VisitRecord, string>;
  meta!: Table<MetaRecord, string>;
  corrections!: Table<CorrectionRecord, string>;
  onlineCache!: Table<OnlineCacheRecord, string>;

  /** `upTo` opens the database as an older release would have (for upgrade tests). */
  constructor(name = DB_NAME, upTo = Infinity) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
