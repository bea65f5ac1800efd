// `npm run pack:report [-- --json]`: figures about the committed public/pack.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Pack, LANGS, ENTITY_TYPES } from '../../utils/pack/schema.ts';
import { packStats } from '../../utils/pack/stats.ts';
import { sourceStats } from './report-sources.ts';

const raw = readFileSync(resolve(import.meta.dirname, '../../public/pack.json'));
const pack = Pack.parse(JSON.parse(raw.toString('utf8')));
const stats = { ...packStats(pack), bytes: { raw: raw.length, gzip: gzipSync(raw).length }, ...sourceStats(pack) };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(stats));
} else {
  const row = (a: string, b: string | number, c: string | number = '') => console.log(`${a.padEnd(14)}${String(b).padStart(9)}${String(c).padStart(10)}`);
  console.log(`pack as of ${stats.asOf}`);
  for (const t of ENTITY_TYPES) row(t, stats.counts[t]);
  row('with QID', stats.withQid);
  row('facts', stats.facts);
  console.log('\nlanguage        labelled   aliases');
  for (const l of LANGS) row(l, stats.languages[l].labelled, stats.languages[l].aliases);
  console.log(`\ncore entities (not known from EveryPolitician alone): ${stats.coreEntities}`);
  for (const l of LANGS) row(`  ${l}`, stats.labelledCore[l]);
  console.log(`facts citing a source with no address: ${stats.vagueSourceFacts}`);
  for (const [id, n] of Object.entries(stats.bySource)) row(`  ${id.length > 40 ? id.slice(0, 39) + '…' : id}`.padEnd(42), n);
  console.log(`\nsize: ${(stats.bytes.raw / 1024).toFixed(0)} KiB raw, ${(stats.bytes.gzip / 1024).toFixed(0)} KiB gzipped`);
}
