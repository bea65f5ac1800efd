import type { EntityType } from '../pack/schema';
import type { EntityRef, Mention, RecognizeResponse } from './protocol';

/** The background's side: mentions (in page order) to the compact wire form. */
export function packMentions(
  mentions: readonly { block: number; start: number; end: number; id: string }[],
  typeOf: (id: string) => EntityType | undefined,
): RecognizeResponse {
  const entities: EntityRef[] = [];
  const index = new Map<string, number>();
  const spans: number[] = [];
  for (const m of mentions) {
    let i = index.get(m.id);
    if (i === undefined) {
      const type = typeOf(m.id);
      if (!type) continue;
      i = entities.length;
      index.set(m.id, i);
      entities.push({ id: m.id, type });
    }
    spans.push(m.block, m.start, m.end, i);
  }
  return { entities, spans };
}

/**
 * The page's side: the wire form back to mentions over the blocks that were
 * sent. A span that does not fit its block (the page changed under a rescan,
 * or the answer is wrong) is dropped rather than highlighting the wrong text.
 */
export function unpackMentions(res: RecognizeResponse, blocks: readonly { text: string }[]): { mentions: Mention[]; types: Map<string, EntityType> } {
  const mentions: Mention[] = [];
  const types = new Map<string, EntityType>();
  for (const e of res.entities) types.set(e.id, e.type);
  const s = res.spans;
  for (let k = 0; k + 3 < s.length; k += 4) {
    const block = s[k]!;
    const start = s[k + 1]!;
    const end = s[k + 2]!;
    const entity = res.entities[s[k + 3]!];
    const text = blocks[block]?.text;
    if (!entity || text === undefined || start >= end || end > text.length) continue;
    mentions.push({ block, start, end, id: entity.id, surface: text.slice(start, end) });
  }
  return { mentions, types };
}
