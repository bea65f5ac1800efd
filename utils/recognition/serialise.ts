/**
 * The compiled matcher as a file, written at build time beside the pack. A
 * service worker is stopped after half a minute idle, so it wakes for most
 * pages a reader opens: reading this file costs a JSON parse and rebuilding
 * the trie from its keys, where compiling the pack again costs several times
 * more (figures: `npm run bench:pack`).
 */
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../pack/schema.ts';
import { buildAutomaton } from './automaton.ts';
import type { CompiledMatcher, EntityInfo, Interp } from './compile.ts';

export const MATCHER_FORMAT = 3;

const FLAG_ACRONYM = 1, FLAG_CAPITALISED = 2, FLAG_ANCHORED = 4, FLAG_SURNAME = 8;
/** Numbers per interpretation: entity, kind, langs, flags, words. */
const INTERP_WIDTH = 5;

/** Entity rows: id, type, metonymOf, related, standsFor, terms (from, to, from, to, …), parties, signed, ended, topic, isCapital, founds. */
type EntityRow = [string, EntityType, number, number[], number[], string[], number[], string | null, string, string[], 0 | 1, number[]];

export interface MatcherFile {
  format: typeof MATCHER_FORMAT;
  /** The pack version it was compiled from: a matcher never answers for another pack. */
  packVersion: string;
  packAsOf: string;
  keys: string[];
  interps: number[][];
  entities: EntityRow[];
}

/*
 * Like the bundled pack, the file is the project's own build output, checked by
 * tests: on each wake the envelope is parsed with zod and the rows are checked
 * as they are read (types and indexes), which costs far less than a schema per row.
 */
const Envelope = z.object({
  format: z.literal(MATCHER_FORMAT),
  packVersion: z.string().min(1),
  packAsOf: z.string(),
  keys: z.unknown(),
  interps: z.unknown(),
  entities: z.unknown(),
});

const TYPES = new Set<string>(ENTITY_TYPES);
const isInts = (x: unknown, ok: (i: number) => boolean): x is number[] => Array.isArray(x) && x.every((i) => Number.isInteger(i) && ok(i));
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function isEntityRow(r: unknown[], inRange: (i: number) => boolean): r is EntityRow {
  const [id, type, metonymOf, related, standsFor, terms, parties, signed, ended, topic, isCapital, founds] = r;
  return r.length === 12 && isInts(founds, inRange) && typeof id === 'string' && typeof type === 'string' && TYPES.has(type) &&
    Number.isInteger(metonymOf) && (metonymOf === -1 || inRange(metonymOf as number)) &&
    isInts(related, inRange) && isInts(standsFor, inRange) && isInts(parties, inRange) &&
    isStrings(terms) && terms.length % 2 === 0 && (signed === null || typeof signed === 'string') && typeof ended === 'string' &&
    isStrings(topic) && (isCapital === 0 || isCapital === 1);
}

export function matcherToFile(m: CompiledMatcher, packVersion: string): MatcherFile {
  return {
    format: MATCHER_FORMAT,
    packVersion,
    packAsOf: m.packAsOf,
    keys: m.keys,
    interps: m.interps.map((list) =>
      list.flatMap((it) => [
        it.entity, it.kind, it.langs,
        (it.acronym ? FLAG_ACRONYM : 0) | (it.capitalised ? FLAG_CAPITALISED : 0) | (it.anchored ? FLAG_ANCHORED : 0) | (it.surname ? FLAG_SURNAME : 0),
        it.words,
      ]),
    ),
    entities: m.entities.map((e) => [
      e.id, e.type, e.metonymOf, e.related, e.standsFor, e.terms.flat(), e.parties, e.signed, e.ended, [...e.topic], e.isCapital ? 1 : 0, e.founds,
    ]),
  };
}

/** Checks the file's shape and indexes (a bad file is an error, never a wrong matcher). */
export function matcherFromFile(json: unknown): { matcher: CompiledMatcher; packVersion: string } {
  const parsed = Envelope.safeParse(json);
  if (!parsed.success) throw new Error(`matcher file is malformed: ${z.prettifyError(parsed.error)}`);
  const { keys, interps: flatInterps, entities: rows, packVersion, packAsOf } = parsed.data;
  if (!isStrings(keys) || !Array.isArray(flatInterps) || !Array.isArray(rows)) throw new Error('matcher file is malformed: keys, interps and entities must be lists');
  if (flatInterps.length !== keys.length) throw new Error('matcher file is malformed: one interpretation list per key expected');
  const n = rows.length;
  const inRange = (i: number) => i >= 0 && i < n;
  const interps: Interp[][] = flatInterps.map((flat: unknown) => {
    if (!isInts(flat, () => true) || flat.length % INTERP_WIDTH !== 0) throw new Error('matcher file is malformed: truncated interpretation');
    const list: Interp[] = [];
    for (let i = 0; i < flat.length; i += INTERP_WIDTH) {
      const entity = flat[i]!, kind = flat[i + 1]!, langs = flat[i + 2]!, flags = flat[i + 3]!, words = flat[i + 4]!;
      if (!inRange(entity)) throw new Error('matcher file is malformed: interpretation of an unknown entity');
      list.push({
        entity, kind, langs, words,
        acronym: (flags & FLAG_ACRONYM) !== 0,
        capitalised: (flags & FLAG_CAPITALISED) !== 0,
        anchored: (flags & FLAG_ANCHORED) !== 0,
        surname: (flags & FLAG_SURNAME) !== 0,
      });
    }
    return list;
  });
  const entities: EntityInfo[] = rows.map((row: unknown) => {
    if (!Array.isArray(row) || !isEntityRow(row, inRange)) throw new Error(`matcher file is malformed: bad entity row ${JSON.stringify(row).slice(0, 80)}`);
    const [id, type, metonymOf, related, standsFor, terms, parties, signed, ended, topic, isCapital, founds] = row;
    const pairs: [string, string][] = [];
    for (let i = 0; i < terms.length; i += 2) pairs.push([terms[i]!, terms[i + 1]!]);
    return { id, type, metonymOf, related, standsFor, terms: pairs, parties, signed, ended, topic: new Set(topic), isCapital: isCapital === 1, founds };
  });
  return {
    packVersion,
    matcher: { automaton: buildAutomaton(keys), keys, interps, entities, byId: new Map(entities.map((e, i) => [e.id, i])), packAsOf },
  };
}
