import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../utils/db/records';
import { fold } from '../../utils/notes/fold';
import { NoteIndex, parseTags } from '../../utils/notes/search';

const note = (id: string, over: Partial<NoteRecord>): NoteRecord => ({ id, text: '', tags: [], createdAt: 1, updatedAt: 1, ...over });

const NOTES = [
  note('a', { text: 'Première visite à Pyongyang depuis 2000', updatedAt: 10, site: 'corriere.it', tags: ['visite'] }),
  note('b', { text: 'Check the treaty text', entityId: 'Q1', updatedAt: 30, site: 'lemonde.fr', tags: ['Treaty', 'todo'] }),
  note('c', { text: 'Incontro a Mosca', quote: 'il Cremlino ha confermato', pageTitle: 'Putin in Corea del Nord', updatedAt: 20 }),
];
const labels = (id: string) => (id === 'Q1' ? 'Trattato di mutua difesa' : undefined);

describe('note search', () => {
  const index = new NoteIndex(NOTES, labels);

  it('lists newest first', () => {
    expect(index.search('').map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('ignores accents and case in both directions', () => {
    expect(index.search('PREMIERE').map((n) => n.id)).toEqual(['a']);
    expect(index.search('prémière').map((n) => n.id)).toEqual(['a']);
    expect(new NoteIndex([note('x', { text: 'premiere' })]).search('Première').map((n) => n.id)).toEqual(['x']);
  });

  it('searches quotes, page titles and entity names', () => {
    expect(index.search('cremlino').map((n) => n.id)).toEqual(['c']);
    expect(index.search('corea nord').map((n) => n.id)).toEqual(['c']);
    expect(index.search('trattato').map((n) => n.id)).toEqual(['b']);
  });

  it('needs every word', () => {
    expect(index.search('visite 2000').map((n) => n.id)).toEqual(['a']);
    expect(index.search('visite mosca')).toEqual([]);
  });

  it('filters by entity, site and tag', () => {
    expect(index.search('', { entityId: 'Q1' }).map((n) => n.id)).toEqual(['b']);
    expect(index.search('', { site: 'corriere.it' }).map((n) => n.id)).toEqual(['a']);
    expect(index.search('', { tag: 'todo' }).map((n) => n.id)).toEqual(['b']);
    expect(index.search('visite', { tag: 'todo' })).toEqual([]);
  });

  it('counts facets', () => {
    expect(index.facets().tags).toEqual([['todo', 1], ['Treaty', 1], ['visite', 1]]);
  });

  it('folds letters NFD does not decompose', () => {
    expect(fold('Straße Łódź Æsir')).toBe('strasse lodz aesir');
  });

  it('parses tags', () => {
    expect(parseTags(' #todo, Treaty ,todo, ,TREATY')).toEqual(['todo', 'Treaty']);
  });
});
