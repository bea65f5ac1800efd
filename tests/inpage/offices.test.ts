import { describe, expect, it } from 'vitest';
import tableDe from '../../utils/cards/office-titles-de.json';
import tableEs from '../../utils/cards/office-titles-es.json';
import tableFr from '../../utils/cards/office-titles-fr.json';
import tableIt from '../../utils/cards/office-titles-it.json';
import tablePt from '../../utils/cards/office-titles-pt.json';
import tableRu from '../../utils/cards/office-titles-ru.json';
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
    expect(localTitle('Federal Chancellor', 'de-DE')).toBe('Bundeskanzler');
    expect(localTitle('Prime Minister', 'ru')).toMatch(/^Премьер-министр/);
    expect(localTitle('Prime Minister', 'pt-BR')).toMatch(/^Primeiro-ministro/);
  });

  it.each([
    ['it', tableIt],
    ['fr', tableFr],
    ['de', tableDe],
    ['es', tableEs],
    ['pt', tablePt],
    ['ru', tableRu],
  ] as [string, Record<string, string>][])('have a wording in %s for every office in the pack', (_, titles) => {
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
