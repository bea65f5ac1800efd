import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Registry } from '../../scripts/pack/registry.ts';
import { addTitles, readRegnalNames, regnalFromLabel, titleForms, titleOf } from '../../scripts/pack/titles.ts';
import type { Pack } from '../../utils/pack/schema.ts';
import { compileMatcher, recognise } from '../../utils/recognition/index.ts';
import { committedPack, HAS_SHARED, ROOT } from './load.ts';

describe('title rules', () => {
  it('reads the title from the office', () => {
    expect(titleOf('King')?.words.it).toBe('re');
    expect(titleOf('Amir')?.words.fr).toBe('émir');
    expect(titleOf('Crown Prince and Prime Minister')?.words.de).toBe('Kronprinz');
    expect(titleOf('Prime Minister')).toBeUndefined();
  });

  it('derives the name a title goes with', () => {
    expect(regnalFromLabel('Felipe VI of Spain', titleOf('King')!)).toBe('Felipe VI');
    expect(regnalFromLabel('Albert II, Prince of Monaco', titleOf('Prince')!)).toBe('Albert II');
    expect(regnalFromLabel('Pope Francis', titleOf('Pope')!)).toBe('Francis');
    expect(titleForms('King', 'Charles III')).toEqual(['King Charles III', 'King Charles']);
    expect(titleForms('Emir', 'Tamim bin Hamad Al Thani')).toEqual(['Emir Tamim bin Hamad Al Thani', 'Emir Tamim bin Hamad', 'Emir Tamim']);
  });

  it('makes a title two holders share weak, and the office alone weak', () => {
    const reg = new Registry();
    const jo = reg.ensure('jo', 'country');
    reg.label(jo, { en: 'Jordan', de: 'Jordanien' });
    const sa = reg.ensure('sa', 'country');
    reg.label(sa, { en: 'Saudi Arabia', de: 'Saudi-Arabien' });
    const king = (id: string, name: string, of: string, from: string, to?: string) => {
      const d = reg.ensure(id, 'person');
      reg.label(d, { en: name });
      reg.fact(d, { p: 'office', v: of, ref: true, q: 'King', from, ...(to ? { to } : {}), src: 'x', asOf: '2026-01-22' });
      return d;
    };
    const a2 = king('a2', 'Abdullah II of Jordan', 'jo', '1999-02-07');
    const ab = king('ab', 'Abdullah bin Abdulaziz Al Saud', 'sa', '2005-08-01', '2015-01-23');
    addTitles(reg, []);
    expect(a2.aliases.de).toContain('König Abdullah II.');
    expect(a2.weak.de).toContain('König von Jordanien');
    expect(a2.weak.en).toContain('King of Jordan');
    const entities = reg.finalise();
    const of = (id: string) => entities.find((e) => e.id === id)!;
    expect(of('a2').weakAliases?.en).toContain('King Abdullah');
    expect(of('ab').weakAliases?.en).toContain('King Abdullah');
    expect(of('a2').aliases.en).not.toContain('King Abdullah');
    expect(ab.aliases.es).toContain('rey Abdullah bin Abdulaziz');
  });
});

describe.skipIf(!HAS_SHARED)('titles in the built pack', () => {
  let pack: Pack;
  beforeAll(() => {
    pack = committedPack();
  });
  const aliasesOf = (id: string) => pack.entities.find((e) => e.id === id)!.aliases;

  it('has regnal names per language from the table', () => {
    expect(readRegnalNames(resolve(ROOT, 'data/curated')).length).toBeGreaterThan(0);
    // Charles III (Q43274) and Pope Francis (Q450675): the pack's ids, checked against their labels at build time.
    expect(aliasesOf('Q43274')).toMatchObject({
      en: expect.arrayContaining(['King Charles III', 'King Charles']),
      it: expect.arrayContaining(['re Carlo III', 're Carlo']),
      fr: expect.arrayContaining(['roi Charles III']),
      de: expect.arrayContaining(['König Charles III.']),
      es: expect.arrayContaining(['rey Carlos III']),
    });
    expect(aliasesOf('Q450675')).toMatchObject({
      it: expect.arrayContaining(['papa Francesco']),
      fr: expect.arrayContaining(['pape François']),
      de: expect.arrayContaining(['Papst Franziskus']),
      es: expect.arrayContaining(['papa Francisco']),
    });
  });

  it('resolves a title to whoever held it on the article\'s date', () => {
    const m = compileMatcher(pack);
    const who = (text: string, date: string, lang = 'en') =>
      recognise(m, { blocks: [text], lang, date }).mentions.filter((x) => /King|König|rey/.test(x.surface)).map((x) => x.id);
    const text = 'King Abdullah met envoys in Riyadh, Saudi Arabia.';
    const saudi = pack.entities.find((e) => e.labels.en === 'Abdullah bin Abdulaziz Al Saud')!.id;
    expect(who(text, '2010-03-01')).toEqual([saudi]);
    expect(who(text, '2020-03-01')).not.toContain(saudi);
    // The office alone: the Emir of Qatar in 2024 is Tamim bin Hamad (Q1855372), whose office starts in 2013.
    expect(recognise(m, { blocks: ['The Emir of Qatar spoke in Doha, Qatar.'], lang: 'en', date: '2024-02-01' }).mentions.map((x) => x.id)).toContain('Q1855372');
    expect(recognise(m, { blocks: ['The Emir of Qatar spoke in Doha, Qatar.'], lang: 'en', date: '2010-02-01' }).mentions.map((x) => x.id)).not.toContain('Q1855372');
    expect(recognise(m, { blocks: ['Il re Carlo III ha parlato a Londra.'], lang: 'it', date: '2024-02-01' }).mentions.map((x) => x.id)).toContain('Q43274');
  });
});
