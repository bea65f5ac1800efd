// `tsx scripts/pack/diff.ts before.json after.json`: what changed between two packs, entity by entity
// (ids, type, qid, labels, aliases, weak aliases, generic, descriptions, summaries, facts), so a
// refactoring of the build can show it changed nothing, or exactly what.
import { readFileSync } from 'node:fs';
import { Pack, type Entity } from '../../utils/pack/schema.ts';

const read = (f: string) => Pack.parse(JSON.parse(readFileSync(f, 'utf8')));

export function diffPacks(a: Pack, b: Pack): string[] {
  const out: string[] = [];
  const byId = (p: Pack) => new Map(p.entities.map((e) => [e.id, e]));
  const A = byId(a);
  const B = byId(b);
  for (const id of A.keys()) if (!B.has(id)) out.push(`- ${id} (${A.get(id)!.labels.en})`);
  for (const id of B.keys()) if (!A.has(id)) out.push(`+ ${id} (${B.get(id)!.labels.en})`);
  const fields: (keyof Entity)[] = ['type', 'qid', 'labels', 'desc', 'summary', 'metonymOf'];
  for (const [id, x] of A) {
    const y = B.get(id);
    if (!y) continue;
    for (const k of fields) if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) out.push(`~ ${id} ${k}: ${JSON.stringify(x[k])} → ${JSON.stringify(y[k])}`);
    for (const k of ['aliases', 'weakAliases', 'generic'] as const) {
      const langs = new Set([...Object.keys(x[k] ?? {}), ...Object.keys(y[k] ?? {})]);
      for (const l of langs) {
        const xs = (x[k] as Record<string, string[]> | undefined)?.[l] ?? [];
        const ys = (y[k] as Record<string, string[]> | undefined)?.[l] ?? [];
        const gone = xs.filter((f) => !ys.includes(f));
        const added = ys.filter((f) => !xs.includes(f));
        if (gone.length || added.length) out.push(`~ ${id} ${k}.${l}: -${JSON.stringify(gone)} +${JSON.stringify(added)}`);
        else if (JSON.stringify(xs) !== JSON.stringify(ys)) out.push(`~ ${id} ${k}.${l}: order`);
      }
    }
    const fx = new Set(x.facts.map((f) => JSON.stringify(f)));
    const fy = new Set(y.facts.map((f) => JSON.stringify(f)));
    for (const f of fx) if (!fy.has(f)) out.push(`~ ${id} fact -${f}`);
    for (const f of fy) if (!fx.has(f)) out.push(`~ ${id} fact +${f}`);
  }
  if (JSON.stringify(a.sources) !== JSON.stringify(b.sources)) out.push('~ sources differ');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: tsx scripts/pack/diff.ts before.json after.json');
    process.exit(2);
  }
  const lines = diffPacks(read(before), read(after));
  for (const l of lines) console.log(l);
  console.log(`${lines.length} differences`);
}
