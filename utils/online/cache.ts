import type { z } from 'zod';
import type { BackstoryDb } from '../db/database';
import type { OnlineCacheRecord } from '../db/records';

/*
 * The cache of what was looked up online, in its own Dexie table (`onlineCache`). Found facts are
 * fresh for 7 days and "not found" answers for 30; past that an entry is still served (a card
 * works offline) but marked stale, and a read-through refreshes it behind the reader's back
 * (stale-while-revalidate). A cap on entries and on stored characters evicts the least recently
 * used. Every operation here reads and writes that one table and nothing else: notes, visits,
 * corrections and the pack are never touched, whatever the cache does.
 */

export const DAY = 24 * 60 * 60 * 1000;

export type CacheKind = OnlineCacheRecord['kind'];

export interface OnlineCacheOptions {
  now?: () => number;
  factTtlMs?: number;
  notFoundTtlMs?: number;
  maxEntries?: number;
  /** Characters of stored JSON, all entries together. */
  maxChars?: number;
  /** A read moves an entry up the LRU order at most this often (a read is then not a write every time). */
  touchEveryMs?: number;
}

export type CacheHit<T> = { fetchedAt: number; stale: boolean } & ({ status: 'found'; value: T } | { status: 'notFound' });

/** What a read-through gives: the value (null for "not found"), where it came from, and how old it is. */
export interface ReadResult<T> {
  value: T | null;
  from: 'cache' | 'network';
  fetchedAt: number;
  stale: boolean;
  /** Set when a stale entry was served: settles once the refresh is done (with the new result, or undefined if it failed). */
  refresh?: Promise<ReadResult<T> | undefined>;
}

export interface CacheEntrySpec<T> {
  kind: CacheKind;
  /** What is sent to fetch it (a name, a QID, a page title). */
  query: string;
  /** Distinguishes the same query in different languages. */
  lang?: string;
  schema: z.ZodType<T>;
}

export function cacheKey(kind: CacheKind, query: string, lang?: string): string {
  const q = kind === 'search' ? query.trim().toLowerCase().replace(/\s+/g, ' ') : query.trim();
  return lang ? `${kind}:${lang}:${q}` : `${kind}:${q}`;
}

export class OnlineCache {
  private readonly now: () => number;
  readonly factTtlMs: number;
  readonly notFoundTtlMs: number;
  readonly maxEntries: number;
  readonly maxChars: number;
  private readonly touchEveryMs: number;
  /** One refresh per key at a time. */
  private readonly refreshing = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: BackstoryDb,
    opts: OnlineCacheOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.factTtlMs = opts.factTtlMs ?? 7 * DAY;
    this.notFoundTtlMs = opts.notFoundTtlMs ?? 30 * DAY;
    this.maxEntries = opts.maxEntries ?? 2000;
    this.maxChars = opts.maxChars ?? 5_000_000;
    this.touchEveryMs = opts.touchEveryMs ?? 60_000;
  }

  private get table() {
    return this.db.onlineCache;
  }

  /** An entry, if cached and still of the expected shape (a malformed one is dropped and reads as a miss). */
  async get<T>(spec: CacheEntrySpec<T>): Promise<CacheHit<T> | undefined> {
    const key = cacheKey(spec.kind, spec.query, spec.lang);
    const rec = await this.table.get(key);
    if (!rec) return undefined;
    const now = this.now();
    const ttl = rec.status === 'found' ? this.factTtlMs : this.notFoundTtlMs;
    const stale = now - rec.fetchedAt >= ttl;
    let hit: CacheHit<T>;
    if (rec.status === 'found') {
      const parsed = spec.schema.safeParse(rec.value);
      if (!parsed.success) {
        await this.table.delete(key);
        return undefined;
      }
      hit = { status: 'found', value: parsed.data, fetchedAt: rec.fetchedAt, stale };
    } else hit = { status: 'notFound', fetchedAt: rec.fetchedAt, stale };
    if (now - rec.usedAt >= this.touchEveryMs) await this.table.update(key, { usedAt: now });
    return hit;
  }

  /** Stores answers (value null for "not found"), then evicts down to the caps. */
  async put(entries: readonly { kind: CacheKind; query: string; lang?: string; value: unknown }[]): Promise<void> {
    if (!entries.length) return;
    const now = this.now();
    const records: OnlineCacheRecord[] = entries.map((e) => {
      const found = e.value !== null && e.value !== undefined;
      const json = found ? JSON.stringify(e.value) : '';
      return {
        key: cacheKey(e.kind, e.query, e.lang),
        kind: e.kind,
        query: e.query.slice(0, 500),
        status: found ? 'found' : 'notFound',
        value: found ? e.value : null,
        fetchedAt: now,
        usedAt: now,
        size: json.length + e.query.length,
      };
    });
    await this.db.transaction('rw', this.table, async () => {
      await this.table.bulkPut(records);
      await this.evict();
    });
  }

  /**
   * The cached value when there is one; otherwise `fetch`'s answer, stored. A stale entry is served
   * at once and refreshed in the background (a failed refresh keeps it as it was). `fetch` gives
   * null for "not found". A miss that fails to fetch throws the fetch's error.
   */
  async read<T>(spec: CacheEntrySpec<T>, fetch: () => Promise<T | null>): Promise<ReadResult<T>> {
    const hit = await this.get(spec);
    if (hit) {
      const result: ReadResult<T> = {
        value: hit.status === 'found' ? hit.value : null,
        from: 'cache',
        fetchedAt: hit.fetchedAt,
        stale: hit.stale,
      };
      if (hit.stale) result.refresh = this.refresh(spec, fetch);
      return result;
    }
    return this.fetchAndStore(spec, fetch);
  }

  private async fetchAndStore<T>(spec: CacheEntrySpec<T>, fetch: () => Promise<T | null>): Promise<ReadResult<T>> {
    const value = await fetch();
    await this.put([{ kind: spec.kind, query: spec.query, lang: spec.lang, value }]);
    return { value, from: 'network', fetchedAt: this.now(), stale: false };
  }

  private refresh<T>(spec: CacheEntrySpec<T>, fetch: () => Promise<T | null>): Promise<ReadResult<T> | undefined> {
    const key = cacheKey(spec.kind, spec.query, spec.lang);
    const running = this.refreshing.get(key) as Promise<ReadResult<T> | undefined> | undefined;
    if (running) return running;
    const job = this.fetchAndStore(spec, fetch)
      // Offline, rate-limited or capped: the stale entry stays, and a later read tries again.
      .catch(() => undefined)
      .finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, job);
    return job;
  }

  /** Drops least-recently-used entries until both caps hold. Reads keys only (the index holds usedAt and size). */
  private async evict(): Promise<void> {
    const rows: { key: string; size: number }[] = [];
    let chars = 0;
    await this.table.orderBy('[usedAt+size]').eachKey((indexKey, cursor) => {
      const size = Array.isArray(indexKey) ? Number(indexKey[1]) || 0 : 0;
      rows.push({ key: String(cursor.primaryKey), size });
      chars += size;
    });
    let count = rows.length;
    const drop: string[] = [];
    for (const r of rows) {
      if (count <= this.maxEntries && chars <= this.maxChars) break;
      drop.push(r.key);
      count--;
      chars -= r.size;
    }
    if (drop.length) await this.table.bulkDelete(drop);
  }

  /** What was looked up, newest first: for Settings' list. */
  async list(): Promise<{ kind: CacheKind; query: string; status: OnlineCacheRecord['status']; fetchedAt: number }[]> {
    const all = await this.table.toArray();
    return all
      .map(({ kind, query, status, fetchedAt }) => ({ kind, query, status, fetchedAt }))
      .sort((a, b) => b.fetchedAt - a.fetchedAt || a.query.localeCompare(b.query));
  }

  async stats(): Promise<{ entries: number; chars: number }> {
    let chars = 0;
    let entries = 0;
    await this.table.orderBy('[usedAt+size]').eachKey((indexKey) => {
      entries++;
      chars += Array.isArray(indexKey) ? Number(indexKey[1]) || 0 : 0;
    });
    return { entries, chars };
  }

  /** Empties the cache (Settings' "clear"); returns how many entries went. */
  async clear(): Promise<number> {
    const n = await this.table.count();
    await this.table.clear();
    return n;
  }
}
