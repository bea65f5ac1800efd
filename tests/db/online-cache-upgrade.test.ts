// v5 adds the online cache's table: a reader's database upgrades from v4 with every note and every
// other record as it was, and the new table empty and usable.
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDb, SCHEMA_VERSIONS } from '../../utils/db/database';
import { listNotes } from '../../utils/db/notes';
import { OnlineCacheRecord } from '../../utils/db/records';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new BackstoryDb(name).delete();
});

describe('the v5 upgrade (online cache)', () => {
  it('keeps every note and every other record, and adds an empty onlineCache table', async () => {
    const name = `backstory-v5-test-${Math.random()}`;
    names.push(name);
    const v4 = new BackstoryDb(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(v4.tables.map((t) => t.name)).not.toContain('onlineCache');
    const notes = [
      { id: 'a', text: 'a quote note', entityId: 'Q7747', url: 'https://news.example/a', site: 'news.example', quote: 'Putin', tags: ['russia'], createdAt: 1, updatedAt: 5, selectors: { quote: { exact: 'Putin', prefix: '', suffix: ' arrived' } } },
      { id: 'b', text: 'orphaned', tags: [], createdAt: 2, updatedAt: 3, orphaned: true },
      { id: 'c', text: 'x'.repeat(10_000), tags: ['long'], createdAt: 4, updatedAt: 4 },
    ];
    const others = {
      entities: [{ id: 'user-1', type: 'person', labels: { en: 'Mine' }, aliases: {}, desc: {}, facts: [], origin: 'user' }],
      visits: [{ url: 'https://news.example/a', title: 'A', lang: 'en', date: '2024-06-19', entityIds: ['Q7747'], seenAt: 10 }],
      corrections: [{ id: 'c1', kind: 'notEntity', term: 'Georgia', entityId: 'Q230', site: 'news.example', createdAt: 1, updatedAt: 1 }],
      meta: [{ key: 'packVersion', value: 'v9' }],
    };
    await v4.table('notes').bulkPut(notes);
    for (const [table, rows] of Object.entries(others)) await v4.table(table).bulkPut(rows);
    v4.close();

    const current = new BackstoryDb(name);
    await current.open();
    expect(current.verno).toBe(5);
    expect(SCHEMA_VERSIONS.at(-1)!.version).toBe(5);
    expect(await current.notes.orderBy('id').toArray()).toEqual(notes);
    // And the notes list reads them as before (newest edit first).
    expect((await listNotes(current)).map((n) => n.id)).toEqual(['a', 'c', 'b']);
    for (const [table, rows] of Object.entries(others)) expect(await current.table(table).toArray()).toEqual(rows);

    expect(await current.onlineCache.count()).toBe(0);
    const record: OnlineCacheRecord = { key: 'entity:Q7747', kind: 'entity', query: 'Q7747', status: 'found', value: { id: 'Q7747' }, fetchedAt: 1, usedAt: 1, size: 16 };
    expect(OnlineCacheRecord.parse(record)).toEqual(record);
    await current.onlineCache.put(record);
    expect(await current.onlineCache.get('entity:Q7747')).toEqual(record);
    // The LRU index the cache evicts by.
    expect(await current.onlineCache.orderBy('[usedAt+size]').primaryKeys()).toEqual(['entity:Q7747']);
    current.close();
  });
});
