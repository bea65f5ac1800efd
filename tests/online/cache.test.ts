// The online cache: TTLs, stale-while-revalidate, least-recently-used eviction under its caps,
// and that nothing it does reaches another table. Time is an injected clock, never a wait.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BackstoryDb } from '../../utils/db/database';
import { cacheKey, DAY, OnlineCache } from '../../utils/online/cache';

const open: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
function freshDb() {
  const db = new BackstoryDb(`online-cache-test-${Math.random()}`);
  open.push(db);
  return db;
}

const Fact = z.object({ label: z.string() });
const MINUTE = 60_000;
const T0 = Date.UTC(2025, 5, 1);

function setup(opts: ConstructorParameters<typeof OnlineCache>[1] = {}) {
  const clock = { t: T0 };
  const db = freshDb();
  const cache = new OnlineCache(db, { now: () => clock.t, ...opts });
  return { clock, db, cache };
}

const entity = (query: string) => ({ kind: 'entity' as const, query, schema: Fact });

describe('time to live', () => {
  it('keeps a found fact fresh for 7 days, then serves it stale', async () => {
    const { clock, cache } = setup();
    await cache.put([{ kind: 'entity', query: 'Q1', value: { label: 'One' } }]);
    clock.t = T0 + 7 * DAY - 1;
    expect(await cache.get(entity('Q1'))).toEqual({ status: 'found', value: { label: 'One' }, fetchedAt: T0, stale: false });
    clock.t = T0 + 7 * DAY;
    expect(await cache.get(entity('Q1'))).toMatchObject({ status: 'found', value: { label: 'One' }, stale: true });
  });

  it('keeps "not found" fresh for 30 days', async () => {
    const { clock, cache } = setup();
    await cache.put([{ kind: 'search', query: 'Jane Doe', lang: 'en', value: null }]);
    const spec = { kind: 'search' as const, query: 'jane  doe', lang: 'en', schema: Fact };
    clock.t = T0 + 30 * DAY - 1;
    expect(await cache.get(spec)).toEqual({ status: 'notFound', fetchedAt: T0, stale: false });
    clock.t = T0 + 30 * DAY;
    expect(await cache.get(spec)).toMatchObject({ status: 'notFound', stale: true });
  });

  it('reads a stored value of the wrong shape as a miss, and drops it', async () => {
    const { db, cache } = setup();
    await cache.put([{ kind: 'entity', query: 'Q1', value: { name: 'not a label' } }]);
    expect(await cache.get(entity('Q1'))).toBeUndefined();
    expect(await db.onlineCache.count()).toBe(0);
  });
});

describe('read-through', () => {
  it('fetches on a miss, then answers from the cache', async () => {
    const { cache } = setup();
    const fetch = vi.fn(async () => ({ label: 'One' }));
    expect(await cache.read(entity('Q1'), fetch)).toEqual({ value: { label: 'One' }, from: 'network', fetchedAt: T0, stale: false });
    expect(await cache.read(entity('Q1'), fetch)).toEqual({ value: { label: 'One' }, from: 'cache', fetchedAt: T0, stale: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stores "not found" and does not ask again', async () => {
    const { cache } = setup();
    const fetch = vi.fn(async () => null);
    expect((await cache.read(entity('Q404'), fetch)).value).toBeNull();
    expect(await cache.read(entity('Q404'), fetch)).toMatchObject({ value: null, from: 'cache' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('serves a stale fact at once and refreshes it behind', async () => {
    const { clock, cache } = setup();
    await cache.read(entity('Q1'), async () => ({ label: 'Old' }));
    clock.t = T0 + 8 * DAY;
    const fetch = vi.fn(async () => ({ label: 'New' }));
    const stale = await cache.read(entity('Q1'), fetch);
    expect(stale).toMatchObject({ value: { label: 'Old' }, from: 'cache', fetchedAt: T0, stale: true });
    expect(await stale.refresh).toEqual({ value: { label: 'New' }, from: 'network', fetchedAt: T0 + 8 * DAY, stale: false });
    expect(await cache.get(entity('Q1'))).toEqual({ status: 'found', value: { label: 'New' }, fetchedAt: T0 + 8 * DAY, stale: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the stale fact when the refresh fails (offline)', async () => {
    const { clock, cache } = setup();
    await cache.read(entity('Q1'), async () => ({ label: 'Old' }));
    clock.t = T0 + 8 * DAY;
    const stale = await cache.read(entity('Q1'), async () => {
      throw new Error('offline');
    });
    expect(await stale.refresh).toBeUndefined();
    expect(await cache.get(entity('Q1'))).toMatchObject({ value: { label: 'Old' }, fetchedAt: T0, stale: true });
  });

  it('throws on a miss that cannot be fetched, and stores nothing', async () => {
    const { db, cache } = setup();
    await expect(cache.read(entity('Q1'), async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(await db.onlineCache.count()).toBe(0);
  });
});

describe('the size cap', () => {
  it('evicts the least recently used entries beyond the entry cap', async () => {
    const { clock, cache } = setup({ maxEntries: 3 });
    for (const [i, q] of ['Q1', 'Q2', 'Q3'].entries()) {
      clock.t = T0 + i * MINUTE;
      await cache.put([{ kind: 'entity', query: q, value: { label: q } }]);
    }
    clock.t = T0 + 3 * MINUTE;
    await cache.get(entity('Q1')); // read: now the most recently used
    clock.t = T0 + 4 * MINUTE;
    await cache.put([{ kind: 'entity', query: 'Q4', value: { label: 'Q4' } }]);
    expect((await cache.list()).map((e) => e.query).sort()).toEqual(['Q1', 'Q3', 'Q4']);
  });

  it('evicts by stored size too', async () => {
    const { clock, cache } = setup({ maxChars: 2500 });
    for (const [i, q] of ['Q1', 'Q2', 'Q3'].entries()) {
      clock.t = T0 + i * MINUTE;
      await cache.put([{ kind: 'entity', query: q, value: { label: 'x'.repeat(1000) } }]);
    }
    expect((await cache.list()).map((e) => e.query).sort()).toEqual(['Q2', 'Q3']);
    expect((await cache.stats()).chars).toBeLessThanOrEqual(2500);
  });
});

describe('the cache and the other tables', () => {
  it('never touches notes, entities, visits, corrections or meta, when filling, evicting or clearing', async () => {
    const { clock, db, cache } = setup({ maxEntries: 5 });
    await db.notes.put({ id: 'n1', text: 'mine', tags: ['a'], createdAt: 1, updatedAt: 2, entityId: 'Q1' });
    await db.entities.put({ id: 'Q1', type: 'person', labels: { en: 'One' }, aliases: {}, desc: {}, facts: [], origin: 'pack' });
    await db.visits.put({ url: 'https://news.example/a', title: 'A', lang: 'en', date: null, entityIds: ['Q1'], seenAt: 3 });
    await db.corrections.put({ id: 'c1', kind: 'ignoreTerm', term: 'Foo', site: null, createdAt: 1, updatedAt: 1 });
    await db.meta.put({ key: 'packVersion', value: 'v1' });
    const snapshot = async () => ({
      notes: await db.notes.toArray(),
      entities: await db.entities.toArray(),
      visits: await db.visits.toArray(),
      corrections: await db.corrections.toArray(),
      meta: await db.meta.toArray(),
    });
    const before = await snapshot();
    for (let i = 1; i <= 12; i++) {
      clock.t = T0 + i * MINUTE;
      await cache.put([{ kind: 'entity', query: `Q${i}`, value: { label: `#${i}` } }]);
    }
    expect(await db.onlineCache.count()).toBe(5);
    expect(await cache.clear()).toBe(5);
    expect(await db.onlineCache.count()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('lists what was looked up, newest first, with its kind and age', async () => {
    const { clock, cache } = setup();
    await cache.put([{ kind: 'search', query: 'Kaja Kallas', lang: 'en', value: null }]);
    clock.t = T0 + MINUTE;
    await cache.put([{ kind: 'entity', query: 'Q7747', value: { label: 'Vladimir Putin' } }]);
    expect(await cache.list()).toEqual([
      { kind: 'entity', query: 'Q7747', status: 'found', fetchedAt: T0 + MINUTE },
      { kind: 'search', query: 'Kaja Kallas', status: 'notFound', fetchedAt: T0 },
    ]);
    expect(cacheKey('search', ' Kaja  KALLAS ', 'en')).toBe('search:en:kaja kallas');
  });
});
