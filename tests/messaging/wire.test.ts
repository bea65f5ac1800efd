import { describe, expect, it } from 'vitest';
import { toJSONSchema, type z } from 'zod/mini';
import * as records from '../../utils/db/records';
import * as pack from '../../utils/pack/schema';
import * as wire from '../../utils/messaging/wire';
import { ContentRequest, ContentRequests, EntityCard } from '../../utils/messaging/page-protocol';

/*
 * The content script's leaf schemas are zod/mini copies of the pack's and the
 * database's (classic zod would weigh on every page, see wire.ts): held here
 * to their originals, so neither changes alone.
 */
describe('wire schemas mirror their originals', () => {
  const json = (s: z.core.$ZodType) => toJSONSchema(s);

  it('entity types', () => {
    expect(wire.ENTITY_TYPES).toEqual(pack.ENTITY_TYPES);
    expect(json(wire.EntityType)).toEqual(json(pack.EntityType));
  });

  it('dates, with the same answers on the edges', () => {
    expect(json(wire.IsoDate)).toEqual(json(pack.IsoDate));
    for (const d of ['2024', '2024-06', '2024-06-19', '2024-13', '2024-06-32', '24 June', '']) {
      expect(wire.IsoDate.safeParse(d).success).toBe(pack.IsoDate.safeParse(d).success);
    }
  });

  it('a quote note\'s selectors', () => {
    expect(json(wire.NoteSelectors)).toEqual(json(records.NoteSelectors));
  });
});

describe('page messages', () => {
  it('one schema per content request, the same in the router\'s map and in the union', () => {
    const inUnion = ContentRequest._zod.def.options;
    expect(Object.values(ContentRequests)).toEqual(expect.arrayContaining([...inUnion]));
    expect(inUnion).toHaveLength(Object.keys(ContentRequests).length);
    for (const [type, schema] of Object.entries(ContentRequests)) expect(schema.shape.type._zod.def.values).toEqual([type]);
  });

  it('a card\'s labels: bounded strings by language, nothing else', () => {
    const card = (labels: unknown) => ({ entity: { id: 'Q1', type: 'person', label: 'A', labels }, facts: [], notes: [] });
    expect(EntityCard.safeParse(card({ en: 'A', it: 'A' })).success).toBe(true);
    expect(EntityCard.safeParse(card({ en: 'x'.repeat(501) })).success).toBe(false);
    expect(EntityCard.safeParse(card({ en: 1 })).success).toBe(false);
    expect(EntityCard.safeParse(card(['A'])).success).toBe(false);
    expect(EntityCard.safeParse(card(null)).success).toBe(false);
  });
});
