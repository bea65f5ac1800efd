// Natural Earth 4.0.0 populated places (../shared/kb/natural-earth/capitals.json): capitals' names in en, de, es, fr, pt, ru.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../utils/pack/schema.ts';
import { normaliseAlias } from '../../../utils/pack/normalize.ts';
import type { Draft, Registry } from '../registry.ts';

export interface NaturalEarthPlace {
  NAME: string;
  ISO_A2: string;
  FEATURECLA: string;
  ADM0CAP: number | null;
  wikidataid: string | null;
  NAME_EN: string | null;
  NAME_DE: string | null;
  NAME_ES: string | null;
  NAME_FR: string | null;
  NAME_PT: string | null;
  NAME_RU: string | null;
}

/** The source has no Italian names (NAME_IT does not exist in 4.0.0). */
const COLUMNS: [Lang, 'NAME_EN' | 'NAME_DE' | 'NAME_ES' | 'NAME_FR' | 'NAME_PT' | 'NAME_RU'][] = [
  ['en', 'NAME_EN'], ['de', 'NAME_DE'], ['es', 'NAME_ES'], ['fr', 'NAME_FR'], ['pt', 'NAME_PT'], ['ru', 'NAME_RU'],
];
/** Languages the capitals builder has no names of its own for: their label falls back to English until a source gives one. */
const LABELLED_HERE = new Set<Lang>(['pt', 'ru']);

export function readNaturalEarth(kb: string): NaturalEarthPlace[] {
  return JSON.parse(readFileSync(join(kb, 'natural-earth', 'capitals.json'), 'utf8')) as NaturalEarthPlace[];
}

const isNational = (p: NaturalEarthPlace) => p.FEATURECLA.includes('Admin-0') || p.ADM0CAP === 1;

/**
 * Adds Natural Earth's names to the pack's capitals: matched by Wikidata QID where both have one, else by the
 * country's ISO code and the English name (national capitals only: an Admin-1 capital may share a capital's name).
 * A form the capital's country is also called (a city-state) is left out, as the capital builder does.
 */
export function addNaturalEarthNames(reg: Registry, places: NaturalEarthPlace[]): void {
  const byQid = new Map<string, NaturalEarthPlace>();
  const byName = new Map<string, NaturalEarthPlace>();
  for (const p of places) {
    if (p.wikidataid) byQid.set(p.wikidataid, p);
    if (isNational(p)) for (const n of [p.NAME, p.NAME_EN]) if (n) byName.set(`${p.ISO_A2}:${normaliseAlias(n)}`, p);
  }
  for (const d of reg.drafts.values()) {
    if (d.type !== 'place') continue;
    const of = d.facts.find((f) => f.p === 'capitalOf')?.v;
    const country = typeof of === 'string' ? reg.get(of) : undefined;
    if (!country) continue;
    const iso = country.facts.find((f) => f.p === 'iso2')?.v;
    const place = (d.qid ? byQid.get(d.qid) : undefined) ?? byName.get(`${iso}:${normaliseAlias(d.labels.en ?? '')}`);
    if (!place) continue;
    addNames(reg, d, country, place);
  }
}

function addNames(reg: Registry, d: Draft, country: Draft, place: NaturalEarthPlace) {
  for (const [lang, col] of COLUMNS) {
    const name = place[col];
    if (!name) continue;
    const k = normaliseAlias(name);
    if (country.aliases[lang].some((f) => normaliseAlias(f) === k) || country.weak[lang].some((f) => normaliseAlias(f) === k)) continue;
    // A capital whose English name is weak (a city as often the place as its government) is weak in these languages too.
    const enWeak = d.weak.en.some((f) => normaliseAlias(f) === normaliseAlias(d.labels.en ?? ''));
    const weak = d.weak[lang].some((f) => normaliseAlias(f) === k) || (LABELLED_HERE.has(lang) && enWeak);
    if (LABELLED_HERE.has(lang) && (!d.labels[lang] || d.labels[lang] === d.labels.en)) d.labels[lang] = name;
    reg.alias(d, lang, [name], weak);
  }
}
