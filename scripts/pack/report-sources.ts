// The pack report's figures about sources and about the entities beyond EveryPolitician's legislators.
import { LANGS, type Entity, type Lang, type Pack } from '../../utils/pack/schema.ts';
import { EP_SOURCE } from './everypolitician.ts';

export interface SourceStats {
  /** Facts whose source gives no address a reader can follow (a dataset file is one: its row is the entity's QID). */
  vagueSourceFacts: number;
  /** Facts per source id, most cited first (ties by id), so the figure reads the same every run. */
  bySource: Record<string, number>;
  /** Entities other than the legislators known only from EveryPolitician. */
  coreEntities: number;
  labelledCore: Record<Lang, number>;
}

/** A person whose every fact cites an EveryPolitician file: one of the legislators added from those files alone. */
export function onlyFromEveryPolitician(e: Entity): boolean {
  return e.type === 'person' && e.facts.length > 0 && e.facts.every((f) => f.src.startsWith(`${EP_SOURCE}:`));
}

export function sourceStats(pack: Pack): SourceStats {
  const url = new Map(pack.sources.map((s) => [s.id, !!s.url]));
  const counts = new Map<string, number>();
  let vague = 0;
  let core = 0;
  const labelledCore = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  for (const e of pack.entities) {
    for (const f of e.facts) {
      counts.set(f.src, (counts.get(f.src) ?? 0) + 1);
      if (!url.get(f.src)) vague++;
    }
    if (onlyFromEveryPolitician(e)) continue;
    core++;
    for (const l of LANGS) if (e.labels[l]) labelledCore[l]++;
  }
  const bySource = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')));
  return { vagueSourceFacts: vague, bySource, coreEntities: core, labelledCore };
}
