// Consistency rules every compiled pack must satisfy; returns human-readable problems.
import { isOrgSeat } from './org-seat';
import { BASE_LANGS, LANGS, type Pack } from './schema.ts';
import { normaliseAlias } from './normalize.ts';
import { earliest, latest } from './timeline.ts';

export const HUGGO_CREDIT = 'HUGGO dataset, globalgov/manytreaties';

/** Facts whose value must come no later than another's, on the same entity. */
const ORDER: [string, string][] = [
  ['signed', 'inForce'],
  ['signed', 'ended'],
  ['inForce', 'ended'],
  ['founded', 'dissolved'],
];

const DATE_VALUED = new Set(['signed', 'inForce', 'ended', 'founded', 'dissolved']);
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function referenceProblems(pack: Pack): string[] {
  const ids = new Set(pack.entities.map((e) => e.id));
  const out: string[] = [];
  for (const e of pack.entities) {
    if (e.metonymOf && !ids.has(e.metonymOf)) out.push(`${e.id}: metonymOf ${e.metonymOf} is not in the pack`);
    for (const f of e.facts) if (f.ref && !ids.has(String(f.v))) out.push(`${e.id}: ${f.p} → ${f.v} is not in the pack`);
  }
  return out;
}

export function sourceProblems(pack: Pack): string[] {
  const src = new Map(pack.sources.map((s) => [s.id, s]));
  const out: string[] = [];
  for (const e of pack.entities)
    for (const f of e.facts) {
      const s = src.get(f.src);
      if (!s) out.push(`${e.id}: ${f.p} cites unknown source ${f.src}`);
      else if (/huggo/i.test(s.title + s.id) && s.credit !== HUGGO_CREDIT) out.push(`${e.id}: HUGGO fact without the HUGGO credit`);
    }
  return out;
}

export function dateProblems(pack: Pack): string[] {
  const out: string[] = [];
  for (const e of pack.entities) {
    for (const f of e.facts) {
      if (f.from && f.to && earliest(f.from) > latest(f.to)) out.push(`${e.id}: ${f.p} from ${f.from} after to ${f.to}`);
      if (DATE_VALUED.has(f.p) && !(typeof f.v === 'string' && DATE_RE.test(f.v))) out.push(`${e.id}: ${f.p} is not a date: ${f.v}`);
      if (f.from && f.from > pack.asOf) out.push(`${e.id}: ${f.p} starts after the pack's date`);
    }
    for (const [a, b] of ORDER) {
      for (const fa of e.facts.filter((f) => f.p === a))
        for (const fb of e.facts.filter((f) => f.p === b))
          if (earliest(String(fa.v)) > latest(String(fb.v))) out.push(`${e.id}: ${a} ${fa.v} after ${b} ${fb.v}`);
    }
  }
  return out;
}

export function labelProblems(pack: Pack): string[] {
  const out: string[] = [];
  for (const e of pack.entities)
    for (const l of LANGS) {
      // Every entity is named and described in the five first languages; Portuguese and Russian where a
      // source or a tested rule gives the name (pack:report counts how many: the card falls back to English).
      const required = (BASE_LANGS as readonly string[]).includes(l);
      const label = e.labels[l];
      if (!label) {
        if (required) out.push(`${e.id}: no ${l} label`);
      } else if (/^Q\d+$/.test(label)) out.push(`${e.id}: ${l} label is an identifier`);
      if (!required) continue;
      if (!e.desc[l]) out.push(`${e.id}: no ${l} description`);
      if (e.summary && !e.summary[l]) out.push(`${e.id}: no ${l} summary`);
      // Summaries say what a treaty establishes; dates and figures belong to sourced facts.
      else if (e.summary && /\d/.test(e.summary[l]!)) out.push(`${e.id}: ${l} summary states a number`);
    }
  return out;
}

/**
 * The disambiguation rule: within one language a normalised strong alias names
 * exactly one entity and is nobody's weak alias; forms shared between entities
 * are weak everywhere, so the recogniser links them only with context.
 * Different languages never collide (an article is matched in its own language).
 */
export function aliasProblems(pack: Pack): string[] {
  const out: string[] = [];
  const types = new Map(pack.entities.map((e) => [e.id, e.type]));
  for (const l of LANGS) {
    const strong = new Map<string, Set<string>>();
    const weak = new Map<string, Set<string>>();
    const add = (m: Map<string, Set<string>>, k: string, id: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(id);
    for (const e of pack.entities) {
      if (isOrgSeat(e.type, e.metonymOf ? types.get(e.metonymOf) : undefined)) continue;
      for (const a of e.aliases[l] ?? []) add(strong, normaliseAlias(a), e.id);
      for (const a of e.weakAliases?.[l] ?? []) add(weak, normaliseAlias(a), e.id);
    }
    for (const [k, ids] of strong) {
      const others = new Set([...ids, ...(weak.get(k) ?? [])]);
      if (others.size > 1) out.push(`${l} "${k}": strong for ${[...ids].join(', ')} but also names ${[...others].filter((i) => !ids.has(i) || ids.size > 1).join(', ')}`);
    }
  }
  return out;
}

export function identityProblems(pack: Pack): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of pack.entities) {
    if (seen.has(e.id)) out.push(`${e.id}: defined twice`);
    seen.add(e.id);
    if (/^Q\d+$/.test(e.id) && e.qid !== e.id) out.push(`${e.id}: QID-shaped id without matching qid`);
  }
  return out;
}

export function allProblems(pack: Pack): string[] {
  return [referenceProblems, sourceProblems, dateProblems, labelProblems, aliasProblems, identityProblems].flatMap((f) => f(pack));
}
