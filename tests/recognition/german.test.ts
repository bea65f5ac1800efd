// German genitives of place names used as metonyms ("Moskaus Krieg", "Washingtons Antwort").
import { describe, expect, it } from 'vitest';
import { germanGenitive } from '../../utils/recognition/german.ts';
import { pairs, run } from './helpers.ts';

describe('German genitive of place names', () => {
  it('adds -s to a proper name, none after a sibilant, to an acronym or an inflecting phrase', () => {
    for (const [name, gen] of [['Moskau', 'Moskaus'], ['Washington', 'Washingtons'], ['Kiew', 'Kiews'], ['Peking', 'Pekings'], ['Brüssel', 'Brüssels'], ['Russland', 'Russlands'], ['Neu-Delhi', 'Neu-Delhis']] as const)
      expect(germanGenitive(name)).toEqual([gen]);
    for (const name of ['Paris', 'Graz', 'USA', 'Weißes Haus', 'Washington, D.C.', 'moskau']) expect(germanGenitive(name)).toEqual([]);
  });

  it('links the genitive on a German page to the place, and only in German', () => {
    const text = 'Moskaus Antwort kam schnell, Washingtons Reaktion auch.';
    expect(pairs(run(text, 'de', '2024-06'))).toEqual(expect.arrayContaining(['Moskaus=PL-moscow', 'Washingtons=PL-washington']));
    expect(pairs(run('Moskaus answer came quickly.', 'en', '2024-06'))).not.toContain('Moskaus=PL-moscow');
  });
});
