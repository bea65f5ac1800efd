import { describe, expect, it } from 'vitest';
import { parseDigo } from '../../scripts/pack/sources/digo.ts';
import { buildOrgans, OrgansFile } from '../../scripts/pack/organs.ts';
import { parseCurated } from '../../scripts/pack/ucdp.ts';
import { Registry } from '../../scripts/pack/registry.ts';
import { HAS_SHARED, committedPack } from './load.ts';

const DIGO_HEAD = 'ioname,orgname,sdate,ddate,region';
describe('DIGO reader', () => {
  it('reads \\r\\r\\n rows and keeps an end year only for organisations that ended', () => {
    const m = parseDigo([DIGO_HEAD, 'ECB,European Central Bank,1998,2016,5', 'WEU,Western European Union,1955,2011,5', ''].join('\r\r\n'));
    expect(m.get('ECB')).toEqual({ ioname: 'ECB', orgname: 'European Central Bank', founded: 1998 });
    expect(m.get('WEU')?.ended).toBe(2011);
  });
  it('names the line of a malformed row', () => {
    expect(() => parseDigo([DIGO_HEAD, 'ECB,European Central Bank,1998,2016,5', 'X,Broken,19xx,2016,5'].join('\r\r\n'))).toThrow(/row 3: sdate/);
  });
});

const organ = {
  id: 'bs-org-nato-nac', parent: 'bs-org-nato', src: 'nato-nac',
  labels: { en: 'North Atlantic Council', it: 'Consiglio del Nord Atlantico', fr: "Conseil de l'Atlantique Nord", de: 'Nordatlantikrat', es: 'Consejo del Atlántico Norte' },
  weakAliases: { en: ['NAC'] },
  desc: { en: 'x', it: 'x', fr: 'x', de: 'x', es: 'x' },
};

describe('organs', () => {
  const setup = () => {
    const reg = new Registry();
    reg.ensure('bs-org-nato', 'organization');
    const ecb = reg.ensure('bs-org-ecb', 'organization');
    reg.fact(ecb, { p: 'founded', v: '1999-06-01', src: 'eu-institutions', asOf: '2026-01-22' });
    reg.ensure('Q458', 'organization');
    return reg;
  };
  const digo = parseDigo([DIGO_HEAD, 'ECB,European Central Bank,1998,2016,5', 'NATO,North Atlantic Treaty Org,1949,2016,7'].join('\r\r\n'));
  const sources = new Set(['nato-nac', 'eu-institutions']);

  it('adds a new organ with its parent, and only partOf to one the pack has', () => {
    const reg = setup();
    const rows = parseCurated(OrgansFile, { organs: [organ, { id: 'bs-org-ecb', parent: 'Q458', src: 'eu-institutions', digo: 'ECB' }] }, 'organs.json').organs;
    buildOrgans(reg, rows, digo, '2026-01-22', sources);
    const nac = reg.get('bs-org-nato-nac')!;
    expect(nac.labels.de).toBe('Nordatlantikrat');
    expect(nac.weak.en).toEqual(['NAC']);
    expect(nac.facts).toContainEqual(expect.objectContaining({ p: 'partOf', v: 'bs-org-nato', ref: true, src: 'nato-nac' }));
    const ecb = reg.get('bs-org-ecb')!;
    expect(ecb.facts.filter((f) => f.p === 'founded')).toHaveLength(1);
    // The two sources disagree on the year: the build says so.
    expect(reg.notes.join('\n')).toMatch(/bs-org-ecb: founded 1999-06-01 .* vs DIGO 1998/);
  });

  it('rejects a row without five languages, an unknown source or parent', () => {
    expect(() => parseCurated(OrgansFile, { organs: [{ ...organ, labels: { en: 'North Atlantic Council' } }] }, 'organs.json')).toThrow(/organs\.json: organs\.0\.labels/);
    expect(() => buildOrgans(setup(), [{ ...organ, src: 'nowhere' }], digo, '2026-01-22', sources)).toThrow(/nowhere/);
    expect(() => buildOrgans(setup(), [{ ...organ, parent: 'bs-org-none' }], digo, '2026-01-22', sources)).toThrow(/parent/);
  });
});

describe.skipIf(!HAS_SHARED)('organs in the built pack', () => {
  const pack = committedPack();
  const get = (id: string) => pack.entities.find((e) => e.id === id);
  it.each([
    ['bs-org-nato-nac', 'bs-org-nato'], ['bs-org-nato-aco', 'bs-org-nato'], ['bs-org-nato-shape', 'bs-org-nato-aco'], ['bs-org-nato-act', 'bs-org-nato'],
    ['bs-org-ecosoc', 'bs-org-un'], ['bs-org-ocha', 'bs-org-un'], ['bs-org-unsc', 'bs-org-un'], ['bs-org-eeas', 'Q458'], ['bs-org-ec', 'Q458'],
  ])('%s is part of %s, on a page with a URL', (id, parent) => {
    const e = get(id)!;
    const f = e.facts.find((x) => x.p === 'partOf')!;
    expect(f.v).toBe(parent);
    expect(pack.sources.find((s) => s.id === f.src)?.url).toMatch(/^https:\/\//);
    for (const l of ['en', 'it', 'fr', 'de', 'es'] as const) expect(e.labels[l]).toBeTruthy();
  });
  it('keeps acronyms that are words weak ("ACT", "SHAPE")', () => {
    for (const id of ['bs-org-nato-act', 'bs-org-nato-shape']) {
      const e = get(id)!;
      const acr = id.endsWith('act') ? 'ACT' : 'SHAPE';
      expect(e.weakAliases?.en).toContain(acr);
      expect(e.aliases.en ?? []).not.toContain(acr);
    }
  });
});
