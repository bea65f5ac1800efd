/**
 * EveryPolitician (Wikidata, November 2015) in the pack, in two steps:
 *  1. people already in the pack get their QID and any missing labels, when exactly one row of their country's
 *     files has their full name (a QID the pack already gives someone else, or one two people would share, is
 *     never given);
 *  2. every other row becomes a person linked only by its full name, with one fact: a member of that house of
 *     that country, as the data say on their date (no terms: the files hold none).
 */
import { z } from 'zod';
import { LANGS, type Lang, type Source } from '../../utils/pack/schema.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import type { CountryIndex } from './countries.ts';
import { readJsonFileWithLines } from './curated-io.ts';
import type { Draft, Registry } from './registry.ts';
import { EP_AS_OF, epFileUrl, russianPersonName, type EpFile, type EpRow } from './sources/everypolitician.ts';

export const EP_HOUSES_FILE = 'everypolitician-houses.json';
/** Facts of the legislators cite their file: `everypolitician:<Country>/<House>`; the row is the entity's QID. */
export const EP_SOURCE = 'everypolitician';
export const LEGISLATOR_OF = 'legislatorOf';

const House = z.union([
  z.object({ path: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO alpha-2 code'), house: z.string().min(1) }),
  // A file of a territory the pack has no country for (a Crown dependency, a disputed state) is left out, saying why.
  z.object({ path: z.string().min(1), country: z.null(), why: z.string().min(1) }),
]);
export const EpHousesFile = z.object({ houses: z.array(House) });
export type EpHouse = z.infer<typeof House>;

/** The houses table, checked against the files in hand: every file has exactly one row, every row a file. */
export function readEpHouses(curatedDir: string, files: readonly EpFile[]): Map<string, EpHouse> {
  const { data, line } = readJsonFileWithLines(curatedDir, EP_HOUSES_FILE, EpHousesFile);
  const out = new Map<string, EpHouse>();
  data.houses.forEach((h, i) => {
    if (out.has(h.path)) throw new Error(`${EP_HOUSES_FILE}:${line(['houses', i])}: ${h.path} is listed twice`);
    if (files.length && !files.some((f) => f.path === h.path)) throw new Error(`${EP_HOUSES_FILE}:${line(['houses', i])}: no file everypolitician/${h.path}/wikidata.csv`);
    out.set(h.path, h);
  });
  for (const f of files) if (!out.has(f.path)) throw new Error(`${EP_HOUSES_FILE}: everypolitician/${f.path} has no row (give its country and house, or country null and why)`);
  return out;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
/** A full name: two words or more, two of them with two letters or more ("J. Smith" is no full name, "Jo Cox" is). */
export function isFullName(s: string): boolean {
  const w = words(s);
  return w.length >= 2 && w.filter((t) => (t.match(/\p{L}/gu)?.length ?? 0) >= 2).length >= 2 && !/[()[\],;/]/.test(s);
}
const latin = (s: string) => /^[\p{Script=Latin}\p{M}\s'’.-]+$/u.test(s);

export interface MatchPerson {
  id: string;
  qid?: string;
  /** Country entity ids the person's facts name (offices, country, tenures as leader). */
  countries: string[];
  /** Full names the person goes by (labels and strong multi-word aliases). */
  names: string[];
}
export interface MatchRow {
  qid: string;
  /** Country entity id of the row's file. */
  country: string;
  names: string[];
}

/**
 * Person id → QID, for the people exactly one QID of their own country's files answers to by full name. A QID
 * two people would get, or one the pack already gives another entity (`taken`: QID → entity id), goes to no one;
 * a person whose pack QID differs from the one their name finds keeps theirs and gets none.
 */
export function uniqueMatches(people: readonly MatchPerson[], rows: readonly MatchRow[], taken: ReadonlyMap<string, string>): Map<string, string> {
  const byKey = new Map<string, Set<string>>();
  for (const r of rows) {
    for (const n of r.names) {
      if (!isFullName(n)) continue;
      const k = `${r.country}\u0000${normaliseAlias(n)}`;
      if (!byKey.has(k)) byKey.set(k, new Set());
      byKey.get(k)!.add(r.qid);
    }
  }
  const claim = new Map<string, string[]>();
  for (const p of people) {
    const found = new Set<string>();
    for (const c of p.countries) for (const n of p.names) for (const q of byKey.get(`${c}\u0000${normaliseAlias(n)}`) ?? []) found.add(q);
    if (found.size !== 1) continue;
    const [q] = [...found] as [string];
    if (p.qid && p.qid !== q) continue;
    const owner = taken.get(q);
    if (owner !== undefined && owner !== p.id) continue;
    claim.set(q, [...(claim.get(q) ?? []), p.id]);
  }
  const out = new Map<string, string>();
  for (const [q, ids] of claim) if (ids.length === 1) out.set(ids[0]!, q);
  return out;
}

function personCountries(reg: Registry, d: Draft): string[] {
  const out = new Set<string>();
  for (const f of d.facts) {
    if (!f.ref || typeof f.v !== 'string' || (f.p !== 'office' && f.p !== 'country' && f.p !== 'leader')) continue;
    if (reg.get(f.v)?.type === 'country') out.add(f.v);
  }
  return [...out];
}

function rowNames(r: EpRow): string[] {
  return [...new Set([r.name, ...Object.values(r.names)].filter((n): n is string => !!n))];
}

interface Ctx {
  reg: Registry;
  /** Rows of the files the houses table maps to a country, with that country's entity id and the house. */
  rows: { row: EpRow; file: EpFile; country: string; house: string }[];
}

function context(reg: Registry, idx: CountryIndex, files: readonly EpFile[], houses: ReadonlyMap<string, EpHouse>): Ctx {
  const rows: Ctx['rows'] = [];
  for (const file of files) {
    const h = houses.get(file.path);
    if (!h || h.country === null) continue;
    const country = idx.byIso.get(h.country);
    if (!country) throw new Error(`${EP_HOUSES_FILE}: ${file.path}: no country ${h.country} in the pack`);
    for (const row of file.rows) if (row.id) rows.push({ row, file, country, house: h.house });
  }
  return { reg, rows };
}

function takenQids(reg: Registry): Map<string, string> {
  const taken = new Map<string, string>();
  for (const d of reg.drafts.values()) {
    if (d.qid) taken.set(d.qid, d.id);
    if (/^Q[1-9]\d*$/.test(d.id)) taken.set(d.id, d.id);
  }
  return taken;
}

const memberFact = (country: string, house: string, path: string) =>
  ({ p: LEGISLATOR_OF, v: country, ref: true, q: house, src: `${EP_SOURCE}:${path}`, asOf: EP_AS_OF });

/** Step 1: QIDs and missing labels for the people already in the pack. Returns how many got a QID. */
export function addEveryPoliticianQids(reg: Registry, idx: CountryIndex, files: readonly EpFile[], houses: ReadonlyMap<string, EpHouse>): number {
  const ctx = context(reg, idx, files, houses);
  const people: MatchPerson[] = [];
  for (const d of reg.drafts.values()) {
    if (d.type !== 'person') continue;
    const names = [...Object.values(d.labels), ...LANGS.flatMap((l) => d.aliases[l])].filter((n): n is string => !!n && isFullName(n));
    people.push({ id: d.id, ...(d.qid ? { qid: d.qid } : {}), countries: personCountries(reg, d), names: [...new Set(names)] });
  }
  const matches = uniqueMatches(people, ctx.rows.map((r) => ({ qid: r.row.id, country: r.country, names: rowNames(r.row) })), takenQids(reg));
  // A person whose QID another source already gave is that row, whatever the spelling of the name.
  const inFiles = new Set(ctx.rows.map((r) => r.row.id));
  for (const p of people) if (p.qid && inFiles.has(p.qid) && !matches.has(p.id)) matches.set(p.id, p.qid);
  let added = 0;
  for (const [id, q] of [...matches].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const d = reg.get(id)!;
    if (!d.qid) added++;
    d.qid = q;
    for (const r of ctx.rows.filter((x) => x.row.id === q)) {
      for (const l of LANGS) if (!d.labels[l] && r.row.names[l]) d.labels[l] = r.row.names[l];
      // The Russian name Wikidata gives a Latin-script person ("Игорь Додон" for Igor Dodon): the label, and a name it
      // answers to, with the surname weak as the person's other surnames are.
      const ru = r.row.names.ru ? russianPersonName(r.row.names.ru) : null;
      if (ru && !/\p{Script=Cyrillic}/u.test(d.labels.ru ?? '')) {
        d.labels.ru = ru.name;
        reg.alias(d, 'ru', ru.full);
        const enSurname = (d.labels.en ?? '').split(' ').at(-1) ?? '';
        if ([...d.weak.en, ...d.aliases.en].includes(enSurname)) reg.alias(d, 'ru', [ru.surname], !d.aliases.en.includes(enSurname));
      }
      // The data say the person sat in that house; the pack's own offices stay as they are.
      reg.fact(d, memberFact(r.country, r.house, r.file.path));
    }
    reg.notes.push(`everypolitician: ${d.labels.en ?? id} = ${q}`);
  }
  return added;
}

/** The forms every entity in the pack answers to so far, in every language: a legislator never takes one. */
function formsInPack(reg: Registry): Set<string> {
  const out = new Set<string>();
  for (const d of reg.drafts.values()) {
    for (const l of LANGS) for (const f of [...d.aliases[l], ...d.weak[l], ...d.generic[l]]) out.add(normaliseAlias(f));
    for (const s of Object.values(d.labels)) if (s) out.add(normaliseAlias(s));
  }
  return out;
}

/** Step 2: every row not in the pack yet becomes a person named by its full names only. Returns how many. */
export function addLegislators(reg: Registry, idx: CountryIndex, files: readonly EpFile[], houses: ReadonlyMap<string, EpHouse>): number {
  const ctx = context(reg, idx, files, houses);
  // Matched in step 1, or a QID some other source gave: no second entity on it.
  const taken = takenQids(reg);
  const inPack = formsInPack(reg);
  const created = new Set<Draft>();
  let added = 0;
  for (const r of ctx.rows) {
    const q = r.row.id;
    const owner = taken.get(q);
    if (owner !== undefined && owner !== q) continue;
    const existing = reg.get(q);
    if (existing && !existing.facts.every((f) => f.src.startsWith(`${EP_SOURCE}:`))) continue;
    const fallback = r.row.names.en ?? r.row.name;
    if (!fallback) continue;
    const d = reg.ensure(q, 'person');
    if (!existing) {
      added++;
      taken.set(q, q);
      d.qid = q;
      const labels: Partial<Record<Lang, string>> = {};
      for (const l of LANGS) labels[l] = r.row.names[l] ?? fallback;
      reg.label(d, labels);
    }
    // Full names only, in the Latin script the pack's languages are written in; a form another entity already
    // answers to stays off, so no country, party or person of the pack is made weak by a namesake legislator.
    const forms = rowNames(r.row).filter((n) => isFullName(n) && latin(n) && !inPack.has(normaliseAlias(n)));
    for (const l of LANGS) reg.alias(d, l, forms);
    reg.fact(d, memberFact(r.country, r.house, r.file.path));
    created.add(d);
  }
  // The matcher takes labels as names too: a label that is no strong full name (one word, another script, a name
  // another entity answers to) is listed weak, so it cannot link on its own.
  for (const d of created) {
    d.quietWeak = true;
    for (const l of LANGS) {
      const strong = new Set(d.aliases[l].map(normaliseAlias));
      const label = d.labels[l];
      if (label && !strong.has(normaliseAlias(label))) reg.alias(d, l, [label], true);
    }
  }
  return added;
}

/**
 * One source per file any fact cites, derived from the curated `everypolitician` entry: the file at the
 * snapshot's commit, so a reader can open the very row (the person's QID) a card shows.
 */
export function addEveryPoliticianSources(reg: Registry, sources: Source[]): void {
  const paths = new Set<string>();
  for (const d of reg.drafts.values()) for (const f of d.facts) if (f.src.startsWith(`${EP_SOURCE}:`)) paths.add(f.src.slice(EP_SOURCE.length + 1));
  if (!paths.size) return;
  const base = sources.find((s) => s.id === EP_SOURCE);
  if (!base) throw new Error(`sources.json: no source "${EP_SOURCE}" for the EveryPolitician files`);
  for (const path of [...paths].sort()) {
    sources.push({ ...base, id: `${EP_SOURCE}:${path}`, title: `${base.title}: ${path}/wikidata.csv (a person's row is their QID)`, url: epFileUrl(path) });
  }
}
