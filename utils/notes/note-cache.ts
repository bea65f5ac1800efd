import type { BackstoryDb } from '../db/database';
import type { NoteRecord } from '../db/records';
import { LANGS } from '../pack/schema';
import { NoteIndex, type NoteFilters } from './search';

/**
 * The background's in-memory search index over every note. Reading 10,000
 * notes from IndexedDB takes hundreds of milliseconds, so it is read once per
 * service-worker life and then kept in step with every committed write
 * through Dexie's table hooks, whichever code path made the write.
 */
export class NoteCache {
  private index: Promise<NoteIndex> | null = null;
  private names = new Map<string, string>();
  private pendingNames = new Set<string>();

  constructor(private readonly db: BackstoryDb) {
    // Dexie calls hooks with their own `this` (where onsuccess is set), so the cache is reached through this arrow.
    const apply = (change: (ix: NoteIndex) => void) => this.apply(change);
    db.notes.hook('creating', function (_key, obj) {
      this.onsuccess = () => apply((ix) => ix.upsert(obj));
    });
    db.notes.hook('updating', function (mods, _key, obj) {
      this.onsuccess = (updated: NoteRecord) => apply((ix) => ix.upsert(updated ?? ({ ...obj, ...mods } as NoteRecord)));
    });
    db.notes.hook('deleting', function (key) {
      this.onsuccess = () => apply((ix) => ix.remove(key));
    });
  }

  private apply(change: (ix: NoteIndex) => void): void {
    if (!this.index) return; // not built yet: it will read the committed state
    void this.index.then((ix) => {
      change(ix);
    });
  }

  get built(): boolean {
    return this.index !== null;
  }

  /** Drops the index (after a bulk change that bypasses hooks, such as a clear). */
  reset(): void {
    this.index = null;
  }

  ready(): Promise<NoteIndex> {
    return (this.index ??= (async () => {
      const notes = await this.db.notes.toArray();
      await this.loadNames(new Set(notes.flatMap((n) => (n.entityId ? [n.entityId] : []))));
      return new NoteIndex(notes, (id) => this.names.get(id));
    })().catch((err: unknown) => {
      this.index = null;
      throw err;
    }));
  }

  /** Every label of each entity, so a note is found by the entity's name in any language. */
  private async loadNames(ids: Set<string>): Promise<void> {
    const missing = [...ids].filter((id) => !this.names.has(id));
    if (!missing.length) return;
    const found = await this.db.entities.bulkGet(missing);
    missing.forEach((id, i) => {
      const e = found[i];
      this.names.set(id, e ? [...new Set(LANGS.map((l) => e.labels[l]).filter(Boolean))].join('\n') : '');
    });
  }

  async search(query: string, filters: NoteFilters): Promise<{ index: NoteIndex; hits: NoteRecord[] }> {
    const index = await this.ready();
    // Notes saved since the build may name entities not looked up yet.
    const unseen = new Set<string>();
    for (const n of index.search('', {})) if (n.entityId && !this.names.has(n.entityId) && !this.pendingNames.has(n.entityId)) unseen.add(n.entityId);
    if (unseen.size) {
      unseen.forEach((id) => this.pendingNames.add(id));
      await this.loadNames(unseen);
      unseen.forEach((id) => this.pendingNames.delete(id));
      index.renamed((id) => this.names.get(id), unseen);
    }
    return { index, hits: index.search(query, filters) };
  }
}
