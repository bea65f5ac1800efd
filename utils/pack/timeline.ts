// Time-aware reading of pack facts. Pure: no DOM, no I/O.
import type { Entity, Fact, Pack } from './schema.ts';

/**
 * Partial dates stand for a span: "2024" is any day of 2024. A fact is certain
 * to hold on D when its earliest end is after D and its latest start is not;
 * it may hold when the spans merely touch D.
 */
export function earliest(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export function latest(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y = 0, m = 1] = d.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, '0')}`;
  }
  return d;
}

type Span = { from?: string; to?: string };

/** Certainly held on `date` (a full YYYY-MM-DD). `to` is the first day the fact no longer held, or its last day when only a year/month is known. */
export function holdsOn(f: Span, date: string): boolean {
  const d = earliest(date);
  if (f.from && latest(f.from) > d) return false;
  if (f.to && f.to.length === 10 ? f.to <= d : f.to && earliest(f.to) <= d) return false;
  return true;
}

/** Possibly held on `date`, given the imprecision of partial dates. */
export function mayHoldOn(f: Span, date: string): boolean {
  const lo = earliest(date);
  const hi = latest(date);
  if (f.from && earliest(f.from) > hi) return false;
  if (f.to && latest(f.to) < lo) return false;
  return true;
}

export function mayOverlap(a: Span, b: Span): boolean {
  const aLo = a.from ? earliest(a.from) : '0000';
  const aHi = a.to ? latest(a.to) : '9999';
  const bLo = b.from ? earliest(b.from) : '0000';
  const bHi = b.to ? latest(b.to) : '9999';
  return aLo <= bHi && bLo <= aHi;
}

/** Facts with no dates are timeless; dated facts are kept when they certainly or possibly held on `date`. */
export function factsOn(entity: Pick<Entity, 'facts'>, date: string, opts: { certain?: boolean } = {}): Fact[] {
  return entity.facts.filter((f) => (opts.certain ? holdsOn(f, date) : mayHoldOn(f, date)));
}

export type EntityLookup = Pick<Pack, 'entities'> | Map<string, Pick<Entity, 'id' | 'facts'>>;

function lookup(src: EntityLookup, id: string) {
  return src instanceof Map ? src.get(id) : src.entities.find((e) => e.id === id);
}

/**
 * Who held `property` (headOfGovernment, headOfState, head, foreignMinister...)
 * of `ofId` on `date`. Certain spans beat possible ones; among equals the most
 * recent start wins, so a precise hand-over date overrides a year-only record.
 */
export function holderOn(src: EntityLookup, ofId: string, property: string, date: string): string | undefined {
  const e = lookup(src, ofId);
  if (!e) return undefined;
  const cands = e.facts.filter((f) => f.p === property && f.ref && mayHoldOn(f, date));
  const score = (f: Fact) => (holdsOn(f, date) ? 1 : 0);
  cands.sort((a, b) => score(b) - score(a) || earliest(b.from ?? '0000').localeCompare(earliest(a.from ?? '0000')) || (b.from?.length ?? 0) - (a.from?.length ?? 0));
  return cands[0] ? String(cands[0].v) : undefined;
}
