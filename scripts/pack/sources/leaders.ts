// Reads the Wikidata heads-of-state/government query result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../text.ts';

export interface LeaderRow {
  countryQid: string;
  country: string;
  positionQid: string;
  position: string;
  holderQid: string;
  holder: string;
  start?: string;
  end?: string;
}

export function readLeaders(kbDir: string): LeaderRow[] {
  const rows = parseCsv(readFileSync(join(kbDir, 'wikidata-world-leaders', 'wikidata.csv'), 'utf8'));
  const year = (s: string | undefined) => (s && /^\d{4}$/.test(s) ? s : undefined);
  return rows.map((r) => ({
    countryQid: r.countryid ?? '',
    country: r.country ?? '',
    positionQid: r.position ?? '',
    position: r.positionLabel ?? '',
    holderQid: r.officeholder ?? '',
    holder: r.officeholderLabel ?? '',
    start: year(r.start_year),
    end: year(r.end_year),
  }));
}

const HOG = /prime minister|premier|chancellor|taoiseach|president of the government|chairman of the (cabinet|council)|head of government|minister of state/i;

/** Which side of the executive a Wikidata position is; Germany's and Austria's presidents are heads of state. */
export function leaderRole(position: string): 'headOfState' | 'headOfGovernment' {
  return HOG.test(position) ? 'headOfGovernment' : 'headOfState';
}
