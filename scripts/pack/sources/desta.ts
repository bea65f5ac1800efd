// Reads DESTA, the Design of Trade Agreements table (CC BY 4.0: facts from it carry the DESTA credit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const DESTA = 'desta';
/** DESTA's table runs to 2020. */
export const DESTA_AS_OF = '2020';

const na = (s: string | undefined) => (s === undefined || s === '' || s === 'NA' ? undefined : s);
const year = z.string().optional().transform(na).pipe(z.string().regex(/^\d{4}$/, 'expected a year').optional());

export const DestaRow = z.object({
  number: z.string().min(1, 'number is empty'),
  base_treaty: z.string().regex(/^\d+$/, 'expected a base treaty number').transform(Number),
  name: z.string().trim().min(1, 'name is empty'),
  entry_type: z.enum(['base_treaty', 'accession', 'negotiation', 'protocol or amendment', 'withdrawal', 'consolidated']),
  year,
  entryforceyear: year,
  /** 1 bilateral, 2 regional, 3 plurilateral with a third country, 4 interregional, 5–7 membership changes. */
  typememb: z.string().regex(/^[1-7]$/, 'expected typememb 1–7').transform(Number),
  parties: z.array(z.string().regex(/^\d{1,3}$/, 'expected an ISO 3166-1 numeric code')),
});
export type DestaAgreement = z.output<typeof DestaRow>;

/** Fields in double quotes, separated by semicolons (R's write.csv2); no field in the file holds a semicolon. */
function splitLine(line: string): string[] {
  return line.split(';').map((f) => (f.startsWith('"') && f.endsWith('"') && f.length >= 2 ? f.slice(1, -1).replace(/""/g, '"') : f));
}

/** Parses the CSV text; a bad row fails with its line number (the header is line 1). */
export function parseDesta(text: string): DestaAgreement[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = splitLine(lines[0] ?? '');
  const partyCols = head.map((h, i) => (/^c\d+$/.test(h) ? i : -1)).filter((i) => i >= 0);
  return lines.slice(1).map((line, i) => {
    const cells = splitLine(line);
    const r: Record<string, unknown> = Object.fromEntries(head.map((h, j) => [h, cells[j]]));
    r.parties = partyCols.map((j) => cells[j]).filter((c): c is string => na(c) !== undefined);
    const res = DestaRow.safeParse(r);
    if (!res.success) throw new Error(`DESTA.csv row ${i + 2}: ${res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return res.data;
  });
}

export function readDesta(kbDir: string): DestaAgreement[] {
  return parseDesta(readFileSync(join(kbDir, 'desta', 'DESTA.csv'), 'utf8'));
}
