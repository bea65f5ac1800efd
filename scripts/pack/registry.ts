// Collects entities from every source, merging by id, then finalises them into pack entities.
import { LANGS, type Entity, type EntityType, type Fact, type Lang } from '../../utils/pack/schema.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import { isOrgSeat } from '../../utils/pack/org-seat.ts';

export type PerLang<T> = Partial<Record<Lang, T>>;

export interface Draft {
  id: string;
  qid?: string;
  type: EntityType;
  labels: PerLang<string>;
  aliases: Record<Lang, string[]>;
  weak: Record<Lang, string[]>;
  generic: Record<Lang, string[]>;
  desc: PerLang<string>;
  summary: PerLang<string>;
  metonymOf?: string;
  facts: Fact[];
  /**
   * Its weak forms never make another entity's strong alias weak: a person known from one dataset only (an
   * EveryPolitician legislator) whose label is no full name, or is another entity's name, keeps it weak so the
   * label cannot link on its own, without taking that name from the entity the pack already knows by it.
   */
  quietWeak?: boolean;
}

const emptyLangs = (): Record<Lang, string[]> => ({ en: [], it: [], fr: [], de: [], es: [], pt: [], ru: [] });

export class Registry {
  readonly drafts = new Map<string, Draft>();
  /** Logged decisions (alias demotions, dropped facts) so the build explains itself. */
  readonly notes: string[] = [];

  ensure(id: string, type: EntityType): Draft {
    let d = this.drafts.get(id);
    if (!d) {
      d = { id, type, labels: {}, aliases: emptyLangs(), weak: emptyLangs(), generic: emptyLangs(), desc: {}, summary: {}, facts: [] };
      this.drafts.set(id, d);
    } else if (d.type !== type) throw new Error(`${id} is both ${d.type} and ${type}`);
    return d;
  }

  get(id: string): Draft | undefined {
    return this.drafts.get(id);
  }

  /** Later calls override labels/descs: sources are applied from generic to curated. */
  label(d: Draft, labels: PerLang<string> | undefined) {
    for (const l of LANGS) if (labels?.[l]) d.labels[l] = labels[l];
  }
  describe(d: Draft, desc: PerLang<string> | undefined) {
    for (const l of LANGS) if (desc?.[l]) d.desc[l] = desc[l];
  }
  summarise(d: Draft, summary: PerLang<string> | undefined) {
    for (const l of LANGS) if (summary?.[l]) d.summary[l] = summary[l];
  }
  alias(d: Draft, lang: Lang, forms: Iterable<string | undefined>, weak = false) {
    const bucket = weak ? d.weak[lang] : d.aliases[lang];
    for (const f of forms) if (f && f.trim()) bucket.push(f.trim());
  }
  aliases(d: Draft, per: PerLang<string[]> | undefined, weak = false) {
    for (const l of LANGS) this.alias(d, l, per?.[l] ?? [], weak);
  }
  generic(d: Draft, per: PerLang<string[]> | undefined) {
    for (const l of LANGS) for (const g of per?.[l] ?? []) d.generic[l].push(g);
  }
  fact(d: Draft, f: Fact) {
    d.facts.push(f);
  }

  finalise(): Entity[] {
    this.resolveAliases();
    const order: Record<EntityType, number> = { country: 0, place: 1, person: 2, organization: 3, treaty: 4 };
    return [...this.drafts.values()]
      .sort((a, b) => order[a.type] - order[b.type] || a.id.localeCompare(b.id, 'en'))
      .map((d) => toEntity(d));
  }

  /**
   * A form that is strong for one entity and also written for a second one in
   * the same language is ambiguous: it becomes weak everywhere (linked only
   * with context), so no strong alias ever names two entities.
   */
  private resolveAliases() {
    for (const lang of LANGS) {
      const owners = new Map<string, Set<string>>();
      for (const d of this.drafts.values()) {
        if (isOrgSeat(d.type, d.metonymOf ? this.drafts.get(d.metonymOf)?.type : undefined)) continue;
        for (const f of d.quietWeak ? d.aliases[lang] : [...d.aliases[lang], ...d.weak[lang]]) {
          const k = normaliseAlias(f);
          if (!owners.has(k)) owners.set(k, new Set());
          owners.get(k)!.add(d.id);
        }
      }
      for (const d of this.drafts.values()) {
        const keep: string[] = [];
        for (const f of d.aliases[lang]) {
          const ids = owners.get(normaliseAlias(f)) ?? new Set([d.id]);
          if (ids.size > 1) {
            d.weak[lang].push(f);
            this.notes.push(`${lang} "${f}" is shared by ${[...ids].sort().join(', ')}: weak`);
          } else keep.push(f);
        }
        d.aliases[lang] = keep;
      }
    }
  }
}

/** Dedupe by normalised form, keeping the first spelling seen; a strong form drops its weak twin. */
function dedupe(forms: string[], exclude: Set<string> = new Set()): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const f of forms) {
    // Exact spelling matters for case-sensitive weak matching, so dedupe on the exact form first.
    const k = f;
    if (seen.has(k) || exclude.has(normaliseAlias(f))) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

const factKey = (f: Fact) => JSON.stringify([f.p, f.from ?? '', f.to ?? '', String(f.v), f.q ?? '', f.src]);

function toEntity(d: Draft): Entity {
  const aliases: PerLang<string[]> = {};
  const weakAliases: PerLang<string[]> = {};
  const generic: PerLang<string[]> = {};
  for (const l of LANGS) {
    const strong = dedupe(d.aliases[l]);
    const strongKeys = new Set(strong.map(normaliseAlias));
    const weak = dedupe(d.weak[l], strongKeys);
    const gen = dedupe(d.generic[l]);
    if (strong.length) aliases[l] = strong;
    if (weak.length) weakAliases[l] = weak;
    if (gen.length) generic[l] = gen;
  }
  const seen = new Set<string>();
  const facts = d.facts
    .filter((f) => (seen.has(factKey(f)) ? false : (seen.add(factKey(f)), true)))
    .sort((a, b) => (factKey(a) < factKey(b) ? -1 : factKey(a) > factKey(b) ? 1 : 0));
  // No label is borrowed from another language: a card falls back to English itself, and pack:report counts real labels.
  const e: Entity = { id: d.id, type: d.type, labels: d.labels, aliases, desc: d.desc, facts };
  if (d.qid) e.qid = d.qid;
  if (Object.keys(weakAliases).length) e.weakAliases = weakAliases;
  if (Object.keys(generic).length) e.generic = generic;
  if (Object.keys(d.summary).length) e.summary = d.summary;
  if (d.metonymOf) e.metonymOf = d.metonymOf;
  return e;
}
