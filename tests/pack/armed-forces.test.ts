import { describe, expect, it } from 'vitest';
import { buildArmedForces, describeForce, ofCountry, parseForces } from '../../scripts/pack/armed-forces.ts';
import type { CountryIndex } from '../../scripts/pack/countries.ts';
import { Registry } from '../../scripts/pack/registry.ts';
import type { Source } from '../../utils/pack/schema.ts';
import { compileMatcher, recognise } from '../../utils/recognition/index.ts';
import { HAS_SHARED, committedPack } from './load.ts';

const idf = {
  id: 'bs-mil-idf', country: 'IL', kind: 'armedForces', src: 'https://www.idf.il/en/', srcTitle: 'IDF',
  labels: { en: 'Israel Defense Forces', it: 'Forze di difesa israeliane', fr: "Forces de défense d'Israël", de: 'Israelische Verteidigungsstreitkräfte', es: 'Fuerzas de Defensa de Israel' },
  aliases: { fr: ['armée israélienne', 'Tsahal'] },
  weakAliases: { en: ['IDF'] },
};
const branch = { ...idf, id: 'bs-mil-idf-navy', parent: 'bs-mil-idf', kind: 'navy', aliases: {}, weakAliases: {} };

describe('armed-forces.json reader', () => {
  it('reads well-formed rows', () => {
    const rows = parseForces({ forces: [idf, branch] });
    expect(rows.map((r) => r.id)).toEqual(['bs-mil-idf', 'bs-mil-idf-navy']);
    expect(rows[1]!.parent).toBe('bs-mil-idf');
  });
  it('names the row (from 1) and the field of a malformed one', () => {
    const bad = { ...idf, id: 'bs-mil-bad', labels: { en: 'Bad Forces' } };
    expect(() => parseForces({ forces: [idf, bad] })).toThrow(/row 2 \(bs-mil-bad\): labels\.it/);
    expect(() => parseForces({ forces: [{ ...idf, country: 'ISR' }] })).toThrow(/row 1 \(bs-mil-idf\): country/);
    expect(() => parseForces({ forces: [{ ...idf, src: 'idf.il' }] })).toThrow(/row 1 .*src/);
    expect(() => parseForces({ forces: [idf, idf] })).toThrow(/row 2: duplicate id/);
  });
});

describe('descriptions by rule', () => {
  it('puts each language’s article before the country', () => {
    expect(describeForce('armedForces', { en: 'Israel', it: 'Israele', fr: 'Israël', de: 'Israel', es: 'Israel', pt: 'Israel', ru: 'Израиль' })).toEqual({
      en: 'armed forces of Israel', it: 'forze armate di Israele', fr: "forces armées d'Israël", de: 'Streitkräfte Israels', es: 'fuerzas armadas de Israel',
      pt: 'forças armadas de Israel', ru: 'вооружённые силы Израиля',
    });
    // Portuguese contracts "de" with the country's article; Russian puts it in the genitive.
    expect([ofCountry('pt', 'Rússia'), ofCountry('pt', 'Brasil'), ofCountry('pt', 'Estados Unidos'), ofCountry('pt', 'Portugal')]).toEqual(['da Rússia', 'do Brasil', 'dos Estados Unidos', 'de Portugal']);
    expect([ofCountry('ru', 'Россия'), ofCountry('ru', 'Северная Корея'), ofCountry('ru', 'Israel')]).toEqual(['России', 'Северной Кореи', '(Israel)']);
    expect(['en', 'it', 'fr', 'de', 'es'].map((l, i) => ofCountry(l as 'en', ['United States', 'Stati Uniti', 'États-Unis', 'Vereinigte Staaten', 'Estados Unidos'][i]!))).toEqual([
      'of the United States', 'degli Stati Uniti', 'des États-Unis', 'der Vereinigten Staaten', 'de Estados Unidos',
    ]);
    expect([ofCountry('it', 'Cina'), ofCountry('it', 'India'), ofCountry('it', 'Pakistan'), ofCountry('fr', 'Chine'), ofCountry('fr', 'Inde'), ofCountry('fr', 'Pakistan'), ofCountry('de', 'Iran'), ofCountry('es', 'India')]).toEqual([
      'della Cina', "dell'India", 'del Pakistan', 'de la Chine', "de l'Inde", 'du Pakistan', 'des Iran', 'de la India',
    ]);
  });
});

describe('building forces', () => {
  const setup = () => {
    const reg = new Registry();
    const il = reg.ensure('Q801', 'country');
    reg.label(il, { en: 'Israel', it: 'Israele', fr: 'Israël', de: 'Israel', es: 'Israel' });
    const idx = { byIso: new Map([['IL', 'Q801']]) } as unknown as CountryIndex;
    return { reg, idx };
  };
  it('adds the country, the parent and one source per page', () => {
    const { reg, idx } = setup();
    const sources: Source[] = [{ id: 'factbook', title: 'Factbook' }];
    buildArmedForces(reg, idx, parseForces({ forces: [idf, branch] }), '2026-01-22', sources);
    const d = reg.get('bs-mil-idf')!;
    expect(d.type).toBe('organization');
    expect(d.desc.fr).toBe("forces armées d'Israël");
    expect(d.weak.en).toEqual(['IDF']);
    expect(d.facts).toContainEqual(expect.objectContaining({ p: 'armedForcesOf', v: 'Q801', ref: true, src: 'mil-idf' }));
    expect(reg.get('bs-mil-idf-navy')!.facts).toContainEqual(expect.objectContaining({ p: 'partOf', v: 'bs-mil-idf', ref: true }));
    // Both rows cite the same page: one source.
    expect(sources.filter((s) => s.url === 'https://www.idf.il/en/')).toHaveLength(1);
  });
  it('rejects an unknown country or parent', () => {
    expect(() => buildArmedForces(setup().reg, setup().idx, parseForces({ forces: [{ ...idf, country: 'FR' }] }), '2026-01-22', [])).toThrow(/no country FR/);
    expect(() => buildArmedForces(setup().reg, setup().idx, parseForces({ forces: [{ ...branch, parent: 'bs-mil-none' }] }), '2026-01-22', [])).toThrow(/parent bs-mil-none/);
  });
});

describe.skipIf(!HAS_SHARED)('armed forces in the built pack', () => {
  const pack = committedPack();
  const get = (id: string) => pack.entities.find((e) => e.id === id);
  const matcher = compileMatcher(pack);
  const ids = (text: string, lang: string) => recognise(matcher, { blocks: [text], lang, date: '2024-11-05' }).mentions.map((m) => m.id);

  it('has the IDF in five languages, with its country and an official page', () => {
    const e = get('bs-mil-idf')!;
    expect(e.labels).toMatchObject({ fr: "Forces de défense d'Israël", de: 'Israelische Verteidigungsstreitkräfte', es: 'Fuerzas de Defensa de Israel', it: 'Forze di difesa israeliane' });
    expect(e.aliases.fr).toContain('Tsahal');
    const f = e.facts.find((x) => x.p === 'armedForcesOf')!;
    expect(get(String(f.v))?.labels.en).toBe('Israel');
    expect(pack.sources.find((s) => s.id === f.src)?.url).toMatch(/^https:\/\/www\.idf\.il\//);
    expect(get('bs-mil-quds-force')!.facts.find((x) => x.p === 'partOf')?.v).toBe('bs-mil-irgc');
  });

  it('keeps the short acronyms weak', () => {
    expect(get('bs-mil-idf')!.weakAliases?.en).toContain('IDF');
    expect(get('bs-mil-idf')!.aliases.en ?? []).not.toContain('IDF');
    expect(get('bs-mil-pla')!.weakAliases?.en).toContain('PLA');
    expect(get('bs-mil-gb-raf')!.weakAliases?.en).toContain('RAF');
    expect(get('bs-mil-idf')!.weakAliases?.es).toContain('FDI');
  });

  it.each([
    ['fr', "L'armée israélienne a annoncé mardi avoir frappé des cibles du Hamas dans le nord de Gaza."],
    ['fr', 'Tsahal a confirmé la mort de deux soldats.'],
    ['it', "L'esercito israeliano ha annunciato nuovi raid nel sud del Libano."],
    ['de', 'Die israelische Armee hat am Dienstag neue Angriffe im Gazastreifen gemeldet.'],
    ['de', 'Nach Angaben des israelischen Militärs wurden zwei Raketen abgefangen.'],
    ['es', 'El Ejército israelí anunció este martes nuevos bombardeos en Gaza.'],
    ['en', 'The Israeli military said on Tuesday that it had struck targets in Gaza.'],
  ])('links the IDF in a %s sentence: %s', (lang, text) => {
    expect(ids(text, lang)).toContain('bs-mil-idf');
  });

  it('links descriptive names written lowercase mid-sentence', () => {
    expect(ids('Secondo il governo, le forze armate indiane hanno colpito nove siti.', 'it')).toContain('bs-mil-in');
    expect(ids('Seit Mittwoch fliegt die pakistanische Luftwaffe Einsätze.', 'de')).toContain('bs-mil-pk-air-force');
    expect(ids('Según el Gobierno, la fuerza aérea de la India derribó dos aviones.', 'es')).toContain('bs-mil-in-air-force');
  });

  it('links a weak acronym when the page names its country, and not otherwise', () => {
    expect(ids('Las FDI informaron de nuevos ataques contra Hamás en Gaza, según Israel.', 'es')).toContain('bs-mil-idf');
    expect(ids('Beijing said the PLA held drills near Taiwan, as China warned the United States.', 'en')).toContain('bs-mil-pla');
    expect(ids('Most beginners print with PLA filament because it melts at a low temperature on cheap 3D printers.', 'en')).not.toContain('bs-mil-pla');
    expect(ids('The spool of PLA costs less than ABS and PETG.', 'en')).not.toContain('bs-mil-pla');
  });

  it('never links a bare "army", nor another meaning of the acronym', () => {
    const mil = (text: string, lang: string) => ids(text, lang).filter((id) => id.startsWith('bs-mil-'));
    expect(mil('The army said it would withdraw from the town by Friday.', 'en')).toEqual([]);
    expect(mil("L'armée a annoncé son retrait de la ville.", 'fr')).toEqual([]);
    expect(mil('Die Armee zog sich aus der Stadt zurück.', 'de')).toEqual([]);
    expect(mil('Die RAF verübte 1977 mehrere Anschläge in der Bundesrepublik.', 'de')).toEqual([]);
    expect(mil('FDI resta il primo partito secondo i sondaggi, davanti al Pd.', 'it')).toEqual([]);
    // "military" as an adjective is no force.
    expect(mil("Moscow calls Russia's military invasion of Ukraine a special operation.", 'en')).toEqual([]);
    expect(mil('Congress voted on US military aid to Ukraine and Israel.', 'en')).toEqual([]);
  });
});
