// CLDR territory names and Natural Earth capital names reach the pack; common words stay weak.
import { describe, expect, it } from 'vitest';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import { Registry } from '../../scripts/pack/registry.ts';
import { addCldrNames, cldrTerritoryNames } from '../../scripts/pack/sources/cldr.ts';
import { addNaturalEarthNames, type NaturalEarthPlace } from '../../scripts/pack/sources/natural-earth.ts';
import { committedPack } from './load.ts';

const has = (list: string[] | undefined, form: string) => (list ?? []).some((f) => normaliseAlias(f) === normaliseAlias(form));

describe('CLDR territory names', () => {
  it('reads the main, short, variant and regional names', () => {
    expect(cldrTerritoryNames('es').get('SA')).toContain('Arabia Saudí');
    expect(cldrTerritoryNames('es').get('SA')).toContain('Arabia Saudita'); // es-419
    expect(cldrTerritoryNames('de').get('CI')).toContain('Elfenbeinküste'); // -alt-variant
    expect(cldrTerritoryNames('fr').get('BY')).toEqual(expect.arrayContaining(['Biélorussie', 'Bélarus'])); // fr-CA
  });

  it('adds them to the countries, keeping a curated weak form weak and leaving abbreviations out', () => {
    const reg = new Registry();
    const td = reg.ensure('C-td', 'country');
    reg.alias(td, 'en', ['Chad'], true);
    const gb = reg.ensure('C-gb', 'country');
    addCldrNames(reg, new Map([['TD', 'C-td'], ['GB', 'C-gb']]));
    expect(td.aliases.en).not.toContain('Chad');
    expect(td.weak.en).toContain('Chad');
    expect(td.aliases.fr).toContain('Tchad');
    expect(gb.aliases.es).toContain('Reino Unido');
    // CLDR's Spanish short form "RU" is Russia's code elsewhere; French "R.-U." is no word.
    expect(gb.aliases.es).not.toContain('RU');
    expect(gb.aliases.fr).not.toContain('R.-U.');
  });

  it('reaches the built pack', () => {
    const pack = committedPack();
    const country = (iso: string) => pack.entities.find((e) => e.type === 'country' && e.facts.some((f) => f.p === 'iso2' && f.v === iso))!;
    expect(has(country('SA').aliases.es, 'Arabia Saudí')).toBe(true);
    expect(has(country('BY').aliases.fr, 'Biélorussie')).toBe(true);
    expect(has(country('BY').aliases.de, 'Belarus')).toBe(true);
    expect(has(country('CI').aliases.de, 'Elfenbeinküste')).toBe(true);
    // Common words stay weak in English.
    for (const [iso, word] of [['TD', 'Chad'], ['TR', 'Turkey'], ['JO', 'Jordan'], ['GE', 'Georgia']] as const) {
      expect(has(country(iso).aliases.en, word)).toBe(false);
      expect(has(country(iso).weakAliases?.en, word)).toBe(true);
    }
  });
});

describe('Natural Earth capital names', () => {
  const place = (p: Partial<NaturalEarthPlace>): NaturalEarthPlace => ({
    NAME: '', ISO_A2: '', FEATURECLA: 'Admin-0 capital', ADM0CAP: 1, wikidataid: null, NAME_EN: null, NAME_DE: null, NAME_ES: null, NAME_FR: null, NAME_PT: null, NAME_RU: null, ...p,
  });
  it('matches by QID, else by country and English name, and skips the country\'s own name', () => {
    const reg = new Registry();
    const ua = reg.ensure('C-ua', 'country');
    reg.fact(ua, { p: 'iso2', v: 'UA', src: 't', asOf: '2026-01-01' });
    const kyiv = reg.ensure('Q1899', 'place');
    kyiv.qid = 'Q1899';
    reg.label(kyiv, { en: 'Kyiv' });
    reg.fact(kyiv, { p: 'capitalOf', v: 'C-ua', ref: true, src: 't', asOf: '2026-01-01' });
    const lu = reg.ensure('C-lu', 'country');
    reg.alias(lu, 'de', ['Luxemburg']);
    reg.fact(lu, { p: 'iso2', v: 'LU', src: 't', asOf: '2026-01-01' });
    const city = reg.ensure('P-lux', 'place');
    reg.label(city, { en: 'Luxembourg' });
    reg.fact(city, { p: 'capitalOf', v: 'C-lu', ref: true, src: 't', asOf: '2026-01-01' });
    addNaturalEarthNames(reg, [
      place({ NAME: 'Kiev', ISO_A2: 'UA', wikidataid: 'Q1899', NAME_EN: 'Kiev', NAME_DE: 'Kiew', NAME_FR: 'Kiev', NAME_ES: 'Kiev' }),
      place({ NAME: 'Luxembourg', ISO_A2: 'LU', wikidataid: 'Q1842', NAME_EN: 'Luxembourg', NAME_DE: 'Luxemburg', NAME_ES: 'Luxemburgo' }),
    ]);
    expect(kyiv.aliases.de).toContain('Kiew');
    expect(kyiv.aliases.en).toContain('Kiev');
    expect(city.aliases.es).toContain('Luxemburgo');
    expect(city.aliases.de).not.toContain('Luxemburg');
  });
});
