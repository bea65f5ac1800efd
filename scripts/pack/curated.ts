// Organisations and treaties written by hand in data/curated, each citing a real source.
import type { Fact, Lang } from '../../utils/pack/schema.ts';
import type { CountryIndex } from './countries.ts';
import type { PerLang, Registry } from './registry.ts';
import type { FactbookCountry } from './sources/factbook.ts';
import type { HuggoRow } from './sources/huggo.ts';
import { FACTBOOK, FACTBOOK_AS_OF, HUGGO } from './source-ids.ts';

interface Named {
  id: string;
  /** Only when a source in hand gives it. */
  qid?: string;
  labels: PerLang<string>;
  aliases?: PerLang<string[]>;
  weakAliases?: PerLang<string[]>;
  desc: PerLang<string>;
  /** Source id for the curated facts of this entry. */
  src: string;
}

/** A curated fact: `ref` values are entity ids or ISO alpha-2 codes (resolved at build time). */
export type CuratedFact = Omit<Fact, 'src' | 'asOf'> & { src?: string };

export interface CuratedOrg extends Named {
  /** Factbook "International organization participation" code(s): members come from the Factbook. */
  factbook?: string[];
  facts?: CuratedFact[];
  /** Departures (`to`) and arrivals (`from`) the Factbook's lists don't show yet, each with its source. */
  membershipChanges?: { country: string; from?: string; to?: string; src: string }[];
}
export interface CuratedTreaty extends Named {
  generic?: PerLang<string[]>;
  summary?: PerLang<string>;
  /** Exact HUGGO title: signature/force/end dates come from HUGGO with its credit. */
  huggo?: string;
  /** Factbook "International environmental agreements" name: parties come from the Factbook. */
  factbookEnv?: string;
  parties?: string[];
  /** An organisation whose members are the treaty's parties (a founding treaty): its member list is copied. */
  partiesOf?: string;
  facts?: CuratedFact[];
}

const resolve = (idx: CountryIndex, v: string) => idx.byIso.get(v) ?? v;

function addNamed(reg: Registry, type: 'organization' | 'treaty', n: Named) {
  const d = reg.ensure(n.id, type);
  if (n.qid) d.qid = n.qid;
  reg.label(d, n.labels);
  for (const [l, s] of Object.entries(n.labels)) reg.alias(d, l as Lang, [s]);
  reg.aliases(d, n.aliases);
  reg.aliases(d, n.weakAliases, true);
  reg.describe(d, n.desc);
  return d;
}

function addFacts(reg: Registry, idx: CountryIndex, d: ReturnType<Registry['ensure']>, facts: CuratedFact[] | undefined, src: string, asOf: string) {
  for (const f of facts ?? []) {
    const v = f.ref && typeof f.v === 'string' ? resolve(idx, f.v) : f.v;
    reg.fact(d, { ...f, v, src: f.src ?? src, asOf });
  }
}

/** Inverse relation written on the other entity, so a country's card can list its memberships. */
const INVERSE: Record<string, string> = { member: 'memberOf', observer: 'observerOf', party: 'partyTo', headquarters: 'headquartersOf' };

export function buildOrganizations(reg: Registry, idx: CountryIndex, factbook: FactbookCountry[], orgs: CuratedOrg[], asOf: string, notes: string[]) {
  for (const o of orgs) {
    const d = addNamed(reg, 'organization', o);
    addFacts(reg, idx, d, o.facts, o.src, asOf);
    for (const code of o.factbook ?? []) {
      for (const c of factbook) {
        const country = idx.byGec.get(c.gec);
        if (!country) continue;
        for (const m of c.orgs) {
          if (m.code !== code) continue;
          const p = !m.status ? 'member' : /observer/.test(m.status) ? 'observer' : undefined;
          if (!p) continue;
          reg.fact(d, { p, v: country, ref: true, src: FACTBOOK, asOf: FACTBOOK_AS_OF });
        }
      }
    }
    for (const ch of o.membershipChanges ?? []) {
      const country = resolve(idx, ch.country);
      const listed = d.facts.find((f) => f.p === 'member' && f.v === country);
      if (listed) {
        // The dated change is the newer word; the fact cites it.
        Object.assign(listed, ch.from ? { from: ch.from } : {}, ch.to ? { to: ch.to } : {}, { src: ch.src, asOf });
      } else if (ch.from) {
        reg.fact(d, { p: 'member', v: country, ref: true, from: ch.from, src: ch.src, asOf });
      } else {
        notes.push(`${o.id}: ${ch.country} left on ${ch.to}, and the sources no longer list it (the change can go)`);
      }
    }
  }
}

export function buildTreaties(reg: Registry, idx: CountryIndex, factbook: FactbookCountry[], huggo: Map<string, HuggoRow>, treaties: CuratedTreaty[], asOf: string, notes: string[]) {
  for (const t of treaties) {
    const d = addNamed(reg, 'treaty', t);
    reg.generic(d, t.generic);
    reg.summarise(d, t.summary);
    const h = t.huggo ? huggo.get(t.huggo) : undefined;
    if (t.huggo && !h) throw new Error(`${t.id}: no HUGGO row titled "${t.huggo}"`);
    // HUGGO dates replace hand-written ones; disagreements are logged for review, not silently merged.
    const fromHuggo = new Set<string>();
    if (h) {
      const add = (p: string, v: string | undefined) => {
        if (!v) return;
        fromHuggo.add(p);
        reg.fact(d, { p, v, src: HUGGO, asOf: '2026-01-22' });
      };
      add('signed', h.signature);
      add('inForce', h.force);
      add('ended', h.end);
    }
    const own = (t.facts ?? []).filter((f) => {
      if (!fromHuggo.has(f.p)) return true;
      const theirs = d.facts.find((x) => x.p === f.p && x.src === HUGGO)!;
      if (theirs.v !== f.v) notes.push(`${t.id}: ${f.p} curated ${f.v} vs HUGGO ${theirs.v} (HUGGO kept)`);
      return false;
    });
    addFacts(reg, idx, d, own, t.src, asOf);
    for (const p of t.parties ?? []) reg.fact(d, { p: 'party', v: resolve(idx, p), ref: true, src: t.src, asOf });
    if (t.partiesOf) {
      const org = reg.get(t.partiesOf);
      if (!org) throw new Error(`${t.id}: partiesOf names no organisation (${t.partiesOf})`);
      for (const m of org.facts) if (m.p === 'member') reg.fact(d, { ...m, p: 'party' });
      // The treaty founded the organisation: "Article 5" or "NATO's founding treaty" resolve through it.
      reg.fact(d, { p: 'establishes', v: org.id, ref: true, src: t.src, asOf });
    }
    if (t.factbookEnv) {
      for (const c of factbook) {
        const country = idx.byGec.get(c.gec);
        if (!country) continue;
        if (c.envParty.includes(t.factbookEnv)) reg.fact(d, { p: 'party', v: country, ref: true, src: FACTBOOK, asOf: FACTBOOK_AS_OF });
        else if (c.envSigned.includes(t.factbookEnv)) reg.fact(d, { p: 'signatory', v: country, ref: true, src: FACTBOOK, asOf: FACTBOOK_AS_OF });
      }
    }
  }
}

/** Writes inverse relations (memberOf, partyTo...) onto the referenced entities. */
export function addInverses(reg: Registry) {
  for (const d of Array.from(reg.drafts.values())) {
    for (const f of d.facts) {
      const inv = INVERSE[f.p];
      if (!inv || !f.ref) continue;
      const target = reg.get(String(f.v));
      // Big multilateral treaties would add a party fact to nearly every country; their list stays on the treaty.
      if (!target || (f.p === 'party' && d.facts.filter((x) => x.p === 'party').length > 12)) continue;
      const { p: _p, v: _v, ...rest } = f;
      reg.fact(target, { ...rest, p: inv, v: d.id });
    }
  }
}
