// Reads the UCDP Actor Dataset (CC BY 4.0: facts from it carry the UCDP credit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../text.ts';

/** Source id facts from UCDP cite; v22.1 was released in 2022. */
export const UCDP = 'ucdp';
export const UCDP_AS_OF = '2022';

/** UCDP writes "n/a" where a name is unknown; names also carry stray trailing spaces ("al-Qaida "). */
const name = z.string().transform((s) => s.trim()).transform((s) => (s === '' || s.toLowerCase() === 'n/a' ? undefined : s));
/** Multi-valued cells are comma-separated lists inside one quoted field. */
const list = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const codes = list.pipe(z.array(z.string().regex(/^\d+$/, 'expected a Gleditsch–Ward code').transform(Number)));

export const UcdpRow = z.object({
  ActorId: z.string().regex(/^\d+$/, 'expected a numeric actor id').transform(Number),
  NameData: name.pipe(z.string({ error: 'NameData is empty' })),
  NameOrig: name,
  NameOrigFull: name,
  NameOrigFullEng: name,
  NewName: list,
  NewNameFullMotherTongue: list,
  NewNameFullEng: list,
  /** 1 formally organised group, 2 supporters of a party or candidate, 3 identity group, 4 government. */
  Org: z.enum(['1', '2', '3', '4']).transform(Number),
  Location: list,
  GWNOLoc: codes,
});
export type UcdpActor = z.output<typeof UcdpRow>;

/** Parses the CSV text; a bad row fails with its line number (the header is line 1). */
export function parseUcdp(text: string): UcdpActor[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((r, i) => {
    const res = UcdpRow.safeParse(r);
    if (!res.success) {
      const why = res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
      throw new Error(`ucdp-actor-221.csv row ${i + 2}: ${why}`);
    }
    return res.data;
  });
}

export function readUcdp(kbDir: string): UcdpActor[] {
  return parseUcdp(readFileSync(join(kbDir, 'ucdp-actors', 'ucdp-actor-221.csv'), 'utf8'));
}
