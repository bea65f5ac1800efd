// Organs of international organisations (data/curated/organs.json): the parts the pack lacked, and partOf for all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Lang } from '../../utils/pack/schema.ts';
import type { Registry } from './registry.ts';
import { DIGO, DIGO_AS_OF, readDigo, type DigoIo } from './sources/digo.ts';
import { parseCurated } from './ucdp.ts';

const perLang = <T extends z.ZodType>(t: T) => z.partialRecord(Lang, t);
// The five languages the pack was built for are required; Portuguese and Russian are filled in where a row has them.
const full = z.object({ en: z.string().min(1), it: z.string().min(1), fr: z.string().min(1), de: z.string().min(1), es: z.string().min(1), pt: z.string().min(1).optional(), ru: z.string().min(1).optional() });

export const OrganRow = z
  .object({
    id: z.string().min(1),
    parent: z.string().min(1),
    /** Source id (in sources.json, with a URL) of the page that states the organ and its parent. */
    src: z.string().min(1),
    labels: full.optional(),
    aliases: perLang(z.array(z.string().min(1))).optional(),
    weakAliases: perLang(z.array(z.string().min(1))).optional(),
    desc: full.optional(),
    facts: z.array(z.object({ p: z.string().min(1), v: z.union([z.string(), z.number()]) })).optional(),
    /** DIGO `ioname`: the founding year comes from DIGO with its credit. */
    digo: z.string().min(1).optional(),
  })
  // A new organ needs its names and description in all five languages; an existing one gets only partOf.
  .refine((r) => (r.labels === undefined) === (r.desc === undefined), { message: 'labels and desc go together' });
export type OrganRow = z.infer<typeof OrganRow>;
export const OrgansFile = z.object({ organs: z.array(OrganRow) });

/** The curated facts are as of the pack's date; their source pages are read as of then. */
export function buildOrgans(reg: Registry, rows: OrganRow[], digo: Map<string, DigoIo>, asOf: string, sources: Set<string>) {
  for (const r of rows) {
    if (!sources.has(r.src)) throw new Error(`organs.json ${r.id}: source ${r.src} is not in sources.json`);
    const existing = reg.get(r.id);
    if (!existing && !r.labels) throw new Error(`organs.json ${r.id}: not in the pack, so it needs labels and desc`);
    if (existing && r.labels) throw new Error(`organs.json ${r.id}: already in the pack; give only parent and src`);
    const d = existing ?? reg.ensure(r.id, 'organization');
    if (d.type !== 'organization') throw new Error(`organs.json ${r.id} is a ${d.type}`);
    const parent = reg.get(r.parent);
    if (!parent || parent.type !== 'organization') throw new Error(`organs.json ${r.id}: parent ${r.parent} is no organisation`);
    if (r.labels) {
      reg.label(d, r.labels);
      for (const [l, s] of Object.entries(r.labels)) reg.alias(d, l as Lang, [s]);
      reg.describe(d, r.desc);
    }
    reg.aliases(d, r.aliases);
    reg.aliases(d, r.weakAliases, true);
    for (const f of r.facts ?? []) reg.fact(d, { ...f, src: r.src, asOf });
    reg.fact(d, { p: 'partOf', v: r.parent, ref: true, src: r.src, asOf });
    if (r.digo) {
      const io = digo.get(r.digo);
      if (!io) throw new Error(`organs.json ${r.id}: no DIGO row ${r.digo}`);
      const founded = d.facts.find((f) => f.p === 'founded');
      // Two sources for one date: the curated one stays, a disagreement in the year is reported.
      if (founded && !String(founded.v).startsWith(String(io.founded))) reg.notes.push(`${r.id}: founded ${founded.v} (${founded.src}) vs DIGO ${io.founded}`);
      else if (!founded) reg.fact(d, { p: 'founded', v: String(io.founded), src: DIGO, asOf: DIGO_AS_OF });
    }
  }
}

export function addOrgans(reg: Registry, kbDir: string, curatedDir: string, asOf: string) {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(curatedDir, name), 'utf8'));
  const { organs } = parseCurated(OrgansFile, read('organs.json'), 'organs.json');
  const sources = new Set((read('sources.json') as { sources: { id: string }[] }).sources.map((s) => s.id));
  buildOrgans(reg, organs, readDigo(kbDir), asOf, sources);
}
