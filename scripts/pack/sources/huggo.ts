// Reads the HUGGO treaty table (CC BY 4.0: facts from it carry the HUGGO credit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../text.ts';

export interface HuggoRow {
  title: string;
  signature?: string;
  force?: string;
  end?: string;
  depository?: string;
}

// HUGGO writes 9999-12-31 for "still in force"; that is no end date.
const date = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !s.startsWith('9999') ? s : undefined);
const na = (s: string | undefined) => (s && s !== 'NA' ? s : undefined);

export function readHuggo(kbDir: string): Map<string, HuggoRow> {
  const rows = parseCsv(readFileSync(join(kbDir, 'huggo-treaties', 'HUGGO_clean.csv'), 'utf8'));
  const byTitle = new Map<string, HuggoRow>();
  for (const r of rows) {
    // Titles repeat for distinct agreements; the first row wins so lookups stay deterministic.
    const title = r.Title ?? '';
    if (byTitle.has(title)) continue;
    byTitle.set(title, {
      title,
      signature: date(r.Signature),
      force: date(r.Force),
      end: date(r.End),
      depository: na(r.Depository),
    });
  }
  return byTitle;
}
