import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDb, SCHEMA_VERSIONS } from '../../utils/db/database';
import { listNotes, saveNote, deleteNote } from '../../utils/db/notes';
import { loadPack } from '../../utils/db/pack-loader';
import type { Pack } from '../../utils/pack/schema';

let n = 0;
const names: string[] = [];
const freshName = () => {
  const name = `backstory-test-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await new BackstoryDb(name).delete();
});

describe('database upgrades', () => {
  it('keeps every note when a version-1 database is opened by the current schema', async () => {
    const name = freshName();
    const v1 = new BackstoryDb(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    // Version-1 notes had neither tags nor createdAt.
    await v1.table('notes').bulkPut([
      { id: 'a', text: 'first', entityId: 'Q7747', updatedAt: 1000 },
      { id: 'b', text: 'second', url: 'https://example.org/x', updatedAt: 2000 },
    ]);
    v1.close();

    const current = new BackstoryDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const notes = await listNotes(current);
    expect(notes.map((x) => [x.id, x.text, x.tags, x.createdAt])).toEqual([
      ['b', 'second', [], 2000],
      ['a', 'first', [], 1000],
    ]);
    expect(await current.notes.where('tags').equals('x').count()).toBe(0);
    current.close();
  });
});

describe('the v4 upgrade of the visit log', () => {
  it('rewrites visit URLs without query strings or fragments, merging the ones that meet, and keeps every note', async () => {
    const name = freshName();
    const v3 = new BackstoryDb(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const notes = [
      { id: 'a', text: 'on a page with a query', url: 'https://news.example/a?id=7&session=42', site: 'news.example', tags: [], createdAt: 1, updatedAt: 1 },
      { id: 'b', text: 'another', tags: ['x'], createdAt: 2, updatedAt: 3 },
    ];
    await v3.table('notes').bulkPut(notes);
    await v3.table('visits').bulkPut([
      { url: 'https://news.example/a?session=42', title: 'A (old)', lang: 'it', date: null, entityIds: ['Q1'], seenAt: 10 },
      { url: 'https://news.example/a#comments', title: 'A', lang: 'it', date: '2024-06-19', entityIds: ['Q2'], seenAt: 20 },
      { url: 'https://news.example/b', title: 'B', lang: 'en', date: null, entityIds: ['Q3'], seenAt: 5 },
    ]);
    v3.close();

    const current = new BackstoryDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.visits.orderBy('url').toArray()).toEqual([
      { url: 'https://news.example/a', title: 'A', lang: 'it', date: '2024-06-19', entityIds: ['Q2', 'Q1'], seenAt: 20 },
      { url: 'https://news.example/b', title: 'B', lang: 'en', date: null, entityIds: ['Q3'], seenAt: 5 },
    ]);
    // Notes are the reader's own: their addresses are kept as they were, and none is lost.
    expect(await current.notes.orderBy('id').toArray()).toEqual(notes);
    current.close();
  });
});

describe('notes', () => {
  it('creates, edits and deletes a note, keeping its creation time', async () => {
    const db = new BackstoryDb(freshName());
    const created = await saveNote(db, { text: 'draft', tags: [], entityId: 'Q159' }, 10, () => 'n1');
    expect(created).toMatchObject({ id: 'n1', text: 'draft', createdAt: 10, updatedAt: 10 });
    const edited = await saveNote(db, { id: 'n1', text: 'final', tags: ['x'] }, 20);
    expect(edited).toMatchObject({ id: 'n1', text: 'final', entityId: 'Q159', createdAt: 10, updatedAt: 20, tags: ['x'] });
    expect(await listNotes(db, 'Q159')).toHaveLength(1);
    expect(await deleteNote(db, 'n1')).toBe(true);
    expect(await deleteNote(db, 'n1')).toBe(false);
    expect(await listNotes(db)).toEqual([]);
  });
});

describe('pack loading', () => {
  const pack = (version: string, ids: string[]): Pack => ({
    format: 1,
    version,
    asOf: '2026-01-22',
    sources: [{ id: 's', title: 'S' }],
    entities: ids.map((id) => ({ id, type: 'country', labels: { en: id }, aliases: { en: [id] }, desc: {}, facts: [] })),
  });

  it('replaces pack entities on a new version and keeps notes and reader-made entities', async () => {
    const db = new BackstoryDb(freshName());
    await loadPack(db, pack('v1', ['A', 'B']));
    await db.entities.put({ id: 'user-1', type: 'person', labels: { en: 'Mine' }, aliases: {}, desc: {}, facts: [], origin: 'user' });
    await saveNote(db, { text: 'keep me', tags: [], entityId: 'B' });
    expect((await loadPack(db, pack('v1', ['A', 'B']))).loaded).toBe(false);
    expect((await loadPack(db, pack('v2', ['A', 'C']))).loaded).toBe(true);
    expect((await db.entities.toCollection().primaryKeys()).sort()).toEqual(['A', 'C', 'user-1']);
    expect((await listNotes(db)).map((x) => x.text)).toEqual(['keep me']);
  });
});
