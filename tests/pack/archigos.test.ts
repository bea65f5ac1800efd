import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addArchigos, countryOf, readCountryTable, LEADER } from '../../scripts/pack/archigos.ts';
import { Registry } from '../../scripts/pack/registry.ts';
import { dbpediaName, parseArchigos, type ArchigosSpell } from '../../scripts/pack/sources/archigos.ts';
import type { Pack } from '../../utils/pack/schema.ts';
import { compileMatcher, recognise } from '../../utils/recognition/index.ts';
import { byLabel, committedPack, HAS_SHARED, ROOT, SHARED } from './load.ts';

const HEADER =
  'obsid,leadid,ccode,idacr,leader,startdate,eindate,enddate,eoutdate,entry,exit,exitcode,prevtimesinoffice,posttenurefate,gender,yrborn,yrdied,borndate,ebirthdate,deathdate,edeathdate,dbpediauri,numentry,numexit,numexitcode,numposttenurefate,fties,ftcur';
const row = (cells: string) => `${cells},0,0,0,0,NA,NA`;

describe('Archigos reader', () => {
  it('reads spells, dbpedia names and open tenures', () => {
    const text = [
      HEADER,
      row('EGY-1981,ld-1,651,EGY,Mubarak,1981-10-14,1981-10-14,2011-02-11,2011-02-11,Regular,Irregular,Removed,0,OK,M,1928,2020,NA,,NA,,http://dbpedia.org/resource/Hosni_Mubarak'),
      row('COL-1880,ld-2,100,COL,Nunez,1880-04-01,1880-04-01,1882-04-01,1882-04-01,Regular,Regular,Regular,0,OK,M,1825,1894,NA,,NA,,http://dbpedia.org/resource/Rafael_N%C3%BA%C3%B1ez_(politician)'),
      row('USA-2009,ld-3,2,USA,Obama,2009-01-20,2009-01-20,2015-12-31,2015-12-31,Regular,Still in Office,Still in Office,0,OK,M,1961,-777,NA,,NA,,NA'),
    ].join('\n');
    const [a, b, c] = parseArchigos(text);
    expect(a).toMatchObject({ obsid: 'EGY-1981', ccode: 651, idacr: 'EGY', start: '1981-10-14', end: '2011-02-11', dbpediaName: 'Hosni Mubarak' });
    expect(b!.dbpediaName).toBe('Rafael Núñez');
    // "Still in Office" ends on the data's horizon, which is no departure.
    expect(c!.end).toBeUndefined();
    expect(c!.dbpediaName).toBeUndefined();
  });

  it('names the line of a malformed row', () => {
    const text = [
      HEADER,
      row('EGY-1981,ld-1,651,EGY,Mubarak,1981-10-14,1981-10-14,2011-02-11,2011-02-11,Regular,Irregular,Removed,0,OK,M,1928,2020,NA,,NA,,NA'),
      row('EGY-1970,ld-4,651,EGY,Sadat,14 Oct 1970,,1981-10-06,,Regular,Irregular,Assassination,0,Death,M,1918,1981,NA,,NA,,NA'),
    ].join('\n');
    expect(() => parseArchigos(text)).toThrow(/line 3: startdate/);
  });

  it('takes the name out of a dbpedia URI', () => {
    expect(dbpediaName('http://dbpedia.org/resource/Ulysses_S._Grant')).toBe('Ulysses S. Grant');
    expect(dbpediaName('')).toBeUndefined();
  });
});

describe.skipIf(!HAS_SHARED)('Archigos countries (COW codes)', () => {
  const table = readCountryTable(resolve(ROOT, 'data/curated'));
  const idx = { byIso: new Map([['RU', 'Q159'], ['AT', 'Q40'], ['DE', 'Q183']]) };

  it('has a row for every (ccode, idacr) pair in the data', () => {
    const spells = parseArchigos(readFileSync(resolve(SHARED, 'kb/archigos/Archigos_4.1.csv'), 'utf8'));
    const missing = [...new Set(spells.map((s) => `${s.ccode} ${s.idacr}`))].filter((k) => !table.some((r) => `${r.ccode} ${r.idacr}` === k));
    expect(missing).toEqual([]);
  });

  it('maps COW codes, not ISO look-alikes, and dates the Soviet Union', () => {
    // COW's AUS is Austria (ISO's AUT), not Australia.
    expect(countryOf(table, idx, { ccode: 305, idacr: 'AUS', start: '1970-04-21' })).toBe('Q40');
    expect(countryOf(table, idx, { ccode: 365, idacr: 'RUS', start: '1985-03-11' })).toBe('bs-country-su');
    expect(countryOf(table, idx, { ccode: 365, idacr: 'RUS', start: '1894-11-01' })).toBe('Q159');
    expect(countryOf(table, idx, { ccode: 365, idacr: 'RUS', start: '1991-08-21' })).toBe('Q159');
    expect(countryOf(table, idx, { ccode: 817, idacr: 'RVN', start: '1955-10-26' })).toBeUndefined();
  });
});

/** A registry with Cuba, Egypt and the pack's people as buildPeople leaves them. */
function registry() {
  const reg = new Registry();
  for (const [id, en] of [['Q241', 'Cuba'], ['Q79', 'Egypt']] as const) reg.label(reg.ensure(id, 'country'), { en });
  const person = (id: string, name: string, of: string, from: string, to?: string) => {
    const d = reg.ensure(id, 'person');
    reg.label(d, { en: name });
    reg.alias(d, 'en', [name]);
    reg.fact(d, { p: 'office', v: of, ref: true, q: 'President', from, ...(to ? { to } : {}), src: 'x', asOf: '2026-01-22' });
  };
  person('fidel', 'Fidel Castro', 'Q241', '1976-12-02', '2008-02-24');
  person('raul', 'Raúl Castro', 'Q241', '2008-02-24', '2018-04-19');
  person('mubarak', 'Hosni Mubarak', 'Q79', '1981-10-14', '2011-02-11');
  return reg;
}
const spell = (s: Partial<ArchigosSpell> & Pick<ArchigosSpell, 'obsid' | 'leader' | 'start'>): ArchigosSpell => ({
  leadid: s.obsid, ccode: 40, idacr: 'CUB', entry: 'Regular', exit: 'Regular', gender: 'M', ...s,
});

describe.skipIf(!HAS_SHARED)('Archigos tenures on the pack', () => {
  const table = readCountryTable(resolve(ROOT, 'data/curated'));
  const idx = { byIso: new Map([['CU', 'Q241'], ['EG', 'Q79']]) };

  it('lands on the pack person by name, country and dates, never on a namesake', () => {
    const reg = registry();
    const stats = addArchigos(reg, idx, [
      spell({ obsid: 'CUB-1959', leader: 'Castro', start: '1959-01-02', end: '2008-02-24' }),
      spell({ obsid: 'CUB-2008', leader: 'Raul Castro', start: '2008-02-24' }),
      spell({ obsid: 'EGY-1981', ccode: 651, idacr: 'EGY', leader: 'Mubarak', start: '1981-10-14', end: '2011-02-11' }),
      spell({ obsid: 'EGY-1970', ccode: 651, idacr: 'EGY', leader: 'Sadat', start: '1970-10-15', end: '1981-10-06', dbpediaName: 'Anwar Sadat' }),
      spell({ obsid: 'EGY-1952', ccode: 651, idacr: 'EGY', leader: 'Naguib', start: '1952-09-07', end: '1954-11-14' }),
    ], table);
    const leaderOf = (id: string) => reg.get(id)!.facts.filter((f) => f.p === LEADER).map((f) => [f.v, f.from, f.to ?? null]);
    expect(leaderOf('fidel')).toEqual([['Q241', '1959-01-02', '2008-02-24']]);
    expect(leaderOf('raul')).toEqual([['Q241', '2008-02-24', null]]);
    expect(leaderOf('mubarak')).toEqual([['Q79', '1981-10-14', '2011-02-11']]);
    // Not in the pack and named by dbpedia: a new person, the surname weak only.
    const sadat = reg.get('bs-person-anwar-sadat')!;
    expect(sadat.labels).toMatchObject({ en: 'Anwar Sadat', it: 'Anwar Sadat', de: 'Anwar Sadat' });
    expect(sadat.aliases.en).toEqual(['Anwar Sadat']);
    expect(sadat.weak.en).toEqual(['Sadat']);
    expect(sadat.facts[0]).toMatchObject({ p: LEADER, v: 'Q79', from: '1970-10-15', to: '1981-10-06', src: 'archigos' });
    // A surname alone names nobody new.
    expect([...reg.drafts.keys()].some((k) => k.includes('naguib'))).toBe(false);
    expect(stats).toMatchObject({ matched: 3, added: 1 });
  });

  it('notes a tenure Archigos dates months away from the pack, keeping both', () => {
    const reg = registry();
    reg.fact(reg.get('Q79')!, { p: 'headOfState', v: 'mubarak', ref: true, from: '1981-10-14', to: '2011-02-11', src: 'x', asOf: '2026-01-22' });
    addArchigos(reg, idx, [spell({ obsid: 'EGY-1981', ccode: 651, idacr: 'EGY', leader: 'Mubarak', start: '1981-10-14', end: '2011-08-01' })], table);
    expect(reg.notes.some((n) => n.includes('EGY-1981') && n.includes('both kept'))).toBe(true);
    expect(reg.get('mubarak')!.facts.map((f) => f.src).sort()).toEqual(['archigos', 'x']);
  });
});

describe.skipIf(!HAS_SHARED)('Archigos in the built pack', () => {
  let pack: Pack;
  beforeAll(() => {
    pack = committedPack();
  });
  const leaderFacts = (en: string) => byLabel(pack, en)!.facts.filter((f) => f.p === LEADER);

  it('has pre-2015 leaders with dated tenures citing Archigos, with its credit', () => {
    const egypt = pack.entities.find((e) => e.facts.some((f) => f.p === 'iso2' && f.v === 'EG'))!;
    expect(leaderFacts('Hosni Mubarak')).toEqual([expect.objectContaining({ v: egypt.id, from: '1981-10-14', to: '2011-02-11', src: 'archigos' })]);
    expect(leaderFacts('Muammar Gaddafi')[0]).toMatchObject({ from: '1969-09-01', src: 'archigos' });
    expect(leaderFacts('Joseph Stalin')[0]).toMatchObject({ v: 'bs-country-su', from: '1923-03-10', to: '1953-03-05' });
    const src = pack.sources.find((s) => s.id === 'archigos')!;
    expect(src.credit).toBe('Archigos 4.1 (Goemans, Gleditsch & Chiozza 2009), via globalgov/manystates');
  });

  it('puts a post-2015 leader\'s tenure on the person the pack already has', () => {
    const obamas = pack.entities.filter((e) => e.type === 'person' && e.labels.en === 'Barack Obama');
    expect(obamas).toHaveLength(1);
    expect(obamas[0]!.facts.filter((f) => f.p === LEADER)).toEqual([expect.objectContaining({ from: '2009-01-20', src: 'archigos' })]);
    expect(obamas[0]!.facts.some((f) => f.p === 'office' && f.src !== 'archigos')).toBe(true);
  });

  it('leaves a matched leader\'s country among the pack\'s own offices for them', () => {
    let checked = 0;
    const strays: string[] = [];
    for (const e of pack.entities) {
      const offices = new Set(e.facts.filter((f) => f.p === 'office').map((f) => f.v));
      const led = e.facts.filter((f) => f.p === LEADER).map((f) => f.v);
      if (!offices.size || !led.length) continue;
      checked++;
      if (!led.some((c) => offices.has(c))) strays.push(e.labels.en ?? e.id);
    }
    expect(strays).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('does not link a long-gone leader by surname alone on a current page', () => {
    const m = compileMatcher(pack);
    const ids = (text: string) => recognise(m, { blocks: [text], lang: 'en', date: '2024-05-01' }).mentions.map((x) => x.surface);
    expect(ids('Russia and Georgia remember Stalin as the war goes on.')).not.toContain('Stalin');
    expect(ids('Joseph Stalin ruled until 1953. Under Stalin, Russia and Georgia changed.')).toEqual(expect.arrayContaining(['Joseph Stalin', 'Stalin']));
  });
});
