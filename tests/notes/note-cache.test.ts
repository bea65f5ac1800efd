import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

describe('the background note index', () => {
  it('answers a first screen before the index exists, then keeps in step with every write path', async () => {
    const { db, handlers } = await setup();
    await db.notes.bulkPut(
      Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, text: `nota numero ${i}`, tags: [], createdAt: i, updatedAt: i, ...(i === 2 ? { entityId: 'Q159' } : {}) })),
    );
    const q = (text: string, more: object = {}) => handlers.queryNotes({ type: 'queryNotes', q: text, offset: 0, limit: 3, facets: true, uiLang: 'en', ...more });
    const first = await q('');
    expect(first.notes.map((n) => n.id)).toEqual(['n4', 'n3', 'n2']);
    expect(first.total).toBe(5);

    // Entity names in any language find the note.
    expect((await q('RUSSLAND')).notes.map((n) => n.id)).toEqual(['n2']);
    const withFacets = await q('');
    expect(withFacets.facets?.entities).toEqual([['Q159', 1]]);
    expect(withFacets.entities.Q159).toEqual({ label: 'Russia', type: 'country' });

    // Writes from any path (a card's saveNote goes straight to the table) reach the index.
    await db.notes.put({ id: 'card', text: 'scritto dalla scheda, città', tags: [], createdAt: 9, updatedAt: 9 });
    await handlers.upsertNote({ type: 'upsertNote', note: { id: 'n0', text: 'riscritta', tags: ['x'] }, baseUpdatedAt: 0 });
    await db.notes.delete('n1');
    await new Promise((r) => setTimeout(r, 0));
    expect((await q('citta')).notes.map((n) => n.id)).toEqual(['card']);
    expect((await q('riscritta')).notes.map((n) => n.id)).toEqual(['n0']);
    expect((await q('numero')).matched).toBe(3);
    expect((await q('', { tag: 'x' })).notes.map((n) => n.id)).toEqual(['n0']);
    expect((await q('')).total).toBe(5);
    await db.notes.update('n3', { orphaned: true });
    await new Promise((r) => setTimeout(r, 0));
    expect((await q('', { orphaned: true })).notes.map((n) => n.id)).toEqual(['n3']);
  });
});
