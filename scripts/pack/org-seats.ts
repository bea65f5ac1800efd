// Cities used for the organisations seated there ("Bruxelles" for the EU, "The Hague" for the ICJ): one place per organisation and city.
import type { Lang } from '../../utils/pack/schema.ts';
import type { PerLang, Registry } from './registry.ts';

/** How each language says "seat of …" before the organisation's name. */
const SEAT_OF: Record<Lang, (org: string) => string> = {
  en: (o) => `seat of ${o}`,
  it: (o) => `sede di: ${o}`,
  fr: (o) => `siège de : ${o}`,
  de: (o) => `Sitz von: ${o}`,
  es: (o) => `sede de: ${o}`,
  pt: (o) => `sede de: ${o}`,
  ru: (o) => `штаб-квартира: ${o}`,
};

/**
 * For every organisation with member states and a headquarters city the pack
 * holds as a place, a place standing for that organisation, named by the
 * city's names, all weak: the resolver takes it only on a page that names the
 * organisation and not the city's own country (see resolve.ts). Organs without
 * members of their own (the Commission, the Council) are left to their
 * organisation, so a page about the EU's institutions has one meaning for "Bruxelles".
 */
export function buildOrgSeats(reg: Registry, asOf: string, notes: string[]): void {
  const placesByName = new Map<string, string[]>();
  for (const d of reg.drafts.values()) {
    if (d.type !== 'place' || d.metonymOf === undefined) continue;
    const en = d.labels.en;
    if (en) placesByName.set(en, [...(placesByName.get(en) ?? []), d.id]);
  }
  for (const org of Array.from(reg.drafts.values())) {
    if (org.type !== 'organization' || !org.facts.some((f) => f.p === 'member')) continue;
    const hq = org.facts.find((f) => f.p === 'headquarters' && typeof f.v === 'string');
    if (!hq) continue;
    const places = placesByName.get(String(hq.v)) ?? [];
    if (places.length !== 1) {
      if (places.length > 1) notes.push(`org seat: ${org.id} headquarters "${hq.v}" names ${places.length} places; none made`);
      continue;
    }
    const city = reg.get(places[0]!)!;
    const seat = reg.ensure(`bs-hq-${org.id.replace(/^bs-org-/, '').toLowerCase()}`, 'place');
    seat.metonymOf = org.id;
    reg.label(seat, city.labels);
    const names: PerLang<string[]> = {};
    for (const [l, list] of [...Object.entries(city.aliases), ...Object.entries(city.weak)]) names[l as Lang] = [...(names[l as Lang] ?? []), ...list];
    for (const [l, v] of Object.entries(city.labels)) if (v) names[l as Lang] = [...(names[l as Lang] ?? []), v];
    reg.aliases(seat, names, true);
    const desc: PerLang<string> = {};
    for (const l of Object.keys(SEAT_OF) as Lang[]) {
      const name = org.labels[l] ?? org.labels.en;
      if (name) desc[l] = SEAT_OF[l](name);
    }
    reg.describe(seat, desc);
    reg.fact(seat, { p: 'seatOf', v: org.id, ref: true, src: hq.src, asOf: hq.asOf ?? asOf });
  }
}
