// Reads Archigos 4.1 leader spells (the CSV made from the .dta in ../shared/kb/archigos; see its SOURCE.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../text.ts';

/** Archigos observes leaders to this day: "Still in Office" spells end on it, which is the data's horizon, not a departure. */
export const ARCHIGOS_HORIZON = '2015-12-31';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
// "NA" and "" both mean no link; the .dta's wrapped links were unwrapped when the CSV was made.
const dbpedia = z
  .string()
  .transform((s) => (s === 'NA' ? '' : s))
  .pipe(z.union([z.literal(''), z.string().regex(/^http:\/\/dbpedia\.org\/resource\/\S+$/, 'expected a dbpedia.org resource URI')]));

const Row = z.object({
  obsid: z.string().min(1),
  leadid: z.string().min(1),
  ccode: z.string().regex(/^\d+$/, 'expected a COW code').transform(Number),
  idacr: z.string().regex(/^[A-Z]{3}$/, 'expected a COW abbreviation'),
  leader: z.string().min(1),
  startdate: day,
  enddate: day,
  entry: z.string(),
  exit: z.string(),
  gender: z.string(),
  dbpediauri: dbpedia,
});

export interface ArchigosSpell {
  /** Spell id, e.g. "USA-1869": the dataset row a fact cites. */
  obsid: string;
  /** Leader id: several spells of one leader share it. */
  leadid: string;
  ccode: number;
  idacr: string;
  /** As Archigos writes it: often the surname alone ("Obama"), sometimes the full name. */
  leader: string;
  start: string;
  /** Undefined while the leader was still in office at the data's horizon. */
  end?: string;
  entry: string;
  exit: string;
  /** "M" or "F" as Archigos codes it. */
  gender: string;
  /** The name in the dbpedia URI ("Hosni Mubarak"), when Archigos links one. */
  dbpediaName?: string;
}

/** "http://dbpedia.org/resource/Rafael_N%C3%BA%C3%B1ez_(politician)" → "Rafael Núñez". */
export function dbpediaName(uri: string): string | undefined {
  if (!uri) return undefined;
  const tail = uri.slice(uri.lastIndexOf('/') + 1);
  let name: string;
  try {
    name = decodeURIComponent(tail);
  } catch {
    name = tail;
  }
  const out = name.replace(/_/g, ' ').replace(/\s*\([^)]*\)$/, '').trim();
  return out || undefined;
}

/** Parses the CSV text; a bad row throws with its line number (the header is line 1). */
export function parseArchigos(text: string): ArchigosSpell[] {
  return parseCsv(text).map((raw, i) => {
    const r = Row.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(`Archigos_4.1.csv line ${i + 2}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid row'}`);
    }
    const d = r.data;
    const stillIn = d.exit === 'Still in Office';
    if (!stillIn && d.enddate < d.startdate) throw new Error(`Archigos_4.1.csv line ${i + 2}: enddate ${d.enddate} before startdate ${d.startdate}`);
    const name = dbpediaName(d.dbpediauri);
    return {
      obsid: d.obsid,
      leadid: d.leadid,
      ccode: d.ccode,
      idacr: d.idacr,
      leader: d.leader.trim(),
      start: d.startdate,
      ...(stillIn ? {} : { end: d.enddate }),
      entry: d.entry,
      exit: d.exit,
      gender: d.gender,
      ...(name ? { dbpediaName: name } : {}),
    };
  });
}

export function readArchigos(kbDir: string): ArchigosSpell[] {
  return parseArchigos(readFileSync(join(kbDir, 'archigos', 'Archigos_4.1.csv'), 'utf8'));
}
