// Treaties named by one of their articles ("Article 5", "l'articolo 50") or as an organisation's founding treaty.
import { z } from 'zod';
import { LANGS, type Lang } from '../../utils/pack/schema.ts';
import type { PerLang, Registry } from './registry.ts';

const Row = z.object({
  treaty: z.string().min(1),
  article: z.string().min(1),
  src: z.url(),
  generic: z.partialRecord(z.enum(LANGS), z.array(z.string().min(1)).min(1)),
});
const File = z.object({ note: z.string().optional(), references: z.array(z.unknown()) });

/**
 * "X's founding treaty" in each language: added by rule to every treaty that
 * establishes an organisation, and resolved only with that organisation named
 * in the same sentence or paragraph (so "the EU's founding treaties", which
 * several treaties answer to, stay unlinked).
 */
export const FOUNDING_TREATY: Record<Lang, string[]> = {
  en: ['founding treaty', 'founding charter'],
  it: ['trattato istitutivo', 'trattato fondativo', 'trattato fondatore'],
  fr: ['traité fondateur', 'traité constitutif'],
  de: ['Gründungsvertrag'],
  es: ['tratado fundacional', 'tratado constitutivo'],
  pt: ['tratado fundador', 'tratado constitutivo'],
  ru: ['учредительный договор'],
};

export function applyTreatyReferences(reg: Registry, json: unknown): void {
  const file = File.parse(json);
  file.references.forEach((raw, i) => {
    const row = Row.safeParse(raw);
    if (!row.success) throw new Error(`treaty-references.json, row ${i + 1}: ${z.prettifyError(row.error)}`);
    const d = reg.get(row.data.treaty);
    if (!d || d.type !== 'treaty') throw new Error(`treaty-references.json, row ${i + 1}: ${row.data.treaty} is no treaty of the pack`);
    reg.generic(d, row.data.generic as PerLang<string[]>);
  });
  for (const d of reg.drafts.values()) {
    if (d.type !== 'treaty' || !d.facts.some((f) => f.p === 'establishes')) continue;
    reg.generic(d, FOUNDING_TREATY);
  }
}
