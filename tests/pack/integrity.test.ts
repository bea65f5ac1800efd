import { describe, expect, it } from 'vitest';
import { aliasProblems, dateProblems, labelProblems, referenceProblems, sourceProblems, identityProblems } from '../../utils/pack/integrity.ts';
import type { Pack } from '../../utils/pack/schema.ts';
import { committedPack } from './load.ts';

const pack = committedPack();
const clone = (): Pack => structuredClone(pack);
const first = (p: Pack) => p.entities[0]!;

describe('committed pack', () => {
  it('references only entities it contains', () => expect(referenceProblems(pack)).toEqual([]));
  it('cites only declared sources, with the HUGGO credit', () => expect(sourceProblems(pack)).toEqual([]));
  it('has valid, ordered dates', () => expect(dateProblems(pack)).toEqual([]));
  it('labels and describes every entity in the five first languages', () => expect(labelProblems(pack)).toEqual([]));
  it('has no strong alias naming two entities in one language', () => expect(aliasProblems(pack)).toEqual([]));
  it('has unique ids, QIDs only as given', () => expect(identityProblems(pack)).toEqual([]));
  it('stays under 2 MB gzipped and omits empty fields', async () => {
    const { gzipSync } = await import('node:zlib');
    const text = JSON.stringify(pack);
    expect(gzipSync(text).length).toBeLessThan(2 * 1024 * 1024);
    // `facts` and `aliases` are required by the schema and may be empty; other containers are omitted when empty.
    const empties = text.match(/"(?!facts"|aliases")\w+":(\[\]|\{\})/g) ?? [];
    expect(empties.slice(0, 3)).toEqual([]);
  });
});

// The checks must be able to fail: each is run on a copy broken on purpose.
describe('integrity checks catch', () => {
  const rel = () => pack.entities.find((e) => e.facts.some((f) => f.ref))!;
  it('a dangling reference', () => {
    const p = clone();
    p.entities.find((e) => e.id === rel().id)!.facts.find((f) => f.ref)!.v = 'bs-nowhere';
    expect(referenceProblems(p)).toHaveLength(1);
  });
  it('dates out of order', () => {
    const p = clone();
    first(p).facts.push({ p: 'signed', v: '2020-01-01', src: 'factbook', asOf: '2026-01-22' }, { p: 'inForce', v: '2019', src: 'factbook', asOf: '2026-01-22' });
    first(p).facts.push({ p: 'x', v: 1, from: '2024-05', to: '2024-04-30', src: 'factbook', asOf: '2026-01-22' });
    expect(dateProblems(p)).toHaveLength(2);
  });
  it('a missing language', () => {
    const p = clone();
    delete first(p).labels.de;
    expect(labelProblems(p)).toEqual([`${first(p).id}: no de label`]);
  });
  it('a summary missing a language, or stating a date', () => {
    const p = clone();
    const t = p.entities.find((e) => e.type === 'treaty')!;
    t.summary = { en: 'Sets up a court.', it: 'Istituisce una corte.', fr: 'Institue une cour.', de: 'Errichtet ein Gericht.' };
    expect(labelProblems(p)).toEqual([`${t.id}: no es summary`]);
    t.summary.es = 'Instituye un tribunal en 1998.';
    expect(labelProblems(p)).toEqual([`${t.id}: es summary states a number`]);
  });
  it('an identifier as a Portuguese or Russian label, though those two may be missing', () => {
    const p = clone();
    delete first(p).labels.pt;
    delete first(p).labels.ru;
    expect(labelProblems(p)).toEqual([]);
    first(p).labels.ru = 'Q27146606';
    expect(labelProblems(p)).toEqual([`${first(p).id}: ru label is an identifier`]);
  });
  it('a label that is only an identifier', () => {
    const p = clone();
    first(p).labels.fr = 'Q27146606';
    expect(labelProblems(p)).toEqual([`${first(p).id}: fr label is an identifier`]);
  });
  it('a strong alias shared by two entities, but not a weak one', () => {
    const p = clone();
    const [a, b] = p.entities as [Pack['entities'][number], Pack['entities'][number]];
    b.aliases.it = [...(b.aliases.it ?? []), a.aliases.it![0]!.toUpperCase()];
    expect(aliasProblems(p)).toHaveLength(1);
    const q = clone();
    const [c, d] = q.entities as [Pack['entities'][number], Pack['entities'][number]];
    c.weakAliases = { ...c.weakAliases, fr: ['Zzyzx'] };
    d.weakAliases = { ...d.weakAliases, fr: ['zzyzx'] };
    expect(aliasProblems(q)).toEqual([]);
  });
  it('an unknown source', () => {
    const p = clone();
    first(p).facts[0]!.src = 'nope';
    expect(sourceProblems(p)).toHaveLength(1);
  });
});
