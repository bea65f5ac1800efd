import type { Fact } from './pack/schema';

/**
 * Partial ISO dates ("2024", "2024-06", "2024-06-19") as day ranges, so that
 * "2024-06" on an article and "2024-06-19" on a fact can be compared: a fact
 * holds on a partial date when their ranges overlap.
 */
export function firstDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function lastDay(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Whether a fact's validity interval overlaps the (possibly partial) date. */
export function heldOn(fact: Pick<Fact, 'from' | 'to'>, date: string): boolean {
  if (fact.from && firstDay(fact.from) > lastDay(date)) return false;
  if (fact.to && lastDay(fact.to) < firstDay(date)) return false;
  return true;
}
