// `npm run pack:build`: compiles ../shared and data/curated into public/pack.json.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPack } from './compile.ts';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');
if (!existsSync(resolve(shared, 'kb'))) {
  console.error('pack:build needs the shared sources at ../shared (beside the project root); they are not in this checkout.');
  process.exit(1);
}
const { pack, json, notes } = buildPack(shared, resolve(root, 'data/curated'));
writeFileSync(resolve(root, 'public/pack.json'), json);
if (process.argv.includes('--verbose')) for (const n of notes) console.log(n);
console.log(
  `pack ${pack.version}: ${pack.entities.length} entities, ${pack.sources.length} sources, ` +
    `${json.length} bytes (${gzipSync(json).length} gzipped); ${notes.length} build notes (--verbose)`,
);
