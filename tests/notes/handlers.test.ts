import { describe, expect, it } from 'vitest';
import { saveNote, saveNoteChecked } from '../../utils/db/notes';
import { setup } from './helpers';

describe('saving notes', () => {
  it('two editors saving from the same version: the second gets a conflict and the current text, nothing is lost', async () => {
    const { db, handlers } = await setup();
    const created = await handlers.upsertNote({ type: 'upsertNote', note: { text: 'draft', tags: [] } });
    if (!created.ok) throw new Error('not saved');
    const base = created.note.updatedAt;
    const [a, b] = await Promise.all([
      handlers.upsertNote({ type: 'upsertNote', note: { id: created.note.id, text: 'from the popup', tags: [] }, baseUpdatedAt: base }),
      handlers.upsertNote({ type: 'upsertNote', note: { id: created.note.id, text: 'from the card', tags: [] }, baseUpdatedAt: base }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    const winner = a.ok ? a : b;
    expect(loser).toMatchObject({ ok: false, reason: 'conflict', current: { text: winner.ok ? winner.note.text : '' } });
    expect((await db.notes.get(created.note.id))!.text).toBe(winner.ok ? winner.note.text : '');
    // The loser saves again from the version it was shown.
    const retry = await handlers.upsertNote({ type: 'upsertNote', note: { id: created.note.id, text: 'merged', tags: [] }, baseUpdatedAt: !loser.ok && loser.reason === 'conflict' ? loser.current.updatedAt : 0 });
    expect(retry.ok).toBe(true);
  });

  it('stamps each save strictly later, even within one millisecond', async () => {
    const { handlers } = await setup({ now: () => 5 });
    const a = await handlers.upsertNote({ type: 'upsertNote', note: { text: 'one', tags: [] } });
    if (!a.ok) throw new Error('not saved');
    const b = await handlers.upsertNote({ type: 'upsertNote', note: { id: a.note.id, text: 'two', tags: [] }, baseUpdatedAt: a.note.updatedAt });
    expect(b.ok && b.note.updatedAt).toBe(a.note.updatedAt + 1);
    const stale = await handlers.upsertNote({ type: 'upsertNote', note: { id: a.note.id, text: 'three', tags: [] }, baseUpdatedAt: a.note.updatedAt });
    expect(stale.ok).toBe(false);
  });

  it('reports a full disk as a quota error instead of throwing', async () => {
    const { db } = await setup();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    db.notes.hook('creating', () => {
      throw quota;
    });
    expect(await saveNoteChecked(db, { text: 'x', tags: [] }, undefined)).toEqual({ ok: false, reason: 'quota' });
  });

  it('the card’s save path explains a full disk', async () => {
    const { db } = await setup();
    db.notes.hook('creating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    await expect(saveNote(db, { text: 'x', tags: [] })).rejects.toThrow(/no room left/);
    expect(await db.notes.count()).toBe(0);
  });

  it('undo puts back exactly the deleted record', async () => {
    const { db, handlers } = await setup();
    const saved = await handlers.upsertNote({
      type: 'upsertNote',
      note: { text: 'keep me', tags: ['a'], url: 'https://example.org/x', quote: 'q text', selectors: { quote: { exact: 'q text', prefix: 'p', suffix: 's' } } },
    });
    if (!saved.ok) throw new Error('not saved');
    await db.notes.delete(saved.note.id);
    expect(await handlers.restoreNote({ type: 'restoreNote', note: saved.note })).toEqual({ ok: true, note: saved.note });
    expect(await db.notes.get(saved.note.id)).toEqual(saved.note);
  });

  it('marks notes orphaned or re-anchored without touching updatedAt', async () => {
    const { db, handlers } = await setup();
    const saved = await handlers.upsertNote({ type: 'upsertNote', note: { text: 'q', tags: [], quote: 'abc', selectors: { quote: { exact: 'abc', prefix: '', suffix: '' }, position: { start: 1, end: 4 } } } });
    if (!saved.ok) throw new Error('not saved');
    expect(await handlers.setNoteAnchors({ type: 'setNoteAnchors', results: [{ id: saved.note.id, orphaned: true }] })).toEqual({ updated: 1 });
    expect(await db.notes.get(saved.note.id)).toMatchObject({ orphaned: true, updatedAt: saved.note.updatedAt });
    await handlers.setNoteAnchors({ type: 'setNoteAnchors', results: [{ id: saved.note.id, orphaned: false, start: 10, end: 13 }] });
    expect((await db.notes.get(saved.note.id))!.selectors!.position).toEqual({ start: 10, end: 13 });
  });
});

describe('notes from a selection', () => {
  it('anchors the quote with the context the page gives and names the entity', async () => {
    const ctx = { exact: 'Putin', prefix: 'Il presidente ', suffix: ' è arrivato', start: 14, end: 19 };
    const { handlers } = await setup({
      askTab: async (_tab, req) => ((req as { type: string }).type === 'getSelectionContext' ? ctx : { url: 'https://corriere.it/a', title: 'Putin a Pyongyang', lang: 'it', date: null, entities: [] }),
    });
    const r = await handlers.noteFromSelection({ type: 'noteFromSelection', tabId: 3, selectionText: 'Putin', text: 'Prima visita' });
    expect(r.draft).toMatchObject({ entityId: 'Q7747', url: 'https://corriere.it/a', pageTitle: 'Putin a Pyongyang', quote: 'Putin' });
    expect(r.saved).toMatchObject({ ok: true, note: { text: 'Prima visita', site: 'corriere.it', selectors: { quote: { exact: 'Putin', prefix: 'Il presidente ', suffix: ' è arrivato' }, position: { start: 14, end: 19 } } } });
  });

  it('falls back to the browser’s selection text when the tab does not answer', async () => {
    const { handlers } = await setup();
    const r = await handlers.noteFromSelection({ type: 'noteFromSelection', tabId: 3, selectionText: ' a passage ', pageUrl: 'https://example.org/p' });
    expect(r.draft).toEqual({ text: '', tags: [], quote: 'a passage', url: 'https://example.org/p', selectors: { quote: { exact: 'a passage', prefix: '', suffix: '' } } });
    expect(r.saved).toBeUndefined();
  });
});

describe('reader entities and the cache', () => {
  it('adds a reader entity under every language, and invalidates the compiled knowledge', async () => {
    const { db, handlers, invalidations } = await setup();
    const r = await handlers.addUserEntity({ type: 'addUserEntity', label: 'Ursula von der Leyen', aliases: ['von der Leyen'], entityType: 'person' });
    expect(r).toEqual({ id: 'user-ursula-von-der-leyen', label: 'Ursula von der Leyen', type: 'person', created: true });
    const e = (await db.entities.get(r.id))!;
    expect(e.origin).toBe('user');
    expect(e.aliases.de).toEqual(['Ursula von der Leyen', 'von der Leyen']);
    expect(invalidations()).toBe(1);
    const found = await handlers.searchEntities({ type: 'searchEntities', q: 'LEYEN', offset: 0, limit: 10, uiLang: 'en' });
    expect(found.items.map((i) => i.id)).toEqual([r.id]);
  });

  it('searches entities across languages without accents, filtered by type, with seen counts', async () => {
    const { db, handlers } = await setup();
    await db.visits.bulkPut([
      { url: 'https://a/1', title: 'one', lang: 'it', date: null, entityIds: ['Q159', 'Q7747'], seenAt: 1 },
      { url: 'https://a/2', title: 'two', lang: 'it', date: null, entityIds: ['Q159'], seenAt: 2 },
    ]);
    const q = (text: string, entityType?: 'country') => handlers.searchEntities({ type: 'searchEntities', q: text, offset: 0, limit: 10, uiLang: 'en', ...(entityType ? { entityType } : {}) });
    expect((await q('russland')).items).toEqual([{ id: 'Q159', type: 'country', label: 'Russia', origin: 'pack', seen: 2 }]);
    expect((await q('rusia')).items.map((i) => i.id)).toEqual(['Q159']);
    expect((await q('', 'country')).items.map((i) => i.id)).toEqual(['Q159']);
    const detail = await handlers.entityDetail({ type: 'entityDetail', id: 'Q7747', uiLang: 'en' });
    expect(detail).toMatchObject({ label: 'Vladimir Putin', facts: [{ p: 'office', source: 'A source', sourceUrl: 'https://example.org/src', asOf: '2024-06-01' }], visits: [{ url: 'https://a/1' }] });
  });

  it('clearing the cache removes visits and cached entities, keeps notes and reader entities, and reloads the pack', async () => {
    const { db, handlers, loads } = await setup();
    await handlers.upsertNote({ type: 'upsertNote', note: { text: 'mine', tags: [] } });
    await handlers.addUserEntity({ type: 'addUserEntity', label: 'My Name', aliases: [], entityType: 'person' });
    await db.entities.put({ id: 'online-1', type: 'person', labels: { en: 'X' }, aliases: {}, desc: {}, facts: [], origin: 'online' });
    await db.visits.put({ url: 'https://a/1', title: 'one', lang: 'it', date: null, entityIds: ['Q159'], seenAt: 1 });
    const before = loads();
    const r = await handlers.clearCache();
    expect(r).toEqual({ removedEntities: 3, removedVisits: 1, packReloaded: true });
    expect(loads()).toBe(before + 1);
    expect(await handlers.cacheInfo()).toEqual({ packEntities: 2, userEntities: 1, onlineEntities: 0, visits: 0, notes: 1 });
  });

  it('stores a per-page language and date correction', async () => {
    const { handlers } = await setup();
    await handlers.setPageContext({ type: 'setPageContext', url: 'https://a/1', context: { lang: 'fr', date: '2024-06-19' } });
    expect(await handlers.getPageContext({ type: 'getPageContext', url: 'https://a/1' })).toEqual({ lang: 'fr', date: '2024-06-19' });
    await handlers.setPageContext({ type: 'setPageContext', url: 'https://a/1', context: null });
    expect(await handlers.getPageContext({ type: 'getPageContext', url: 'https://a/1' })).toBeNull();
  });
});
