import { describe, expect, it } from 'vitest';
import { parseUcdp } from '../../scripts/pack/sources/ucdp.ts';
import { activeCountries, ambiguousAcronym, describeArmedGroup, isArmedGroup, isWeakName } from '../../scripts/pack/ucdp.ts';
import type { CountryIndex } from '../../scripts/pack/countries.ts';
import { HAS_SHARED, committedPack } from './load.ts';

const HEAD =
  '\uFEFFActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,NewNameFullMotherTongue,NewNameFullEng,Org,ConflictId,DyadId,Location,GWNOLoc,Region,Version';
const ROWS = [
  '209,Hamas,Hamas,Harakat al-Muqawarna al-Islamiyya,Islamic Resistance Movement,0,,,,1,"234","1234",Israel,666,2,22.1',
  '6815,HTS,HTS,Hay’at Tahrir al-Sham  ,Organization for the Liberation of the Levant,0,,,,1,"299","5","Syria, Lebanon","652, 660",2,22.1',
  '3,Government of United States of America,Government of United States of America,n/a,Government of United States of America,0,,,,4,"1","2",United States of America,2,5,22.1',
];

describe('UCDP actor reader', () => {
  it('reads rows through the BOM, trims names and turns n/a into nothing', () => {
    const rows = parseUcdp([HEAD, ...ROWS].join('\n'));
    expect(rows.map((r) => r.ActorId)).toEqual([209, 6815, 3]);
    expect(rows[1]!.NameOrigFull).toBe('Hay’at Tahrir al-Sham');
    expect(rows[1]!.GWNOLoc).toEqual([652, 660]);
    expect(rows[2]!.NameOrigFull).toBeUndefined();
    // Governments are the countries, not armed groups.
    expect(rows.filter(isArmedGroup).map((r) => r.NameData)).toEqual(['Hamas', 'HTS']);
  });

  it('names the line of a malformed row', () => {
    const bad = '7,Somebody,Somebody,n/a,n/a,0,,,,9,"1","2",Iraq,645,2,22.1';
    expect(() => parseUcdp([HEAD, ROWS[0], bad].join('\n'))).toThrow(/row 3: Org/);
  });
});

describe('UCDP countries and descriptions', () => {
  const idx = { byIso: new Map([['SY', 'SY-id'], ['LB', 'LB-id']]) } as unknown as CountryIndex;
  const gw = new Map<number, string | null>([[652, 'SY'], [660, 'LB'], [817, null]]);
  it('maps Gleditsch–Ward codes through the table, skips states the pack lacks, fails on unknown codes', () => {
    const a = parseUcdp([HEAD, ROWS[1]].join('\n'))[0]!;
    expect(activeCountries(a, gw, idx)).toEqual(['SY-id', 'LB-id']);
    expect(activeCountries({ ...a, GWNOLoc: [817, 652] }, gw, idx)).toEqual(['SY-id']);
    expect(() => activeCountries({ ...a, GWNOLoc: [999] }, gw, idx)).toThrow(/999/);
  });
  it('describes a group by where it was active, in five languages', () => {
    const d = describeArmedGroup([{ en: 'Syria', it: 'Siria', es: 'Siria' }, { en: 'Iraq', it: 'Iraq', es: 'Irak' }]);
    expect(d.en).toBe('armed group active in Syria and Iraq (UCDP)');
    expect(d.es).toBe('grupo armado activo en Siria e Irak (UCDP)');
    expect(d.it).toContain('Siria e Iraq');
    const many = describeArmedGroup(['A', 'B', 'C', 'D', 'E'].map((en) => ({ en })));
    expect(many.en).toBe('armed group active in A, B and 3 other countries (UCDP)');
  });
});

describe('weak names', () => {
  it.each(['FARC', 'M23', 'HTS', 'Contras', 'Taleban', 'La Familia', 'The Base', 'Popular Front', 'Southern Bloc', 'Islamic Community', 'Los Zetas'])('%s links only with context', (n) => {
    expect(isWeakName(n)).toBe(true);
  });
  it.each(['Free Syrian Army', 'Liberation Tigers of Tamil Eelam', 'Harakat al-Muqawarna al-Islamiyya', 'Jaysh al-Islam'])('%s is a name', (n) => {
    expect(isWeakName(n)).toBe(false);
  });
});

describe.skipIf(!HAS_SHARED)('UCDP in the built pack', () => {
  const pack = committedPack();
  const byUcdp = (id: number) => pack.entities.filter((e) => e.facts.some((f) => f.p === 'ucdpId' && f.v === id));
  it('keeps Hamas, IS and al-Qaeda as the entities the pack had', () => {
    expect(byUcdp(209).map((e) => e.id)).toEqual(['bs-org-hamas']);
    expect(byUcdp(234).map((e) => e.id)).toEqual(['bs-org-isis']);
    expect(byUcdp(769).map((e) => e.id)).toEqual(['bs-org-al-qaeda']);
    expect(pack.entities.filter((e) => e.labels.en === 'Hamas')).toHaveLength(1);
    const hamas = byUcdp(209)[0]!;
    expect(hamas.aliases.en).toContain('Harakat al-Muqawarna al-Islamiyya');
    expect(hamas.facts.some((f) => f.p === 'activeIn' && f.v === 'IL' || (f.p === 'activeIn' && pack.entities.find((x) => x.id === f.v)?.labels.en === 'Israel'))).toBe(true);
  });
  it('adds armed groups with weak acronyms and no government', () => {
    const farc = byUcdp(743)[0]!;
    expect(farc.id).toBe('ucdp-743');
    // Four capitals alone are dropped; the full names remain, in the original language for every language.
    expect([...(farc.aliases.es ?? []), ...(farc.weakAliases?.es ?? [])]).not.toContain('FARC');
    expect(farc.aliases.es).toContain('Fuerzas armadas revolucionarias colombianas');
    expect(byUcdp(563)[0]!.weakAliases?.en).toContain('POLISARIO');
    expect(farc.desc.en).toMatch(/^armed group active in Colombia/);
    expect(byUcdp(3)).toHaveLength(0);
    const strong = pack.entities.filter((e) => e.id.startsWith('ucdp-')).flatMap((e) => Object.values(e.aliases).flat());
    expect(strong.filter((a) => isWeakName(a!))).toEqual([]);
  });
});

describe('short acronyms', () => {
  it.each([['MPS', true], ['PF', true], ['ZANU', true], ['POLISARIO', false], ['M23', false], ['Hamas', false]])('%s is too ambiguous to keep: %s', (n, drop) => {
    expect(ambiguousAcronym(n as string)).toBe(drop);
  });
});

describe.skipIf(!HAS_SHARED)('UCDP names other entities answer to', () => {
  const pack = committedPack();
  it('never takes a country\'s name ("Estados Unidos", a Brazilian gang) and merges single-word names (Hezbollah)', () => {
    const gang = pack.entities.find((e) => e.id === 'ucdp-4536')!;
    expect(gang.labels.es).not.toBe('Estados Unidos');
    const names = pack.entities.filter((e) => e.id !== 'Q30' && [...Object.values(e.labels), ...Object.values(e.aliases).flat()].includes('Estados Unidos'));
    expect(names.map((e) => e.id)).toEqual([]);
    expect(pack.entities.filter((e) => e.labels.en === 'Hezbollah').map((e) => e.id)).toEqual(['bs-org-hezbollah']);
  });
});
