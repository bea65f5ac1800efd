// Entity-level precision/recall of the recogniser against the gold pages in tests/gold (+ the seed in ../shared).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { analyseDocument } from '../utils/article/analyse.ts';
import { LANGS, LATE_LANGS, type Pack } from '../utils/pack/schema.ts';
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
  /** Places standing for something else: the English name (or QID) of what they stand for. */
  metonym_of: z.string().optional(),
});
export const GoldPage = z.object({
  page: z.string(),
  /** Which folder of ../shared/corpus holds the page. */
  corpus: z.enum(['news', 'news2']).default('news'),
  /** dev: tuned on. test: annotated by reading and scored only once a change is done. */
  split: z.enum(['dev', 'test']).default('dev'),
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
  split: 'dev' | 'test';
  /** The gold's language, or null when the gold doesn't say. */
  goldLang: string | null;
  goldDate: string | null;
  /** Whether the detected date agrees with the gold's, to the precision the gold gives; null when the gold has none. */
  dateRight: boolean | null;
  core: Counts;
  all: Counts;
  misses: { label: string; tier: string; gap: boolean }[];
  falsePositives: string[];
  mustNotHits: string[];
  lang: string | null;
  date: string | null;
  dateSource: string | null;
}
export interface SetResult { pages: PageResult[]; core: Counts; all: Counts; datesRight: number; datesKnown: number }
export interface EvalResult {
  pages: PageResult[];
  /** Pages in the five languages the engine was built for, by split. */
  dev: SetResult;
  test: SetResult;
  /** Portuguese and Russian pages (issue 15), by split, apart so the five languages' figures stay comparable. */
  ptru: { dev: SetResult; test: SetResult };
  /** Pages in languages the pack doesn't speak. */
  other: SetResult;
  /** dev + test (the pack's languages). */
  core: Counts;
  all: Counts;
  seed: PageResult | null;
  packGaps: string[];
}

export function goldFiles(root = '.'): { name: string; gold: GoldPage; html: string }[] {
  const out: { name: string; gold: GoldPage; html: string }[] = [];
  const seedGold = join(root, SHARED, 'seed', 'seed.gold.json');
  if (existsSync(seedGold)) out.push({ name: 'seed', gold: GoldPage.parse(JSON.parse(readFileSync(seedGold, 'utf8'))), html: join(root, SHARED, 'seed', 'seed.html') });
  const dir = join(root, 'tests', 'gold');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = GoldPage.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    out.push({ name: f.replace(/\.gold\.json$/, ''), gold, html: join(root, SHARED, 'corpus', gold.corpus, gold.page) });
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
    const names = new Set<string>([...Object.values(e.labels), ...Object.values(e.aliases).flat(), ...Object.values(e.weakAliases ?? {}).flat()].filter((x): x is string => !!x).map(normaliseKey));
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), e.id]);
  }
  const types = new Map(pack.entities.map((e) => [e.id, e.type]));
  const standsFor = new Map(pack.entities.map((e) => [e.id, e.metonymOf]));
  const englishName = new Map(pack.entities.map((e) => [e.id, normaliseKey(e.labels.en ?? '')]));
  // "Brussels" standing for the EU is the EU's seat, not Belgium's capital: the gold's metonym_of tells them apart.
  const standsAsGold = (id: string, g: z.infer<typeof GoldEntity>): boolean => {
    const target = standsFor.get(id);
    if (!g.metonym_of || !target) return false;
    return target === g.metonym_of || byQid.get(g.metonym_of) === target || (byName.get(normaliseKey(g.metonym_of)) ?? []).includes(target) ||
      englishName.get(target) === normaliseKey(g.metonym_of);
  };
  return (g) => {
    if (g.id && types.has(g.id)) return g.id;
    if (g.qid && byQid.has(g.qid)) return byQid.get(g.qid)!;
    const cands = byName.get(normaliseKey(g.label_en)) ?? [];
    const hit = cands.find((c) => types.get(c) === g.type && standsAsGold(c, g)) ?? cands.find((c) => types.get(c) === g.type && !c.startsWith('bs-hq-')) ?? cands.find((c) => types.get(c) === g.type) ?? cands[0];
    if (hit) return hit;
    // The pack may spell the label differently ("Donald J. Trump", "Washington, D.C."): try the gold's surfaces,
    // one-word ones only for what isn't a person (a surname alone could be anyone's).
    for (const s of g.surfaces) {
      if (!/[\s-]/.test(s) && g.type === 'person') continue;
      const c = (byName.get(normaliseKey(s)) ?? []).find((x) => types.get(x) === g.type);
      if (c) return c;
    }
    return null;
  };
}

const add = (a: Counts, b: Counts): void => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

const emptySet = (): SetResult => ({ pages: [], core: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 }, datesRight: 0, datesKnown: 0 });

/** A detected date is right when it gives the gold's date to the gold's precision (a day when the gold has one). */
export function dateAgrees(gold: string | undefined, found: string | null): boolean | null {
  if (!gold) return null;
  return found !== null && found.length >= gold.length && found.startsWith(gold);
}

export function runEval(root = '.', pack: Pack = loadPack(join(root, 'public', 'pack.json'))): EvalResult {
  const matcher = compileMatcher(pack);
  const resolveGold = resolver(pack);
  const label = new Map(pack.entities.map((e) => [e.id, e.labels.en ?? e.id]));
  const packLangs = new Set<string>(LANGS);
  const pages: PageResult[] = [];
  const sets = { dev: emptySet(), test: emptySet(), ptru: { dev: emptySet(), test: emptySet() }, other: emptySet() };
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
      name, split: gold.split, goldLang: gold.lang ?? null, goldDate: gold.date ?? null, dateRight: dateAgrees(gold.date, r.date),
      core: c, all: a, misses, falsePositives: fps.map((id) => `${label.get(id)} [${r.entities.find((e) => e.id === id)?.surfaces.join('|')}]`),
      mustNotHits, lang: r.lang, date: r.date, dateSource: r.dateSource,
    };
    pages.push(pr);
    if (name === 'seed') seed = pr;
    const set = gold.lang && !packLangs.has(gold.lang) ? sets.other : (LATE_LANGS as readonly string[]).includes(gold.lang ?? '') ? sets.ptru[gold.split] : sets[gold.split];
    set.pages.push(pr);
    add(set.core, c);
    add(set.all, a);
    if (pr.dateRight !== null) { set.datesKnown++; if (pr.dateRight) set.datesRight++; }
  }
  const core = { tp: 0, fp: 0, fn: 0 }, all = { tp: 0, fp: 0, fn: 0 };
  for (const s of [sets.dev, sets.test]) { add(core, s.core); add(all, s.all); }
  return { pages, ...sets, core, all, seed, packGaps: [...gaps].sort() };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function printSet(title: string, set: SetResult, detail: boolean): void {
  if (!set.pages.length) return;
  console.log(`\n== ${title}: ${set.pages.length} pages`);
  if (detail) {
    console.log(`${'page'.padEnd(52)} lang date        (gold)      core P   core R   all P    all R`);
    for (const p of set.pages) {
      const date = `${(p.date ?? '-').padEnd(11)} ${p.dateRight === false ? `≠${p.goldDate}`.padEnd(11) : ''.padEnd(11)}`;
      console.log(`${p.name.padEnd(52)} ${(p.lang ?? '-').padEnd(4)} ${date} ${pct(precision(p.core))}    ${pct(recall(p.core))}    ${pct(precision(p.all))}    ${pct(recall(p.all))}`);
      const miss = p.misses.map((m) => `${m.label}${m.gap ? ' (pack gap)' : ''}${m.tier === 'core' ? '' : ' (ext)'}`);
      if (miss.length) console.log(`    missed: ${miss.join('; ')}`);
      if (p.falsePositives.length) console.log(`    spurious: ${p.falsePositives.join('; ')}`);
      if (p.mustNotHits.length) console.log(`    must-not: ${p.mustNotHits.join('; ')}`);
      if (p.dateRight === false) console.log(`    date: found ${p.date ?? 'none'} (${p.dateSource ?? '-'}), gold ${p.goldDate}`);
    }
  }
  console.log(`${title} core  P ${pct(precision(set.core))}  R ${pct(recall(set.core))}   (tp ${set.core.tp}, fp ${set.core.fp}, fn ${set.core.fn})`);
  console.log(`${title} all   P ${pct(precision(set.all))}  R ${pct(recall(set.all))}   (tp ${set.all.tp}, fp ${set.all.fp}, fn ${set.all.fn})`);
  console.log(`${title} dates right ${set.datesRight}/${set.datesKnown}${set.datesKnown ? ` (${pct(set.datesRight / set.datesKnown).trim()}%)` : ''}`);
}

function main(): void {
  if (!existsSync(SHARED)) { console.log(`eval: ${SHARED} not found; nothing to evaluate`); return; }
  const args = process.argv.slice(2);
  const only = args.includes('--dev') ? 'dev' : args.includes('--test') ? 'test' : null;
  const r = runEval();
  if (args.includes('--json')) {
    const fig = (s: SetResult) => ({
      pages: s.pages.length, core: { p: precision(s.core), r: recall(s.core) }, all: { p: precision(s.all), r: recall(s.all) },
      dates: s.datesKnown ? s.datesRight / s.datesKnown : null,
    });
    process.stdout.write(JSON.stringify({ dev: fig(r.dev), test: fig(r.test), ptru: { dev: fig(r.ptru.dev), test: fig(r.ptru.test) }, other: fig(r.other), seedPerfect: seedPerfect(r.seed) }) + '\n');
    return;
  }
  if (only !== 'test') printSet('DEV', r.dev, true);
  if (only !== 'dev') printSet('TEST', r.test, true);
  if (only !== 'test') printSet('PT/RU DEV', r.ptru.dev, true);
  if (only !== 'dev') printSet('PT/RU TEST', r.ptru.test, true);
  if (!only) printSet('OTHER LANGUAGES (not in the pack)', r.other, true);
  if (r.seed) console.log(`\nseed: ${seedPerfect(r.seed) ? 'perfect' : 'NOT perfect'}`);
  if (r.packGaps.length && only !== 'test') console.log(`\npack gaps (${r.packGaps.length}): ${r.packGaps.join('; ')}`);
}

/** The seed's core tier all found, nothing spurious, no must-not hit. */
export function seedPerfect(seed: PageResult | null): boolean {
  return !!seed && seed.misses.every((m) => m.tier !== 'core') && precision(seed.core) === 1 && seed.mustNotHits.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
