// Entity-level precision/recall of the recogniser against the gold pages in tests/gold (+ the seed in ../shared).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { analyseDocument } from '../utils/article/analyse.ts';
import type { Pack } from '../utils/pack/schema.ts';
import { compileMatcher } from '../utils/recognition/index.ts';
import { normaliseKey } from '../utils/recognition/normalise.ts';
import { loadPack, parsePage } from './annotate.ts';

export const SHARED = '../shared';

const GoldEntity = z.object({
  qid: z.string().nullable().optional(),
  id: z.string().optional(),
  label_en: z.string(),
  type: z.string(),
  tier: z.enum(['core', 'extended']),
  surfaces: z.array(z.string()),
});
export const GoldPage = z.object({
  page: z.string(),
  lang: z.string().optional(),
  date: z.string().optional(),
  entities: z.array(GoldEntity),
  neutral: z.array(z.string()).default([]),
  must_not: z.array(z.object({ surface: z.string(), reason: z.string().optional() })).default([]),
});
export type GoldPage = z.infer<typeof GoldPage>;

export interface Counts { tp: number; fp: number; fn: number }
export interface PageResult {
  name: string;
  core: Counts;
  all: Counts;
  misses: { label: string; tier: string; gap: boolean }[];
  falsePositives: string[];
  mustNotHits: string[];
  lang: string | null;
  date: string | null;
}
export interface EvalResult { pages: PageResult[]; core: Counts; all: Counts; seed: PageResult | null; packGaps: string[] }

export function goldFiles(root = '.'): { name: string; gold: GoldPage; html: string }[] {
  const out: { name: string; gold: GoldPage; html: string }[] = [];
  const seedGold = join(root, SHARED, 'seed', 'seed.gold.json');
  if (existsSync(seedGold)) out.push({ name: 'seed', gold: GoldPage.parse(JSON.parse(readFileSync(seedGold, 'utf8'))), html: join(root, SHARED, 'seed', 'seed.html') });
  const dir = join(root, 'tests', 'gold');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = GoldPage.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    out.push({ name: f.replace(/\.gold\.json$/, ''), gold, html: join(root, SHARED, 'corpus', 'news', gold.page) });
  }
  return out;
}

/** Gold entries name entities by QID when known, else by English label; map them onto pack ids. */
function resolver(pack: Pack): (g: z.infer<typeof GoldEntity>) => string | null {
  const byQid = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const e of pack.entities) {
    if (e.qid) byQid.set(e.qid, e.id);
    byQid.set(e.id, e.id);
    const names = new Set<string>([...Object.values(e.labels), ...Object.values(e.aliases).flat()].filter((x): x is string => !!x).map(normaliseKey));
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), e.id]);
  }
  const types = new Map(pack.entities.map((e) => [e.id, e.type]));
  return (g) => {
    if (g.id && types.has(g.id)) return g.id;
    if (g.qid && byQid.has(g.qid)) return byQid.get(g.qid)!;
    const cands = byName.get(normaliseKey(g.label_en)) ?? [];
    const hit = cands.find((c) => types.get(c) === g.type) ?? cands[0];
    if (hit) return hit;
    // The pack may spell the label differently ("Donald J. Trump"): try the gold's multi-word surfaces.
    for (const s of g.surfaces) {
      if (!s.includes(' ')) continue;
      const c = (byName.get(normaliseKey(s)) ?? []).find((x) => types.get(x) === g.type);
      if (c) return c;
    }
    return null;
  };
}

const add = (a: Counts, b: Counts): void => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

export function runEval(root = '.', pack: Pack = loadPack(join(root, 'public', 'pack.json'))): EvalResult {
  const matcher = compileMatcher(pack);
  const resolveGold = resolver(pack);
  const label = new Map(pack.entities.map((e) => [e.id, e.labels.en ?? e.id]));
  const pages: PageResult[] = [];
  const total = { core: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } };
  const gaps = new Set<string>();
  let seed: PageResult | null = null;
  for (const { name, gold, html } of goldFiles(root)) {
    if (!existsSync(html)) continue;
    const doc = parsePage(readFileSync(html, 'utf8'));
    const r = analyseDocument(doc, pack, { matcher });
    const neutral = new Set(gold.neutral.map((s) => s.toLowerCase()));
    const predicted = new Set(r.entities.filter((e) => !e.surfaces.every((s) => neutral.has(s.toLowerCase()))).map((e) => e.id));
    const core = new Set<string>(), ext = new Set<string>();
    const misses: PageResult['misses'] = [];
    for (const g of gold.entities) {
      const id = resolveGold(g);
      if (id === null) { gaps.add(`${g.label_en} (${g.type})`); misses.push({ label: g.label_en, tier: g.tier, gap: true }); continue; }
      (g.tier === 'core' ? core : ext).add(id);
      if (!predicted.has(id)) misses.push({ label: g.label_en, tier: g.tier, gap: false });
    }
    const gapCore = gold.entities.filter((g) => g.tier === 'core' && resolveGold(g) === null).length;
    const gapAll = gold.entities.filter((g) => resolveGold(g) === null).length;
    const mustNot = new Set(gold.must_not.map((m) => m.surface.toLowerCase()));
    // A must-not surface is fine when linked to the gold entity that legitimately has it ("Corea del Sud" → South Korea).
    const allowed = new Set<string>();
    for (const g of gold.entities) { const id = resolveGold(g); if (id) for (const s of g.surfaces) allowed.add(`${id}\u0000${s.toLowerCase()}`); }
    const mustNotHits = r.mentions
      .filter((m) => mustNot.has(m.text.toLowerCase()) && !allowed.has(`${m.id}\u0000${m.text.toLowerCase()}`))
      .map((m) => `${m.text} → ${label.get(m.id)}`);
    const fps = [...predicted].filter((id) => !core.has(id) && !ext.has(id));
    const c: Counts = {
      tp: [...core].filter((id) => predicted.has(id)).length,
      fn: [...core].filter((id) => !predicted.has(id)).length + gapCore,
      fp: fps.length + mustNotHits.length,
    };
    const a: Counts = {
      tp: [...core, ...ext].filter((id) => predicted.has(id)).length,
      fn: [...core, ...ext].filter((id) => !predicted.has(id)).length + gapAll,
      fp: fps.length + mustNotHits.length,
    };
    const pr: PageResult = {
      name, core: c, all: a, misses, falsePositives: fps.map((id) => `${label.get(id)} [${r.entities.find((e) => e.id === id)?.surfaces.join('|')}]`),
      mustNotHits, lang: r.lang, date: r.date,
    };
    pages.push(pr);
    if (name === 'seed') seed = pr;
    add(total.core, c);
    add(total.all, a);
  }
  return { pages, core: total.core, all: total.all, seed, packGaps: [...gaps].sort() };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function main(): void {
  if (!existsSync(SHARED)) { console.log(`eval: ${SHARED} not found; nothing to evaluate`); return; }
  const r = runEval();
  console.log(`${'page'.padEnd(28)} lang date        core P   core R   all P    all R`);
  for (const p of r.pages) {
    console.log(`${p.name.padEnd(28)} ${(p.lang ?? '-').padEnd(4)} ${(p.date ?? '-').padEnd(11)} ${pct(precision(p.core))}    ${pct(recall(p.core))}    ${pct(precision(p.all))}    ${pct(recall(p.all))}`);
    const miss = p.misses.map((m) => `${m.label}${m.gap ? ' (pack gap)' : ''}${m.tier === 'core' ? '' : ' (ext)'}`);
    if (miss.length) console.log(`    missed: ${miss.join('; ')}`);
    if (p.falsePositives.length) console.log(`    spurious: ${p.falsePositives.join('; ')}`);
    if (p.mustNotHits.length) console.log(`    must-not: ${p.mustNotHits.join('; ')}`);
  }
  console.log(`\nOVERALL core  P ${pct(precision(r.core))}  R ${pct(recall(r.core))}   (tp ${r.core.tp}, fp ${r.core.fp}, fn ${r.core.fn})`);
  console.log(`OVERALL all   P ${pct(precision(r.all))}  R ${pct(recall(r.all))}   (tp ${r.all.tp}, fp ${r.all.fp}, fn ${r.all.fn})`);
  if (r.packGaps.length) console.log(`\npack gaps (${r.packGaps.length}): ${r.packGaps.join('; ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
