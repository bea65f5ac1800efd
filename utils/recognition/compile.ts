/**
 * Turns the pack into the matcher: one automaton over every alias, weak alias
 * and generic treaty description in every language, plus the per-entity facts
 * the resolver needs (relations, offices with dates, treaty parties and
 * signature dates, topic words).
 */
import type { Entity, EntityType, Pack } from '../pack/schema.ts';
import { LANGS } from '../pack/schema.ts';
import { buildAutomaton, type Automaton } from './automaton.ts';
import { germanCaseForms, germanGenitive } from './german.ts';
import { russianCaseForms } from './russian.ts';
import { normaliseKey } from './normalise.ts';

export const KIND_STRONG = 0;
export const KIND_WEAK = 1;
export const KIND_GENERIC = 2;

export interface Interp {
  entity: number;
  kind: number;
  /** Bit i set when the alias is listed for LANGS[i]. */
  langs: number;
  /** Every written variant is an acronym (all capitals, ≥ 2 letters): "UN", "NATO". */
  acronym: boolean;
  /** Every written variant starts with a capital: the surface must too. */
  capitalised: boolean;
  /** A treaty name whose proper name comes later ("accordo di Parigi"): the surface needs a capital somewhere. */
  anchored: boolean;
  /** Single-word alias of a person whose label has more words: a surname. */
  surname: boolean;
  /** Folded alias length in words. */
  words: number;
}

export interface EntityInfo {
  id: string;
  type: EntityType;
  metonymOf: number;
  /** Entities this one is directly related to (both directions of ref facts, metonymOf). */
  related: number[];
  /** Countries/orgs this entity stands for when counting treaty parties. */
  standsFor: number[];
  /** Person offices: [from, to] as padded ISO dates ("" = open). */
  terms: [string, string][];
  /** Treaties. */
  parties: number[];
  signed: string | null;
  /** The day a treaty ended, padded ("" = still in force or unknown). */
  ended: string;
  topic: Set<string>;
  /** A capital city (as opposed to a seat of power such as the Kremlin or the Blue House). */
  isCapital: boolean;
  /** Treaties: the organisations they establish (the North Atlantic Treaty → NATO), for "Article 5" or "NATO's founding treaty". */
  founds: number[];
}

export interface CompiledMatcher {
  automaton: Automaton;
  keys: string[];
  interps: Interp[][];
  entities: EntityInfo[];
  byId: Map<string, number>;
  packAsOf: string;
}

const OFFICE_PROPS = new Set(['office', 'position', 'positionHeld', 'headOfStateOf', 'headOfGovernmentOf']);
const HOLDER_PROPS = new Set(['headOfState', 'headOfGovernment', 'holder', 'leader']);
const SIGNED_PROPS = ['signed', 'signature', 'dateSigned', 'signedOn'];

// Words in treaty descriptions that say nothing about the topic.
const TOPIC_STOP = new Set(
  (
    'treaty treaties agreement agreements accord accords accordo accordi trattato trattati convention convenzione ' +
    'convenio tratado traite vertrag abkommen between including international internazionale internationale ' +
    'internacional signed firmato signe firmado unterzeichnet countries states paesi stati pays etats staaten ' +
    'estados entre zwischen among which about under their other della delle degli dello sulla sulle pour avec ' +
    'dans einer eines einem sowie concerning relating relatif relativo relativa respecto uber ueber durch ' +
    'comprehensive strategic partnership partenariato strategico globale partenariat strategique global ' +
    'umfassende strategische partnerschaft asociacion estrategica integral clause clausola clausula klausel'
  ).split(' '),
);

export function padStart(d: string): string {
  return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
}
export function padEnd(d: string): string {
  return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d;
}

function langBit(lang: string): number {
  const i = (LANGS as readonly string[]).indexOf(lang);
  return i < 0 ? 0 : 1 << i;
}

function isAcronym(alias: string): boolean {
  if (alias.length > 12 || alias !== alias.toUpperCase()) return false;
  let letters = 0;
  for (const ch of alias) if (ch !== ch.toLowerCase()) letters++;
  return letters >= 2;
}

function startsUpper(alias: string): boolean {
  const ch = alias.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function topicWords(text: string, exclude: Set<string>): string[] {
  const out: string[] = [];
  for (const w of normaliseKey(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 5 || TOPIC_STOP.has(w) || /^\d+$/.test(w)) continue;
    const stem = w.slice(0, 5);
    if (!exclude.has(stem)) out.push(stem);
  }
  return out;
}

export function compileMatcher(pack: Pack): CompiledMatcher {
  const byId = new Map<string, number>();
  pack.entities.forEach((e, i) => byId.set(e.id, i));
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const interps: Interp[][] = [];

  let labelWords = 1;
  // The same alias string recurs across languages and entities: fold it once, merge repeats cheaply.
  // An entity's aliases are all added in one go, so its repeats are found in maps reset per entity.
  const folded = new Map<string, string>();
  const seenByKind: Map<string, Interp>[] = [new Map(), new Map(), new Map()];
  const add = (alias: string, entity: number, kind: number, lang: string, e: Entity): void => {
    const seen = seenByKind[kind]!;
    const prior = seen.get(alias);
    if (prior) { prior.langs |= langBit(lang); return; }
    let key = folded.get(alias);
    if (key === undefined) { key = normaliseKey(alias); folded.set(alias, key); }
    if (key.length === 0) return;
    let ki = keyIndex.get(key);
    if (ki === undefined) {
      ki = keys.length;
      keyIndex.set(key, ki);
      keys.push(key);
      interps.push([]);
    }
    const list = interps[ki]!;
    const acronym = kind !== KIND_GENERIC && isAcronym(alias);
    // "le traité de Maastricht", "l'accordo di Parigi": a treaty's head noun is often lowercase; its proper name is the anchor.
    const anchored = kind !== KIND_GENERIC && e.type === 'treaty' && /\s\p{Lu}/u.test(alias);
    const capitalised = kind !== KIND_GENERIC && startsUpper(alias) && !anchored;
    const existing = list.find((x) => x.entity === entity && x.kind === kind);
    if (existing) {
      existing.langs |= langBit(lang);
      existing.acronym &&= acronym;
      existing.capitalised &&= capitalised;
      existing.anchored &&= anchored;
      seen.set(alias, existing);
      return;
    }
    let words = 1;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 0x20) words++;
    const interp: Interp = {
      entity, kind, langs: langBit(lang), acronym, capitalised, anchored, words,
      surname: e.type === 'person' && words === 1 && labelWords > 1,
    };
    list.push(interp);
    seen.set(alias, interp);
  };

  const entities: EntityInfo[] = pack.entities.map((e) => ({
    id: e.id, type: e.type, metonymOf: -1, related: [], standsFor: [], terms: [], parties: [], signed: null, ended: '',
    topic: new Set<string>(), isCapital: false, founds: [],
  }));

  pack.entities.forEach((e, i) => {
    const info = entities[i]!;
    for (const m of seenByKind) m.clear();
    labelWords = (e.labels.en ?? Object.values(e.labels)[0] ?? '').trim().split(/[\s\u00a0]+/).length;
    // German names of institutions, places and treaties also match in their other case forms; people's names don't inflect.
    const inflects = e.type !== 'person';
    const addForms = (alias: string, kind: number, lang: string): void => {
      add(alias, i, kind, lang, e);
      if (lang === 'de' && inflects) for (const f of germanCaseForms(alias)) add(f, i, kind, lang, e);
      if (lang === 'de' && (e.type === 'place' || e.type === 'country')) for (const f of germanGenitive(alias)) add(f, i, kind, lang, e);
      // Russian declines every name, people's included ("Путина", "с Макроном"): the case forms come from the endings.
      if (lang === 'ru') for (const f of russianCaseForms(alias, e.type === 'person')) add(f, i, kind, lang, e);
    };
    for (const [lang, list] of Object.entries(e.aliases)) for (const a of list ?? []) addForms(a, KIND_STRONG, lang);
    // Labels are names too (the pack's alias lists may omit them).
    // ...unless a label is one of the entity's weak aliases ("Mosca"): then it stays weak.
    const weakKeys = new Set<string>();
    for (const list of Object.values(e.weakAliases ?? {})) for (const a of list ?? []) weakKeys.add(a.toLowerCase());
    // A label with a qualifier in brackets describes rather than names ("Albania–Turkey trade agreement (2006)"):
    // no article writes it so, and thousands of them would only weigh on every wake. Aliases still match as listed.
    for (const [lang, l] of Object.entries(e.labels)) if (l && !l.includes('(') && !weakKeys.has(l.toLowerCase())) addForms(l, KIND_STRONG, lang);
    for (const [lang, list] of Object.entries(e.weakAliases ?? {})) for (const a of list ?? []) addForms(a, KIND_WEAK, lang);
    for (const [lang, list] of Object.entries(e.generic ?? {})) for (const a of list ?? []) addForms(a, KIND_GENERIC, lang);

    if (e.metonymOf !== undefined) {
      const m = byId.get(e.metonymOf);
      if (m !== undefined) { info.metonymOf = m; info.related.push(m); info.standsFor.push(m); }
    }
    if (e.type === 'country' || e.type === 'organization') info.standsFor.push(i);
    for (const f of e.facts) {
      if (f.ref && typeof f.v === 'string') {
        const o = byId.get(f.v);
        if (o === undefined) continue;
        info.related.push(o);
        entities[o]!.related.push(i);
        if (f.p === 'party') info.parties.push(o);
        if (f.p === 'establishes') info.founds.push(o);
        if (f.p === 'capitalOf') info.isCapital = true;
        if (f.p === 'capital') entities[o]!.isCapital = true;
        if (e.type === 'person' && (OFFICE_PROPS.has(f.p) || f.p === 'country')) info.standsFor.push(o);
        if (e.type === 'person' && OFFICE_PROPS.has(f.p))
          info.terms.push([f.from ? padStart(f.from) : '', f.to ? padEnd(f.to) : '']);
        if (HOLDER_PROPS.has(f.p) && pack.entities[o]?.type === 'person')
          entities[o]!.terms.push([f.from ? padStart(f.from) : '', f.to ? padEnd(f.to) : '']);
      } else if (SIGNED_PROPS.includes(f.p) && typeof f.v === 'string' && /^\d{4}/.test(f.v)) {
        info.signed = padStart(f.v.slice(0, 10));
      } else if (f.p === 'ended' && typeof f.v === 'string' && /^\d{4}/.test(f.v)) {
        info.ended = padEnd(f.v.slice(0, 10));
      }
    }
    if (e.type === 'treaty') {
      const genericStems = new Set<string>();
      for (const list of Object.values(e.generic ?? {}))
        for (const g of list ?? []) for (const w of normaliseKey(g).split(' ')) if (w.length >= 5) genericStems.add(w.slice(0, 5));
      for (const d of [...Object.values(e.desc), ...Object.values(e.labels)])
        for (const w of topicWords(d ?? '', genericStems)) info.topic.add(w);
    }
  });
  // Party countries' names are party evidence, not topic evidence.
  const nameStems = new Map<number, string[]>();
  for (const info of entities) {
    if (info.type !== 'treaty' || info.topic.size === 0) continue;
    for (const p of info.parties) {
      let stems = nameStems.get(p);
      if (!stems) {
        stems = Object.values(pack.entities[p]!.labels).flatMap((l) => topicWords(l ?? '', new Set()));
        nameStems.set(p, stems);
      }
      for (const w of stems) info.topic.delete(w);
    }
  }
  return { automaton: buildAutomaton(keys), keys, interps, entities, byId, packAsOf: pack.asOf };
}
