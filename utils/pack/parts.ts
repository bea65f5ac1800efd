import { z } from 'zod';
import type { Pack } from './schema';

/*
 * The pack travels in the extension as several files: Firefox's linter (and addons.mozilla.org) refuses
 * to parse a file over 5 MB, and the pack is larger. The index names the parts; each part is a JSON
 * array of entities; the index carries the rest of the pack. Only the build writes these, from
 * public/pack.json; the background reads them back into one pack.
 */
export const PACK_INDEX = '/pack/index.json';
/** Well under the 5 MB a linter parses, so a part stays parseable as the pack grows. */
export const PART_BYTES = 3_000_000;

const Index = z.object({
  format: z.literal(1),
  version: z.string().min(1),
  asOf: z.string(),
  sources: z.array(z.unknown()),
  parts: z.array(z.string().regex(/^\/pack\/part-\d+\.json$/)).min(1),
});
export type PackIndex = z.infer<typeof Index>;

export function splitPack(pack: Pack, maxBytes = PART_BYTES): { index: PackIndex; parts: { path: string; json: string }[] } {
  const parts: { path: string; json: string }[] = [];
  let current: string[] = [];
  let size = 2;
  const flush = () => {
    if (!current.length) return;
    parts.push({ path: `/pack/part-${parts.length}.json`, json: `[${current.join(',')}]` });
    current = [];
    size = 2;
  };
  const utf8 = new TextEncoder();
  for (const e of pack.entities) {
    const s = JSON.stringify(e);
    const n = utf8.encode(s).length + 1;
    if (current.length && size + n > maxBytes) flush();
    current.push(s);
    size += n;
  }
  flush();
  if (!parts.length) parts.push({ path: '/pack/part-0.json', json: '[]' });
  const { entities: _entities, ...rest } = pack;
  return { index: { ...rest, parts: parts.map((p) => p.path) }, parts };
}

/** Reads the index and its parts through `fetchJson`, in order, into the pack the build split. */
export async function readPackParts(fetchJson: (path: string) => Promise<unknown>): Promise<unknown> {
  const parsed = Index.safeParse(await fetchJson(PACK_INDEX));
  if (!parsed.success) throw new Error(`bundled pack index is malformed: ${z.prettifyError(parsed.error)}`);
  const { parts, ...rest } = parsed.data;
  const lists = await Promise.all(parts.map((p) => fetchJson(p)));
  const entities: unknown[] = [];
  for (const [i, list] of lists.entries()) {
    if (!Array.isArray(list)) throw new Error(`bundled pack part ${parts[i]} is not a list of entities`);
    for (const e of list) entities.push(e);
  }
  return { ...rest, entities };
}
