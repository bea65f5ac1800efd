// Reads EveryPolitician's Wikidata person tables (../shared/kb/everypolitician/<Country>/<House>/wikidata.csv,
// a November 2015 snapshot; see its SOURCE.md). One reader for every use: the QIDs and labels of people already in
// the pack, the Cyrillic originals the transliterations start from, and the legislators added as entities.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { csvRecords } from '../curated-io.ts';

/** The snapshot's commit (tijmenb/everypolitician-data, 2015-11-30): the data describe the houses as of then. */
export const EP_COMMIT = '0642e77';
export const EP_AS_OF = '2015-11';

/** The name columns the pack reads: its languages, plus the Cyrillic ones the transliterations start from. */
export const EP_NAME_LANGS = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ru', 'uk', 'bg'] as const;
export type EpNameLang = (typeof EP_NAME_LANGS)[number];

// Azerbaijan's and Mongolia's files hold rows with no QID: those are the data's gaps, not malformed rows, and stay
// empty here so no caller can take them for a Wikidata item.
const Row = z.object({
  id: z.union([z.literal(''), z.string().regex(/^Q[1-9]\d*$/, 'expected a Wikidata QID (Q…) or nothing')]),
  name: z.string(),
  name__en: z.string(),
  gender: z.string(),
  birth_date: z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')]),
});

export interface EpRow {
  /** Wikidata QID, or '' where the data give none. */
  id: string;
  /** The name EveryPolitician shows (a label in the country's own language or script). */
  name: string;
  /** Labels by language, only where the file has the column and the cell is filled. */
  names: Partial<Record<EpNameLang, string>>;
  gender: string;
  birthDate: string;
  /** 1-based line of the row in its file (the header is line 1). */
  line: number;
}

export interface EpFile {
  /** "UK/Commons": the folder under everypolitician/, naming the country and the house. */
  path: string;
  country: string;
  house: string;
  rows: EpRow[];
}

/** Parses one file's text; a bad row throws with the file and its line. */
export function parseEveryPolitician(name: string, text: string): EpRow[] {
  return csvRecords(text).map(({ line, row }) => {
    const res = Row.safeParse(row);
    if (!res.success) {
      const issue = res.error.issues[0]!;
      throw new Error(`${name}:${line}: ${issue.path.join('.')}: ${issue.message}`);
    }
    const names: EpRow['names'] = {};
    for (const l of EP_NAME_LANGS) {
      const v = row[`name__${l}`]?.trim();
      if (v) names[l] = v;
    }
    return { id: res.data.id, name: res.data.name.trim(), names, gender: res.data.gender, birthDate: res.data.birth_date, line };
  });
}

/** Every file in hand, in path order (deterministic); none when ../shared has no everypolitician folder. */
export function readEveryPolitician(kb: string): EpFile[] {
  const dir = join(kb, 'everypolitician');
  if (!existsSync(dir)) return [];
  const out: EpFile[] = [];
  const sorted = (p: string) => readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const country of sorted(dir)) {
    for (const house of sorted(join(dir, country))) {
      const file = join(dir, country, house, 'wikidata.csv');
      if (!existsSync(file)) continue;
      const path = `${country}/${house}`;
      out.push({ path, country, house, rows: parseEveryPolitician(`everypolitician/${path}/wikidata.csv`, readFileSync(file, 'utf8')) });
    }
  }
  return out;
}

/** The file on GitHub at the snapshot's commit: the dataset a legislator's fact cites, the row being its QID. */
export function epFileUrl(path: string): string {
  return `https://github.com/tijmenb/everypolitician-data/blob/${EP_COMMIT}/data/${path}/sources/morph/wikidata.csv`;
}

/**
 * A Russian Wikidata label of a person, as the press writes the name: Russian Wikipedia titles people
 * "Surname, Given Patronymic" ("Додон, Игорь Николаевич", "Санду, Майя"), which becomes "Игорь Додон" (the
 * label), "Игорь Николаевич Додон" (the formal form) and the surname "Додон". Null for anything else.
 */
export function russianPersonName(label: string): { name: string; full: string[]; surname: string } | null {
  const word = /^[\p{Script=Cyrillic}]+(?:-[\p{Script=Cyrillic}]+)?$/u;
  const m = /^([^,]+),\s*([^,]+)$/.exec(label.trim());
  const [surname, given] = m ? [m[1]!.trim(), m[2]!.trim().split(/\s+/)] : [label.trim().split(/\s+/).at(-1)!, label.trim().split(/\s+/).slice(0, -1)];
  if (!word.test(surname) || !given.length || given.length > 2 || !given.every((w) => word.test(w))) return null;
  const name = `${given[0]} ${surname}`;
  return { name, full: given.length === 2 ? [name, `${given.join(' ')} ${surname}`] : [name], surname };
}
