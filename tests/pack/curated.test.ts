import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsvText, parseJsonText } from '../../scripts/pack/curated-io.ts';
import {
  CategoriesFile,
  OrgRow,
  PersonRow,
  TERM_COLUMNS,
  TermRow,
  orgFromRow,
  personFromRow,
  personWeak,
  readCurated,
  treatyFromRow,
  TreatyRow,
} from '../../scripts/pack/curated-files.ts';
import { Registry } from '../../scripts/pack/registry.ts';
import { TITLES } from '../../scripts/pack/titles.ts';
import { aliasProblems } from '../../utils/pack/integrity.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import { normaliseKey } from '../../utils/recognition/normalise.ts';
import type { Pack } from '../../utils/pack/schema.ts';
import { ROOT } from './load.ts';

const CURATED = resolve(ROOT, 'data/curated');
const cats = CategoriesFile.parse(JSON.parse(readFileSync(join(CURATED, 'categories.json'), 'utf8')));

describe('curated files are checked row by row', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'curated-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads the committed files', () => {
    const cur = readCurated(CURATED);
    expect(cur.people.people.length).toBeGreaterThan(1000);
    expect(cur.organizations.length).toBeGreaterThan(50);
  });

  it('names the file and line of a bad JSON row', () => {
    const text = '[\n{"name": "Ada Lovelace"},\n{"name": "Bad Row", "gender": "x"}\n]\n';
    expect(() => parseJsonText('people.json', text, z.array(PersonRow))).toThrow(/^people\.json:3: 1\.gender: /);
  });

  it('names the line of a bad value deep in a pretty-printed file', () => {
    const text = JSON.stringify({ organization: { igo: { en: 'a', it: 'b', fr: 'c', de: 'd', es: '' } }, treaty: {} }, null, 1);
    expect(() => parseJsonText('categories.json', text, CategoriesFile)).toThrow(/^categories\.json:8: organization\.igo\.es: /);
  });

  it('names the file and line of a bad CSV row, and a row with a column too many', () => {
    const head = TERM_COLUMNS.join(',');
    const bad = `${head}\nAda Lovelace,GB,office,"Minister, of things",2020-01-01,,gov-uk\nAda Lovelace,GB,office,Minister,2020-13-01,,gov-uk\n`;
    expect(() => parseCsvText('office-terms.csv', bad, TermRow, TERM_COLUMNS)).toThrow(/^office-terms\.csv:3: from: /);
    const wide = `${head}\nAda Lovelace,GB,office,Minister,2020,,gov-uk,extra\n`;
    expect(() => parseCsvText('office-terms.csv', wide, TermRow, TERM_COLUMNS)).toThrow(/^office-terms\.csv:2: expected 7 columns, found 8/);
  });

  it('refuses a term whose person or source is unknown, with its line', () => {
    const dir = join(scratch, 'terms');
    cpSync(CURATED, dir, { recursive: true });
    const file = join(dir, 'office-terms.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(5, 0, 'Nobody At All,GB,office,Minister,2020,,gov-uk');
    writeFileSync(file, lines.join('\n'));
    expect(() => readCurated(dir)).toThrow(/^office-terms\.csv:6: Nobody At All is not in people\.json/);
  });
});

describe('what the build derives from rows', () => {
  it('adds the last word of a name as a weak form unless the row says not to or it is strong', () => {
    expect(personWeak({ name: 'Rishi Sunak' })?.en).toEqual(['Sunak']);
    expect(personWeak({ name: 'Theresa May', weak: ['May'], surname: false })?.de).toEqual(['May']);
    expect(personWeak({ name: 'Sugiono' })).toBeUndefined();
    const strong = personWeak({ name: 'Keir Starmer', aliases: { en: ['Starmer'] } });
    expect(strong?.en).toBeUndefined();
    expect(strong?.it).toEqual(['Starmer']);
  });

  it('turns party and country columns into sourced facts', () => {
    const p = personFromRow({ name: 'Elon Musk', country: 'US', party: 'X', factSrc: 'official-sites' }, []);
    expect(p.facts).toEqual([
      { p: 'party', v: 'X', src: 'official-sites' },
      { p: 'country', v: 'US', ref: true, src: 'official-sites' },
    ]);
    expect(() => PersonRow.parse({ name: 'A B', party: 'X' })).toThrow(/factSrc/);
  });

  const treaty = (extra: object) =>
    TreatyRow.parse({
      id: 'bs-treaty-x', category: 'trade', src: 'official-sites',
      labels: { en: 'X', it: 'X', fr: 'X', de: 'X', es: 'X' }, summary: { en: 'x', it: 'x', fr: 'x', de: 'x', es: 'x' }, ...extra,
    });
  it("gives a treaty its category's description and generic forms after its own", () => {
    const t = treatyFromRow(treaty({ generic: { en: ['tariff pact'] } }), cats);
    expect(t.desc).toEqual(cats.treaty.trade!.desc);
    expect(t.generic?.en).toEqual(['tariff pact', ...cats.treaty.trade!.generic!.en!]);
    expect(treatyFromRow(treaty({ categoryGeneric: false }), cats).generic).toBeUndefined();
  });

  it("gives an organisation its category's description unless it has its own", () => {
    const row = { id: 'bs-org-x', category: 'alliance', src: 'official-sites', labels: { en: 'X', it: 'X', fr: 'X', de: 'X', es: 'X' } };
    expect(orgFromRow(OrgRow.parse(row), cats).desc.de).toBe('Militärbündnis');
    const own = { en: 'a', it: 'b', fr: 'c', de: 'd', es: 'e' };
    expect(orgFromRow(OrgRow.parse({ ...row, desc: own }), cats).desc).toEqual(own);
  });
});

describe('one normaliser for the build and the matcher', () => {
  it('folds as the matcher does', () => {
    for (const s of ['Strauß', 'Ærø', 'Łódź', 'Kim Jong‑un', 'O’Neill', 'Cañete\u00ad', 'ﬁnal']) expect(normaliseAlias(s)).toBe(normaliseKey(s));
  });

  it('makes weak two strong aliases the matcher folds to one key (ß = ss)', () => {
    expect(normaliseKey('Strauß')).toBe(normaliseKey('Strauss'));
    const reg = new Registry();
    const a = reg.ensure('bs-person-a', 'person');
    const b = reg.ensure('bs-person-b', 'person');
    reg.alias(a, 'de', ['Franz Strauß']);
    reg.alias(b, 'de', ['Franz Strauss']);
    const [ea, eb] = reg.finalise();
    expect(ea!.aliases.de).toBeUndefined();
    expect(eb!.aliases.de).toBeUndefined();
    expect(ea!.weakAliases?.de).toEqual(['Franz Strauß']);
    expect(reg.notes.some((n) => n.includes('"Franz Strauß" is shared by bs-person-a, bs-person-b'))).toBe(true);
  });

  it("is the integrity check's folding too", () => {
    const e = (id: string, de: string) => ({ id, type: 'person' as const, labels: { en: id }, aliases: { de: [de] }, desc: { en: id }, facts: [] });
    const pack: Pack = { format: 1, version: 'x', asOf: '2026-01-22', sources: [], entities: [e('a', 'Großmann'), e('b', 'Grossmann')] };
    expect(aliasProblems(pack)).toHaveLength(1);
  });
});

describe('one office-title table', () => {
  it('gives titles.ts its regnal rows, crown prince first', () => {
    expect(TITLES[0]!.words.de).toBe('Kronprinz');
    expect(TITLES.find((t) => t.match.test('king'))?.words.fr).toBe('roi');
  });
});
