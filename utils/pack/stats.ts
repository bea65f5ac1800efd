// Figures about a pack, for `npm run pack:report` and for tests.
import { LANGS, type EntityType, type Lang, type Pack } from './schema.ts';

const REPORT_TYPES: EntityType[] = ['country', 'place', 'person', 'organization', 'treaty'];
const REPORT_LANGS: Lang[] = ['it', 'en', 'fr', 'de', 'es', 'pt', 'ru'];

export interface PackStats {
  asOf: string;
  counts: Record<EntityType, number>;
  languages: Record<Lang, { labelled: number; aliases: number }>;
  withQid: number;
  facts: number;
}

export function packStats(pack: Pack): PackStats {
  // Key order follows the report format agreed in the issue.
  const counts = Object.fromEntries(REPORT_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const languages = Object.fromEntries(REPORT_LANGS.map((l) => [l, { labelled: 0, aliases: 0 }])) as PackStats['languages'];
  let withQid = 0;
  let facts = 0;
  for (const e of pack.entities) {
    counts[e.type]++;
    if (e.qid) withQid++;
    facts += e.facts.length;
    for (const l of LANGS) {
      if (e.labels[l]) languages[l].labelled++;
      languages[l].aliases += (e.aliases[l]?.length ?? 0) + (e.weakAliases?.[l]?.length ?? 0);
    }
  }
  return { asOf: pack.asOf, counts, languages, withQid, facts };
}
