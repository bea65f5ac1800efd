// Reads the DIGO table of intergovernmental organisations (CC BY 4.0: facts from it carry the DIGO credit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../text.ts';

export const DIGO = 'digo';
/** DIGO's data end in 2016 (its `ddate` 2016 means "still alive"). */
export const DIGO_AS_OF = '2016';

const year = z.string().regex(/^\d{4}$/, 'expected a year').transform(Number);

export const DigoRow = z.object({
  ioname: z.string().trim().min(1, 'ioname is empty'),
  orgname: z.string().trim(),
  sdate: year,
  ddate: year,
});
export interface DigoIo {
  ioname: string;
  orgname: string;
  founded: number;
  /** Undefined while alive at the end of the data. */
  ended?: number;
}

/** The file is Latin-1 with "\r\r\n" line ends; a bad row fails with its line number (the header is line 1). */
export function parseDigo(text: string): Map<string, DigoIo> {
  const rows = parseCsv(text.replace(/\r\r\n/g, '\n'));
  const out = new Map<string, DigoIo>();
  rows.forEach((r, i) => {
    const res = DigoRow.safeParse(r);
    if (!res.success) throw new Error(`io_dataDID-1.0-RIO.csv row ${i + 2}: ${res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const { ioname, orgname, sdate, ddate } = res.data;
    out.set(ioname, { ioname, orgname, founded: sdate, ...(ddate < 2016 ? { ended: ddate } : {}) });
  });
  return out;
}

export function readDigo(kbDir: string): Map<string, DigoIo> {
  return parseDigo(readFileSync(join(kbDir, 'digo', 'io_dataDID-1.0-RIO.csv'), 'latin1'));
}
