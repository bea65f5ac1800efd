// Seats of power used as metonyms (Kremlin, White House, Palazzo Chigi...).
import type { CountryIndex } from './countries.ts';
import type { PerLang, Registry } from './registry.ts';

export interface Seat {
  id: string;
  /** ISO alpha-2 of the country whose government the seat stands for. */
  of: string;
  labels: PerLang<string>;
  aliases?: PerLang<string[]>;
  weakAliases?: PerLang<string[]>;
  desc: PerLang<string>;
  /** The institution housed there, e.g. "President of Russia". */
  seatOf?: string;
  src: string;
}
export interface SeatsFile {
  seats: Seat[];
}

export function buildSeats(reg: Registry, idx: CountryIndex, file: SeatsFile) {
  for (const s of file.seats) {
    const country = idx.byIso.get(s.of);
    if (!country) throw new Error(`seat ${s.id}: unknown country ${s.of}`);
    const d = reg.ensure(s.id, 'place');
    d.metonymOf = country;
    reg.label(d, s.labels);
    for (const [l, v] of Object.entries(s.labels)) reg.alias(d, l as never, [v]);
    reg.aliases(d, s.aliases);
    reg.aliases(d, s.weakAliases, true);
    reg.describe(d, s.desc);
    reg.fact(d, { p: 'seatOfGovernmentOf', v: country, ref: true, ...(s.seatOf ? { q: s.seatOf } : {}), src: s.src, asOf: '2026-01-22' });
  }
}
