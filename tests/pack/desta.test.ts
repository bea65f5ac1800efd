import { describe, expect, it } from 'vitest';
import { parseDesta } from '../../scripts/pack/sources/desta.ts';
import { agreementType, genericPhrases, selectAgreements, EU_ID } from '../../scripts/pack/desta.ts';
import { HAS_SHARED, committedPack } from './load.ts';

const cols = Array.from({ length: 6 }, (_, i) => `"c${i + 1}"`).join(';');
const HEAD = `"number";"base_treaty";"name";"entry_type";"consolidated";"year";"entryforceyear";"language";"typememb";"regioncon";"wto_listed";"wto_name";${cols}`;
const row = (n: string, name: string, type: string, year: string, force: string, memb: number, parties: string[]) =>
  `"${n}";${n.replace(/\D.*/, '')};"${name}";"${type}";0;${year};${force};"English";${memb};"Europe";1;"NA";${[...parties, ...Array(6 - parties.length).fill('NA')].join(';')}`;
const ROWS = [
  row('330', 'EC Mexico', 'base_treaty', '2000', '2000', 3, ['56', '276', '250', '484']),
  row('311', 'EC Greece Association Agreement', 'base_treaty', '1961', '1962', 3, ['56', '276', '250', '300']),
  row('1', 'Afghanistan India', 'base_treaty', '2003', '2003', 1, ['4', '356']),
  row('1+1', 'Afghanistan India', 'accession', '2005', 'NA', 5, ['4', '356']),
  row('9', 'Albania Croatia', 'base_treaty', '2002', '2003', 1, ['8', '191']),
];

describe('DESTA reader', () => {
  it('reads semicolon rows, NA as nothing and parties from the c columns', () => {
    const rows = parseDesta([HEAD, ...ROWS].join('\n'));
    expect(rows[0]).toMatchObject({ number: '330', name: 'EC Mexico', year: '2000', typememb: 3, parties: ['56', '276', '250', '484'] });
    expect(rows[3]!.entryforceyear).toBeUndefined();
  });
  it('names the line of a malformed row', () => {
    const bad = row('12', 'Broken', 'base_treaty', '20x0', '2001', 1, ['4', '356']);
    expect(() => parseDesta([HEAD, ROWS[0], bad].join('\n'))).toThrow(/row 3: year/);
  });
});

describe('DESTA selection and wording', () => {
  const ids: Record<string, string> = { '56': 'BE', '276': 'DE', '250': 'FR', '484': 'MX', '300': 'GR', '4': 'AF', '356': 'IN', '8': 'AL', '191': 'HR' };
  const eu = new Set(['BE', 'DE', 'FR', 'GR', 'HR']);
  const names: Record<string, string> = { GR: 'Greece', MX: 'Mexico', HR: 'Croatia' };
  const sel = selectAgreements(parseDesta([HEAD, ...ROWS].join('\n')), (c) => ids[c], eu, new Set(['IN', 'MX', 'DE', 'FR']), (id) => [names[id] ?? '']);
  it('keeps the EU and third countries, G20 bilaterals, and no accession', () => {
    expect(sel.map((s) => [s.agreement.number, s.parties])).toEqual([
      ['330', [EU_ID, 'MX']],
      // Greece, a member since, is the third party where the agreement is named after it.
      ['311', [EU_ID, 'GR']],
      ['1', ['AF', 'IN']],
    ]);
  });
  it('derives the type from the name and generic phrases from the type', () => {
    expect(agreementType('Albania EC SAA')).toBe('saa');
    expect(agreementType('EC Israel Euro-Med Association Agreement')).toBe('association');
    expect(agreementType('CARIFORUM EC EPA')).toBe('epa');
    expect(agreementType('EC Mexico')).toBe('trade');
    expect(genericPhrases('fta').it).toContain('accordo di libero scambio');
    expect(genericPhrases('fta').es).toContain('tratado de libre comercio');
    expect(genericPhrases('association').de).toEqual(['Assoziierungsabkommen']);
    expect(genericPhrases('association').en).not.toContain('trade agreement');
  });
});

describe.skipIf(!HAS_SHARED)('DESTA in the built pack', () => {
  const pack = committedPack();
  const withDesta = (n: string) => pack.entities.filter((e) => e.facts.some((f) => f.p === 'destaId' && f.v === n));
  it('adds the EU–Mexico agreement with its parties, years and generic phrases', () => {
    const [t] = withDesta('330');
    expect(t!.type).toBe('treaty');
    expect(t!.facts.filter((f) => f.p === 'party').map((f) => f.v).sort()).toEqual([EU_ID, pack.entities.find((e) => e.labels.en === 'Mexico')!.id].sort());
    expect(t!.facts.find((f) => f.p === 'signed')?.v).toBe('2000');
    expect(t!.generic?.en).toContain('trade agreement');
    // A phrase any article may use is never a name.
    expect(Object.values(t!.aliases).flat()).not.toContain('trade agreement');
  });
  it('merges with the treaties the pack has (CETA, the EU–Israel Association Agreement)', () => {
    expect(withDesta('848').map((e) => e.id)).toEqual(['bs-treaty-ceta']);
    expect(withDesta('316').map((e) => e.id)).toEqual(['bs-treaty-eu-israel-association']);
  });
  it('cites DESTA with its credit', () => {
    expect(pack.sources.find((s) => s.id === 'desta')?.credit).toMatch(/Dür, Baccini & Elsig/);
  });
});

describe.skipIf(!HAS_SHARED)('older agreements between the same parties', () => {
  const pack = committedPack();
  it('give up the phrases a newer one uses (EU–Israel 1975 against the 1995 Association Agreement)', () => {
    const old = pack.entities.find((e) => e.facts.some((f) => f.p === 'destaId' && f.v === '315'))!;
    const newer = pack.entities.find((e) => e.id === 'bs-treaty-eu-israel-association')!;
    for (const g of newer.generic?.es ?? []) expect(old.generic?.es ?? []).not.toContain(g);
  });
});
