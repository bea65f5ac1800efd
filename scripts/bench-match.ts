// Matching throughput over the corpus article texts vs. two naive baselines, automaton memory and build time. Figures only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDocument } from '../utils/article/analyse.ts';
import { automatonBytes } from '../utils/recognition/automaton.ts';
import { compileMatcher as compileInternal } from '../utils/recognition/compile.ts';
import { compileMatcher, matcherFile, readMatcherFile, recognise } from '../utils/recognition/index.ts';
import { loadPack, parsePage } from './annotate.ts';

const CORPUS = join('..', 'shared', 'corpus', 'news');
const pack = loadPack();

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

// Build/load time: median of several cold-ish builds (the first includes JIT warm-up, reported apart).
// Loading is timed first, so neither gets the other's warm-up.
const fileText = JSON.stringify(matcherFile(compileMatcher(pack), pack.version));
const [, firstLoad] = time(() => readMatcherFile(JSON.parse(fileText)));
const loads: number[] = [];
for (let i = 0; i < 9; i++) loads.push(time(() => readMatcherFile(JSON.parse(fileText)))[1]);
loads.sort((a, b) => a - b);
const [, firstBuild] = time(() => compileMatcher(pack));
const builds: number[] = [];
for (let i = 0; i < 9; i++) builds.push(time(() => compileMatcher(pack))[1]);
builds.sort((a, b) => a - b);
const internal = compileInternal(pack);
const packJson = JSON.stringify(pack);
const [, parseMs] = time(() => JSON.parse(packJson));

// Corpus article texts (blocks), or a synthetic text when ../shared is absent.
let docs: { blocks: string[]; lang: string | null; date: string | null }[] = [];
if (existsSync(CORPUS)) {
  const matcher = compileMatcher(pack);
  for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.html'))) {
    const r = analyseDocument(parsePage(readFileSync(join(CORPUS, f), 'utf8')), pack, { matcher });
    docs.push({ blocks: r.text.split('\n\n'), lang: r.lang, date: r.date });
  }
} else {
  console.log(`${CORPUS} not found: using a synthetic text`);
  docs = [{ blocks: Array(2000).fill('Vladimir Putin incontra Kim Jong-un a Pyongyang mentre Mosca osserva.'), lang: 'it', date: '2024-06' }];
}
const totalChars = docs.reduce((n, d) => n + d.blocks.reduce((m, b) => m + b.length, 0), 0);
const mb = (totalChars * 2) / 1e6; // UTF-16 bytes in memory
const texts = docs.map((d) => d.blocks.join('\n\n'));

const matcher = compileMatcher(pack);
const REPS = 20;
const runAutomaton = (): number => { let n = 0; for (const d of docs) n += recognise(matcher, d).mentions.length; return n; };
runAutomaton();
const [mentions, autoMs] = time(() => { let n = 0; for (let i = 0; i < REPS; i++) n += runAutomaton(); return n / REPS; });

// Baseline 1: one alternation RegExp over all aliases (longest first), Unicode word boundaries, case-insensitive.
const aliases = [...new Set(pack.entities.flatMap((e) => [...Object.values(e.aliases), ...Object.values(e.weakAliases ?? {}), ...Object.values(e.generic ?? {})].flat().filter((x): x is string => !!x)))]
  .sort((a, b) => b.length - a.length);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const runRegex = (): number => { let n = 0; for (const t of texts) for (const _ of t.matchAll(alternation)) n++; return n; };
runRegex();
const REGEX_REPS = 3;
const [regexHits, regexMs] = time(() => { let n = 0; for (let i = 0; i < REGEX_REPS; i++) n += runRegex(); return n / REGEX_REPS; });

// Baseline 2: indexOf per alias over the lower-cased text.
const lowerAliases = aliases.map((a) => a.toLowerCase());
const runIndexOf = (): number => {
  let n = 0;
  for (const t of texts) {
    const lt = t.toLowerCase();
    for (const a of lowerAliases) for (let i = lt.indexOf(a); i >= 0; i = lt.indexOf(a, i + 1)) n++;
  }
  return n;
};
runIndexOf();
const [indexHits, indexMs] = time(() => { let n = 0; for (let i = 0; i < REGEX_REPS; i++) n += runIndexOf(); return n / REGEX_REPS; });

const perRun = (ms: number, reps: number): number => ms / reps;
const a = perRun(autoMs, REPS), r = perRun(regexMs, REGEX_REPS), x = perRun(indexMs, REGEX_REPS);
const f = (n: number, d = 2): string => n.toFixed(d);
console.log(`pack: ${pack.entities.length} entities, ${aliases.length} distinct alias strings, ${internal.keys.length} folded keys`);
console.log(`corpus: ${docs.length} article texts, ${(totalChars / 1000).toFixed(0)}k chars (${f(mb)} MB as UTF-16)`);
console.log('');
console.log(`automaton (recognise, full pipeline): ${f(a)} ms/pass  ${f(mb / (a / 1000))} MB/s  (${f(mentions, 0)} mentions)`);
console.log(`alternation RegExp baseline:          ${f(r)} ms/pass  ${f(mb / (r / 1000))} MB/s  (${f(regexHits, 0)} raw hits)  -> automaton is ${f(r / a, 1)}x faster`);
console.log(`indexOf-per-alias baseline:           ${f(x)} ms/pass  ${f(mb / (x / 1000))} MB/s  (${f(indexHits, 0)} raw hits)  -> automaton is ${f(x / a, 1)}x faster`);
console.log('');
console.log(`automaton memory: ${(automatonBytes(internal.automaton) / 1024).toFixed(0)} KiB typed arrays, ${internal.automaton.nodeCount} trie nodes`);
console.log(`compileMatcher: ${f(builds[4]!)} ms median (first ${f(firstBuild)} ms, min ${f(builds[0]!)} ms); JSON.parse of the pack: ${f(parseMs)} ms`);
console.log(`prebuilt matcher file (${(fileText.length / 1024).toFixed(0)} KiB, parse + read + trie): ${f(loads[4]!)} ms median (first ${f(firstLoad)} ms) -> ${f(builds[4]! / loads[4]!, 1)}x faster than compiling`);
