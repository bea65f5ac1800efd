import { describe, expect, it } from 'vitest';
import titles from '../../utils/cards/office-titles-it.json';
import { localTitle, officeTitle } from '../../utils/cards/offices';
import { committedPack } from '../pack/load';

describe('office titles', () => {
  it('drop the country they belong to, however the source wrote it', () => {
    expect(officeTitle('Prime Minister of the United Kingdom', 'United Kingdom')).toBe('Prime Minister');
    expect(officeTitle('President of Russia', 'Russia')).toBe('President');
    expect(officeTitle('President', 'Russia')).toBe('President');
    // A place inside the title is part of it.
    expect(officeTitle('Minister-President of Thuringia', 'Germany')).toBe('Minister-President of Thuringia');
    expect(localTitle('Minister-President of Thuringia', 'it')).toBe('Ministro-presidente della Turingia');
    expect(localTitle('Prime Minister', 'en')).toBe('Prime Minister');
  });

  it('have an Italian wording for every office in the pack', () => {
    const pack = committedPack();
    const byId = new Map(pack.entities.map((e) => [e.id, e]));
    const missing = new Set<string>();
    for (const e of pack.entities)
      for (const f of e.facts) {
        if (f.p !== 'office' || !f.q) continue;
        const t = officeTitle(f.q, f.ref ? byId.get(String(f.v))?.labels.en : undefined);
        if (!(t in titles)) missing.add(t);
      }
    expect([...missing]).toEqual([]);
  });
});
