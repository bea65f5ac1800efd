// Heads of state and government (Factbook, Wikidata query, curated terms) and other office holders.
import { LANGS, type Fact, type Lang } from '../../utils/pack/schema.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import { mayOverlap } from '../../utils/pack/timeline.ts';
import type { Draft, PerLang, Registry } from './registry.ts';
import { parseHolder, type FactbookHolder } from './sources/factbook.ts';
import { leaderRole, type LeaderRow } from './sources/leaders.ts';
import type { CountryIndex } from './countries.ts';
import { slugify } from './text.ts';
import { FACTBOOK, FACTBOOK_AS_OF, WIKIDATA, WIKIDATA_AS_OF } from './source-ids.ts';
import type { CuratedFact } from './curated.ts';
import type { OfficeTitleRow } from './curated-files.ts';

/** `office`: any other office (minister, speaker, party leader); written on the person only. */
export type Role = 'headOfState' | 'headOfGovernment' | 'foreignMinister' | 'head' | 'office';

export interface CuratedTerm {
  /** ISO alpha-2 for a country, or a pack entity id for an organisation. */
  of: string;
  role: Role;
  office: string;
  from?: string;
  to?: string;
  src: string;
}
export interface CuratedPerson {
  name: string;
  /** Only when a source file in hand gives it. */
  qid?: string;
  labels?: PerLang<string>;
  aliases?: PerLang<string[]>;
  weakAliases?: PerLang<string[]>;
  desc?: PerLang<string>;
  terms: CuratedTerm[];
  /** Other facts about the person: `party` (literal), `country` (ISO alpha-2 or entity id, ref). */
  facts?: CuratedFact[];
}
export interface PeopleFile {
  /** Wrong "since" dates in the Factbook, by GEC and role, left out instead of copied. */
  factbookSkip: { gec: string; role: Role; reason: string }[];
  /** data/curated/office-titles.json: the word a description gives an office, matched as a prefix of its folded title. */
  titles: OfficeTitleRow[];
  roleWords: Record<Role, PerLang<string>>;
  former: PerLang<string>;
  surnameStop: string[];
  people: CuratedPerson[];
}

// Source precedence when two sources describe the same term: curated dates are exact, the Factbook's
// "since" dates are exact for the current holder, the Wikidata query gives years only.
const RANK: Record<string, number> = { [WIKIDATA]: 1, [FACTBOOK]: 2 };
const rank = (src: string) => RANK[src] ?? 3;

interface Term { person: string; of: string; role: Role; office: string; from?: string; to?: string; src: string; asOf: string }

export function buildPeople(reg: Registry, idx: CountryIndex, leaders: LeaderRow[], file: PeopleFile, asOf: string) {
  const byName = new Map<string, string>();
  const terms: Term[] = [];
  const stop = new Set(file.surnameStop.map(normaliseAlias));

  const person = (id: string, name: string, qid?: string): Draft => {
    const d = reg.ensure(id, 'person');
    if (qid) d.qid = qid;
    if (!d.labels.en) reg.label(d, Object.fromEntries(LANGS.map((l) => [l, name])));
    for (const l of LANGS) reg.alias(d, l, [name]);
    byName.set(normaliseAlias(name), id);
    return d;
  };
  const weakSurname = (d: Draft, s: string | undefined) => {
    if (!s || s.length < 4 || stop.has(normaliseAlias(s))) return;
    for (const l of LANGS) reg.alias(d, l, [s], true);
  };

  // Wikidata rows first: they carry the QIDs the other sources are matched against.
  const countryQids = new Map<string, string>();
  for (const [iso, id] of idx.byIso) if (reg.get(id)?.qid) countryQids.set(reg.get(id)!.qid!, iso);
  for (const r of leaders) {
    const iso = countryQids.get(r.countryQid);
    // A label with no capital letter is vandalism in the query result, not a name; a bare QID ("Q27146606") means Wikidata has no label.
    if (!iso || !/\p{Lu}/u.test(r.holder) || /^Q\d+$/.test(r.holder)) continue;
    const d = person(r.holderQid, r.holder, r.holderQid);
    const toks = r.holder.split(' ');
    const last = toks[1];
    if (toks.length === 2 && last && !/-\p{Ll}/u.test(last)) weakSurname(d, last);
    terms.push({ person: d.id, of: idx.byIso.get(iso)!, role: leaderRole(r.position), office: r.position, from: r.start, to: r.end, src: WIKIDATA, asOf: WIKIDATA_AS_OF });
  }

  const findExisting = (names: string[]): string | undefined => {
    for (const n of names) {
      const id = byName.get(normaliseAlias(n));
      if (id) return id;
    }
    return undefined;
  };

  for (const p of file.people) {
    const names = [p.name, ...LANGS.flatMap((l) => p.aliases?.[l] ?? [])];
    const id = p.qid ?? findExisting(names) ?? `bs-person-${slugify(p.name)}`;
    const d = person(id, p.name, p.qid ?? (id.startsWith('Q') ? id : undefined));
    reg.label(d, p.labels);
    reg.aliases(d, p.aliases);
    reg.aliases(d, p.weakAliases, true);
    reg.describe(d, p.desc);
    // Curated full-name variants also identify the person for the Factbook pass below ("Alyaksandr Lukashenka").
    for (const n of names) if (n.includes(' ') && !byName.has(normaliseAlias(n))) byName.set(normaliseAlias(n), id);
    for (const f of p.facts ?? []) {
      const v = f.ref && typeof f.v === 'string' ? (idx.byIso.get(f.v) ?? f.v) : f.v;
      reg.fact(d, { ...f, v, src: f.src ?? 'official-sites', asOf });
    }
    for (const t of p.terms) {
      const of = idx.byIso.get(t.of) ?? t.of;
      terms.push({ person: id, of, role: t.role, office: t.office, from: t.from, to: t.to, src: t.src, asOf });
    }
  }

  const skip = new Set(file.factbookSkip.map((s) => `${s.gec}:${s.role}`));
  for (const [gec, countryId] of idx.byGec) {
    const fb = [...idx.factbookByIso.values()].find((c) => c.gec === gec)!;
    const pairs: [Role, FactbookHolder | undefined][] = [
      ['headOfState', parseHolder(fb.chiefOfState)],
      ['headOfGovernment', parseHolder(fb.headOfGovernment)],
    ];
    for (const [role, h] of pairs) {
      if (!h) continue;
      // Only open terms: a former holder is not matched to the current one by surname (Kim Dae-jung, Kim Min-seok).
      const sameCountry = terms.filter((t) => t.of === countryId && !t.to);
      const sur = normaliseAlias(h.surname ?? h.name);
      const match =
        findExisting([h.name]) ??
        sameCountry.find((t) => normaliseAlias(reg.get(t.person)!.labels.en ?? '').includes(sur))?.person;
      const id = match ?? `bs-person-${slugify(h.name)}`;
      const d = person(id, reg.get(id)?.labels.en ?? h.name);
      reg.alias(d, 'en', [h.name]);
      for (const l of LANGS) reg.alias(d, l, [h.name]);
      weakSurname(d, h.surname);
      const since = skip.has(`${gec}:${role}`) ? undefined : h.since;
      // A vice-president listed under "head of government" (Zimbabwe, The Gambia) deputises for the president who heads it: an office, not the head.
      const held: Role = role === 'headOfGovernment' && /^(first |second )?vice[- ]president\b/i.test(h.title) ? 'office' : role;
      terms.push({ person: id, of: countryId, role: held, office: h.title, from: since, src: FACTBOOK, asOf: FACTBOOK_AS_OF });
    }
  }

  const kept = dropSuperseded(terms);
  for (const t of kept) {
    const q = { q: t.office, ...(t.from ? { from: t.from } : {}), ...(t.to ? { to: t.to } : {}), src: t.src, asOf: t.asOf };
    if (t.role !== 'office') reg.fact(reg.get(t.of)!, { p: t.role, v: t.person, ref: true, ...q } as Fact);
    reg.fact(reg.get(t.person)!, { p: 'office', v: t.of, ref: true, ...q } as Fact);
  }
  describePeople(reg, kept, file, asOf);
}

/** Keeps, for each person's term, only the best-ranked source's version. */
function dropSuperseded(terms: Term[]): Term[] {
  return terms.filter(
    (t) =>
      !terms.some(
        (o) => o !== t && o.person === t.person && o.of === t.of && o.role === t.role && rank(o.src) > rank(t.src) && mayOverlap(o, t),
      ),
  );
}

function describePeople(reg: Registry, terms: Term[], file: PeopleFile, asOf: string) {
  const latest = new Map<string, Term>();
  for (const t of terms) {
    const cur = latest.get(t.person);
    const key = (x: Term) => (x.to ?? '9999') + (x.from ?? '');
    if (!cur || key(t) > key(cur) || (key(t) === key(cur) && rank(t.src) > rank(cur.src))) latest.set(t.person, t);
  }
  for (const [id, t] of latest) {
    const d = reg.get(id)!;
    const of = reg.get(t.of)!;
    const current = !t.to || t.to >= asOf;
    const office = normaliseAlias(t.office);
    const title = file.titles.find((r) => r.desc !== false && office.startsWith(normaliseAlias(r.office)))?.words;
    const desc: PerLang<string> = {};
    for (const l of LANGS as readonly Lang[]) {
      if (d.desc[l]) continue;
      // Portuguese and Russian words may be missing from a row: the description is then left to the card's fallback.
      const word = title?.[l] ?? file.roleWords[t.role][l];
      const former = file.former[l];
      if (!word || (!current && !former)) continue;
      const w = current ? word : `${former} ${word}`;
      desc[l] = `${w} (${of.labels[l] ?? of.labels.en})`;
    }
    reg.describe(d, desc);
  }
}
