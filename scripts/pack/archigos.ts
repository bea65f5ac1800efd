/**
 * Archigos leader spells as dated `leader` facts on people: on the pack's own
 * person when the pack already has them (same name, same country, overlapping
 * dates), else on a new person named as Archigos's dbpedia link names them.
 * Archigos names the effective leader of a country, not an office, so the
 * fact carries no office title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang } from '../../utils/pack/schema.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import { earliest, latest, mayOverlap } from '../../utils/pack/timeline.ts';
import type { CountryIndex } from './countries.ts';
import type { Draft, PerLang, Registry } from './registry.ts';
import { ARCHIGOS_HORIZON, readArchigos, type ArchigosSpell } from './sources/archigos.ts';
import { slugify } from './text.ts';

export const ARCHIGOS = 'archigos';
/** The property: effective leader of the country (Archigos), the country as the reference. */
export const LEADER = 'leader';

const CountryRow = z.object({
  ccode: z.number().int(),
  idacr: z.string().regex(/^[A-Z]{3}$/),
  cow: z.string().min(1),
  /** ISO alpha-2, or a pack entity id for a state that no longer exists; null: no entity in the pack. */
  country: z.string().min(1).nullable(),
  why: z.string().optional(),
  /** Spells that start before `start` belong to `country` instead (first match wins). */
  before: z.array(z.object({ start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), country: z.string().min(1) })).optional(),
});
export type CountryRow = z.infer<typeof CountryRow>;
const CountriesFile = z.object({ countries: z.array(z.unknown()) });

export function readCountryTable(curatedDir: string): CountryRow[] {
  const file = CountriesFile.parse(JSON.parse(readFileSync(join(curatedDir, 'archigos-countries.json'), 'utf8')));
  return file.countries.map((r, i) => {
    const p = CountryRow.safeParse(r);
    if (!p.success) throw new Error(`archigos-countries.json row ${i + 1}: ${p.error.issues[0]?.path.join('.')}: ${p.error.issues[0]?.message}`);
    return p.data;
  });
}

/** The pack entity a spell's country is, or undefined when the pack has none (Bavaria, South Vietnam). */
export function countryOf(table: readonly CountryRow[], idx: Pick<CountryIndex, 'byIso'>, s: Pick<ArchigosSpell, 'ccode' | 'idacr' | 'start'>): string | undefined {
  const row = table.find((r) => r.ccode === s.ccode && r.idacr === s.idacr);
  if (!row) throw new Error(`archigos-countries.json has no row for ccode ${s.ccode} (${s.idacr})`);
  const code = row.before?.find((b) => s.start < b.start)?.country ?? row.country;
  return code === null ? undefined : (idx.byIso.get(code) ?? code);
}

// A new person's description, by the gender Archigos gives ("F"; anything else reads as the masculine, as the data is mostly "M").
const DESC: Record<'M' | 'F', Record<Lang, string>> = {
  M: { en: 'national leader', it: 'leader nazionale', fr: 'dirigeant national', de: 'Staatslenker', es: 'líder nacional', pt: 'líder nacional', ru: 'национальный лидер' },
  F: { en: 'national leader', it: 'leader nazionale', fr: 'dirigeante nationale', de: 'Staatslenkerin', es: 'líder nacional', pt: 'líder nacional', ru: 'национальный лидер' },
};

const tokens = (s: string) => normaliseAlias(s).replace(/[.,]/g, ' ').split(' ').filter(Boolean);
const isInitial = (t: string) => t.length === 1;

interface Known {
  d: Draft;
  names: Set<string>;
  tokens: Set<string>;
  /** Terms the pack has for the person: the country and the span. */
  terms: { of: string; from?: string; to?: string; head: boolean; undated?: boolean }[];
}

/** Every form any entity answers to, folded, with its owners: a new name must not take one. */
function ownersOfForms(reg: Registry): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const d of reg.drafts.values()) {
    const forms = [...Object.values(d.labels), ...LANGS.flatMap((l) => [...d.aliases[l], ...d.weak[l]])];
    for (const f of forms) {
      if (!f) continue;
      const k = normaliseAlias(f);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(d.id);
    }
  }
  return owners;
}

function knownPeople(reg: Registry): Known[] {
  // The country's side names the office's role: compare tenures with heads of state and government, not party posts.
  const heads = new Map<string, Known['terms']>();
  for (const c of reg.drafts.values()) {
    if (c.type !== 'country') continue;
    for (const f of c.facts) {
      if ((f.p !== 'headOfState' && f.p !== 'headOfGovernment') || !f.ref) continue;
      const list = heads.get(String(f.v)) ?? [];
      list.push({ of: c.id, ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), head: true });
      heads.set(String(f.v), list);
    }
  }
  const out: Known[] = [];
  for (const d of reg.drafts.values()) {
    if (d.type !== 'person') continue;
    const forms = [...Object.values(d.labels), ...LANGS.flatMap((l) => [...d.aliases[l], ...d.weak[l]])].filter((x): x is string => !!x);
    const terms: Known['terms'] = [...(heads.get(d.id) ?? [])];
    for (const f of d.facts) {
      if (!f.ref || reg.get(String(f.v))?.type !== 'country') continue;
      // A stated country counts for a full-name match, undated: it says where, not when.
      if (f.p === 'country') terms.push({ of: String(f.v), head: false, undated: true });
      else if (f.p === 'office' || f.p === LEADER) terms.push({ of: String(f.v), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), head: f.p === LEADER });
    }
    if (!terms.length) continue;
    out.push({ d, names: new Set(forms.map(normaliseAlias)), tokens: new Set(forms.flatMap(tokens)), terms });
  }
  return out;
}

/** A year of slack either side: Archigos and the pack may date the same tenure months apart (both are kept). */
const widen = (t: { from?: string; to?: string }) => ({
  from: t.from ? String(Number(earliest(t.from).slice(0, 4)) - 1) : undefined,
  to: t.to ? String(Number(latest(t.to).slice(0, 4)) + 1) : undefined,
});

/**
 * How well the pack's person fits Archigos's name: 2 when a full name is the
 * same, 1 when every word Archigos writes (initials aside) is one of the
 * person's names and the surname is among them, 0 otherwise.
 */
export function nameFit(spellNames: { full?: string; leader: string }, known: Pick<Known, 'names' | 'tokens'>): number {
  if (spellNames.full && known.names.has(normaliseAlias(spellNames.full))) return 2;
  if (spellNames.leader.includes(' ') && known.names.has(normaliseAlias(spellNames.leader))) return 2;
  const words = tokens(spellNames.leader).filter((t) => !isInitial(t));
  if (!words.length || !words.every((w) => known.tokens.has(w))) return 0;
  // With a full name in hand, the given name must agree too: "Raul Castro" is not Fidel.
  if (spellNames.full) {
    const full = tokens(spellNames.full).filter((t) => !isInitial(t));
    if (full.length > 1 && !known.tokens.has(full[0]!)) return 0;
  }
  return 1;
}

function overlapDays(a: { from?: string; to?: string }, b: { from?: string; to?: string }): number {
  const lo = [a.from ? earliest(a.from) : '0000-01-01', b.from ? earliest(b.from) : '0000-01-01'].sort()[1]!;
  const hi = [a.to ? latest(a.to) : '9999-12-31', b.to ? latest(b.to) : '9999-12-31'].sort()[0]!;
  return hi < lo ? -1 : (Date.parse(hi) - Date.parse(lo)) / 86_400_000;
}

/** Days between two full dates, or undefined when either is partial. */
function daysApart(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b || a.length !== 10 || b.length !== 10) return undefined;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export interface ArchigosStats { spells: number; matched: number; added: number; skipped: Record<string, number> }

export function buildArchigos(reg: Registry, idx: CountryIndex, kbDir: string, curatedDir: string): ArchigosStats {
  return addArchigos(reg, idx, readArchigos(kbDir), readCountryTable(curatedDir));
}

export function addArchigos(reg: Registry, idx: Pick<CountryIndex, 'byIso'>, spells: ArchigosSpell[], table: CountryRow[]): ArchigosStats {
  const stats: ArchigosStats = { spells: spells.length, matched: 0, added: 0, skipped: {} };
  const skip = (why: string) => (stats.skipped[why] = (stats.skipped[why] ?? 0) + 1);
  const known = knownPeople(reg);
  const owners = ownersOfForms(reg);
  const taken = (form: string, self?: string) => [...(owners.get(normaliseAlias(form)) ?? [])].some((o) => o !== self);
  const claim = (form: string, id: string) => {
    const k = normaliseAlias(form);
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(id);
  };

  // One person per dbpedia link: Archigos gives some people two leader ids (Saddam Hussein in Iraq and in occupied Kuwait).
  const uriOf = new Map<string, string>();
  for (const s of spells) if (s.dbpediaName && !uriOf.has(s.leadid)) uriOf.set(s.leadid, s.dbpediaName);
  const byLeader = new Map<string, ArchigosSpell[]>();
  for (const s of spells) {
    const key = uriOf.get(s.leadid) ?? s.leadid;
    const list = byLeader.get(key);
    if (list) list.push(s);
    else byLeader.set(key, [s]);
  }
  /** Pack people already given a leader, by the name Archigos knows them by: another name is another person. */
  const claimedBy = new Map<string, string>();

  for (const [key, list] of byLeader) {
    const full = list.find((s) => s.dbpediaName)?.dbpediaName;
    const placed = list.map((s) => ({ s, of: countryOf(table, idx, s) })).filter((x): x is { s: ArchigosSpell; of: string } => {
      if (!x.of) skip('country not in the pack');
      return !!x.of;
    });
    if (!placed.length) continue;

    // The pack's person: the same full name and country, or a fitting surname with overlapping dates; the best fit, and only one.
    let best: Known | undefined, bestFit = 0, tie = false;
    for (const k of known) {
      let fit = 0;
      for (const { s, of } of placed) {
        const here = k.terms.filter((t) => t.of === of);
        const dated = here.filter((t) => !t.undated);
        if (!here.length) continue;
        const span = { from: s.start, to: s.end ?? ARCHIGOS_HORIZON };
        const name = nameFit({ full, leader: s.leader }, k);
        if (name === 0) continue;
        const near = dated.some((t) => mayOverlap(widen(t), span));
        // A surname needs the dates; a full name in the same country does not (Shimon Peres, prime minister in Archigos, president in the pack).
        if (name === 1 && !near) continue;
        // Held at the same time, for more than the day of a hand-over, beats "within a year" (Fidel, not Raúl Castro).
        const during = dated.some((t) => overlapDays(t, span) > 30);
        fit = Math.max(fit, name * 2 + (during ? 1 : 0));
      }
      if (fit === 0) continue;
      if (fit > bestFit) { best = k; bestFit = fit; tie = false; }
      else if (fit === bestFit && best && best.d.id !== k.d.id) tie = true;
    }
    const who = `${full ?? list[0]!.leader}, ${list[0]!.idacr} ${list[0]!.start.slice(0, 4)}`;
    if (tie) {
      reg.notes.push(`archigos ${key} (${who}): fits several pack people, left out`);
      skip('ambiguous match');
      continue;
    }
    const nameKey = normaliseAlias(full ?? list[0]!.leader);
    if (best && claimedBy.has(best.d.id) && claimedBy.get(best.d.id) !== nameKey) {
      reg.notes.push(`archigos ${key} (${who}) fits ${best.d.id}, already matched to Archigos's ${claimedBy.get(best.d.id)}: left out`);
      skip('pack person already matched');
      continue;
    }

    let d: Draft;
    if (best) {
      d = best.d;
      claimedBy.set(d.id, nameKey);
      stats.matched++;
      for (const { s, of } of placed) noteDisagreement(reg, d, best.terms, s, of);
    } else {
      // A new person needs a full name to be known by: Archigos alone often gives the surname only ("Obama").
      if (!full || !full.includes(' ')) { skip(full ? 'one-word name, not in the pack' : 'no dbpedia name, not in the pack'); continue; }
      if (taken(full)) {
        reg.notes.push(`archigos ${key} (${who}): "${full}" already names ${[...owners.get(normaliseAlias(full))!].join(', ')}, in another country: not added`);
        skip('name already taken');
        continue;
      }
      let id = `bs-person-${slugify(full)}`;
      if (reg.get(id)) id = `${id}-${list[0]!.idacr.toLowerCase()}-${list[0]!.start.slice(0, 4)}`;
      d = reg.ensure(id, 'person');
      reg.label(d, Object.fromEntries(LANGS.map((l) => [l, full])));
      for (const l of LANGS) reg.alias(d, l, [full]);
      claim(full, id);
      // The surname as Archigos writes it, weak (it links only beside the full name, or in office on the article's date), and only where nothing else answers to it.
      const sur = list[0]!.leader;
      const lastWord = full.split(' ').at(-1)!;
      if (!sur.includes(' ') && sur.length >= 4 && normaliseAlias(sur) === normaliseAlias(lastWord) && !taken(sur, id)) {
        for (const l of LANGS) reg.alias(d, l, [sur], true);
        claim(sur, id);
      }
      const of = reg.get(placed.at(-1)!.of)!;
      const years = (s: ArchigosSpell) => `${s.start.slice(0, 4)}–${s.end ? s.end.slice(0, 4) : ''}`;
      const span = placed.length === 1 ? years(placed[0]!.s) : `${placed[0]!.s.start.slice(0, 4)}–${placed.at(-1)!.s.end?.slice(0, 4) ?? ''}`;
      const desc: PerLang<string> = {};
      for (const l of LANGS) desc[l] = `${DESC[list[0]!.gender === 'F' ? 'F' : 'M'][l]} (${of.labels[l] ?? of.labels.en}, ${span})`;
      reg.describe(d, desc);
      stats.added++;
    }
    for (const { s, of } of placed) {
      reg.fact(d, {
        p: LEADER, v: of, ref: true, from: s.start, ...(s.end ? { to: s.end } : {}),
        src: ARCHIGOS, asOf: ARCHIGOS_HORIZON,
      });
    }
  }
  reg.notes.push(
    `archigos: ${stats.spells} spells, ${stats.matched} leaders matched to pack people, ${stats.added} added; skipped: ` +
      Object.entries(stats.skipped).map(([k, n]) => `${k} ${n}`).join(', '),
  );
  return stats;
}

/** Archigos and the pack dating the same tenure months apart: both facts stay, the build says so. */
function noteDisagreement(reg: Registry, d: Draft, terms: Known['terms'], s: ArchigosSpell, of: string) {
  const same = terms.filter((t) => t.head && !t.undated && t.of === of && mayOverlap(t, { from: s.start, to: s.end ?? ARCHIGOS_HORIZON }));
  // A tenure the pack doesn't have at all (an earlier spell) is new knowledge, not a disagreement.
  if (!same.length) return;
  // The pack may split one leadership into offices (president, then prime minister): compare with their union.
  const from = same.map((t) => t.from).filter((x): x is string => !!x).sort()[0];
  const to = same.some((t) => !t.to) ? undefined : same.map((t) => t.to!).sort().at(-1);
  const startGap = daysApart(from, s.start);
  const endGap = s.end ? daysApart(to, s.end) : undefined;
  if ((startGap ?? 0) > 60 || (endGap ?? 0) > 60) {
    reg.notes.push(`archigos ${s.obsid}: ${d.labels.en} (${of}) Archigos ${s.start} – ${s.end ?? '…'}, pack ${from ?? '?'} – ${to ?? '…'}: both kept`);
  }
}
