// Countries (Factbook + i18n-iso-countries + Wikidata QIDs + curated names) and their capitals.
import { createRequire } from 'node:module';
import { LANGS, type Lang } from '../../utils/pack/schema.ts';
import { cldrTerritoryNames } from './sources/cldr.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import type { Registry, PerLang } from './registry.ts';
import type { FactbookCountry } from './sources/factbook.ts';
import type { LeaderRow } from './sources/leaders.ts';
import { slugify } from './text.ts';
import { FACTBOOK, FACTBOOK_AS_OF, ISO, ISO_AS_OF, WIKIDATA, WIKIDATA_AS_OF } from './source-ids.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
for (const l of LANGS) iso.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

export interface CuratedCountry {
  labels?: PerLang<string>;
  aliases?: PerLang<string[]>;
  weakAliases?: PerLang<string[]>;
  desc?: PerLang<string>;
}
export interface CuratedCapital {
  /** Only when a source in hand gives the QID (see the file's sources). */
  id?: string;
  en?: string;
  labels?: PerLang<string>;
  aliases?: PerLang<string[]>;
  weakAliases?: PerLang<string[]>;
}
export interface CountriesFile {
  /** Factbook GEC → ISO where the profile's internet code is not the ISO code. */
  gecToIso: Record<string, string>;
  /** Wikidata country labels that i18n-iso-countries does not resolve. */
  wikidataNames: Record<string, string>;
  /** QIDs the Wikidata query lacks, taken from another file in hand (the seed gold annotations). */
  qids: Record<string, string>;
  /** Territories with no Factbook profile of their own (Palestine). */
  extra: string[];
  regions: Record<string, PerLang<string>>;
  countries: Record<string, CuratedCountry>;
  capitals: Record<string, CuratedCapital>;
}

/** Non-member states and territories the pack covers besides the 193 UN members. */
const ALSO = new Set(['vt', 'tw', 'kv', 'wi']);

export interface CountryIndex {
  /** ISO alpha-2 → entity id. */
  byIso: Map<string, string>;
  byGec: Map<string, string>;
  factbookByIso: Map<string, FactbookCountry>;
  nameByIso: Map<string, PerLang<string>>;
}

const plainName = (n: string) => !/[,()]/.test(n);

/**
 * Portuguese and Russian take CLDR's main name first: i18n-iso-countries gives the long official form there
 * ("Российская Федерация", "Federação Russa"), which is no label a reader of the press knows the country by.
 */
const CLDR_FIRST = new Set<Lang>(['pt', 'ru']);
const cldrMain = new Map<Lang, Map<string, string[]>>();

function defaultNames(code: string, lang: Lang): string[] {
  const all = iso.getName(code, lang, { select: 'all' }) ?? [];
  if (!CLDR_FIRST.has(lang)) return all;
  let names = cldrMain.get(lang);
  if (!names) cldrMain.set(lang, (names = cldrTerritoryNames(lang)));
  const main = names.get(code)?.[0];
  return main ? [main, ...all.filter((n) => n !== main)] : all;
}

export function buildCountries(reg: Registry, factbook: FactbookCountry[], leaders: LeaderRow[], cur: CountriesFile): CountryIndex {
  const qidByIso = new Map<string, string>();
  for (const r of leaders) {
    const code = cur.wikidataNames[r.country] ?? iso.getAlpha2Code(r.country, 'en');
    if (code && !qidByIso.has(code)) qidByIso.set(code, r.countryQid);
  }
  const idx: CountryIndex = { byIso: new Map(), byGec: new Map(), factbookByIso: new Map(), nameByIso: new Map() };
  const members = factbook.filter((c) => ALSO.has(c.gec) || c.orgs.some((o) => o.code === 'UN' && !o.status));
  const entries: { code: string; fb?: FactbookCountry }[] = members.map((fb) => ({
    code: cur.gecToIso[fb.gec] ?? (fb.tld ?? '').toUpperCase(),
    fb,
  }));
  for (const code of cur.extra) entries.push({ code });
  for (const { code, fb } of entries) {
    if (!iso.isValid(code)) throw new Error(`no ISO code for Factbook ${fb?.gec}: ${code}`);
    const qid = qidByIso.get(code) ?? cur.qids[code];
    const id = qid ?? `bs-country-${code.toLowerCase()}`;
    const d = reg.ensure(id, 'country');
    if (qid) d.qid = qid;
    idx.byIso.set(code, id);
    if (fb) {
      idx.byGec.set(fb.gec, id);
      idx.factbookByIso.set(code, fb);
    }
    const c = cur.countries[code] ?? {};
    const names: PerLang<string> = {};
    for (const l of LANGS) {
      const all = defaultNames(code, l);
      names[l] = c.labels?.[l] ?? all.find(plainName) ?? all[0];
      // i18n-iso-countries lists "US"/"UK" as names; capitalised acronyms that are words elsewhere stay as written.
      reg.alias(d, l, [names[l], ...all.filter(plainName)]);
    }
    if (fb?.name) reg.alias(d, 'en', [fb.name]);
    if (fb?.longName && plainName(fb.longName)) reg.alias(d, 'en', [fb.longName]);
    reg.label(d, names);
    reg.aliases(d, c.aliases);
    reg.aliases(d, c.weakAliases, true);
    // A curated weak form ("Georgia", "Jordan") must not stay strong through the generic name lists.
    for (const l of LANGS) {
      const weak = new Set((c.weakAliases?.[l] ?? []).map(normaliseAlias));
      d.aliases[l] = d.aliases[l].filter((f) => !weak.has(normaliseAlias(f)));
    }
    idx.nameByIso.set(code, names);
    reg.describe(d, fb ? cur.regions[fb.region] : undefined);
    reg.describe(d, c.desc);

    const isoFact = (p: string, v: string | number) => reg.fact(d, { p, v, src: ISO, asOf: ISO_AS_OF });
    isoFact('iso2', code);
    isoFact('iso3', iso.alpha2ToAlpha3(code)!);
    isoFact('isoNumeric', iso.alpha2ToNumeric(code)!);
    if (qid) reg.fact(d, { p: 'qid', v: qid, src: WIKIDATA, asOf: WIKIDATA_AS_OF });
    if (!fb) continue;
    const fbFact = (p: string, v: string | number, q?: string) =>
      reg.fact(d, { p, v, ...(q ? { q } : {}), src: FACTBOOK, asOf: FACTBOOK_AS_OF });
    fbFact('gec', fb.gec);
    if (fb.governmentType) fbFact('governmentType', fb.governmentType);
    if (fb.population) fbFact('population', fb.population.n, fb.population.note);
    if (fb.areaKm2 !== undefined && fb.areaKm2 > 0) fbFact('area', fb.areaKm2, 'sq km');
    buildCapital(reg, d.id, code, fb, cur, names);
  }
  return idx;
}

/** "Pretoria (administrative capital); Cape Town (...)" → "Pretoria": the first-named seat. */
export function firstCapital(text: string | undefined): string | undefined {
  if (!text || /^no official capital|^administered from/i.test(text)) return undefined;
  const first = (text.split(/[;(]/)[0] ?? '').split(/,\s/)[0]?.trim();
  return first || undefined;
}

function buildCapital(reg: Registry, countryId: string, code: string, fb: FactbookCountry, cur: CountriesFile, countryNames: PerLang<string>) {
  const c = cur.capitals[code] ?? {};
  const en = c.en ?? firstCapital(fb.capital);
  if (!en) return;
  const country = reg.get(countryId)!;
  const labels: PerLang<string> = {};
  for (const l of LANGS) labels[l] = c.labels?.[l] ?? en;
  // A city-state's capital shares the country's name; the country keeps that name, and a capital
  // left with no name of its own is not worth an entity.
  const countryForms = new Set(LANGS.flatMap((l) => country.aliases[l].map(normaliseAlias)));
  if (LANGS.every((l) => countryForms.has(normaliseAlias(labels[l]!)))) return;
  const id = c.id ?? `bs-capital-${code.toLowerCase()}-${slugify(en)}`;
  const d = reg.ensure(id, 'place');
  if (/^Q\d+$/.test(id)) d.qid = id;
  d.metonymOf = countryId;
  reg.label(d, labels);
  const weakHere = (l: Lang) => new Set((c.weakAliases?.[l] ?? []).map(normaliseAlias));
  for (const l of LANGS) {
    const forms = [labels[l]!, ...(c.aliases?.[l] ?? [])].filter((f) => !countryForms.has(normaliseAlias(f)));
    reg.alias(d, l, forms.filter((f) => !weakHere(l).has(normaliseAlias(f))));
    reg.alias(d, l, forms.filter((f) => weakHere(l).has(normaliseAlias(f))), true);
    reg.alias(d, l, c.weakAliases?.[l] ?? [], true);
  }
  reg.describe(d, {
    en: `capital of ${countryNames.en}`,
    it: `capitale: ${countryNames.it}`,
    fr: `capitale : ${countryNames.fr}`,
    de: `Hauptstadt: ${countryNames.de}`,
    es: `capital: ${countryNames.es}`,
    pt: `capital: ${countryNames.pt ?? countryNames.en}`,
    ru: `столица: ${countryNames.ru ?? countryNames.en}`,
  });
  reg.fact(d, { p: 'capitalOf', v: countryId, ref: true, src: FACTBOOK, asOf: FACTBOOK_AS_OF });
  reg.fact(country, { p: 'capital', v: id, ref: true, src: FACTBOOK, asOf: FACTBOOK_AS_OF });
}
