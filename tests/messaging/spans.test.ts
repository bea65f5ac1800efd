import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../utils/background/handlers';
import { knowledgeOf } from '../../utils/background/knowledge';
import { BackstoryDb } from '../../utils/db/database';
import { BackgroundResponses } from '../../utils/messaging/protocol';
import { packMentions, unpackMentions } from '../../utils/messaging/spans';
import { compileMatcher, recognise } from '../../utils/recognition';
import { testPack } from '../recognition/fixture-pack';

const SEED = 'Putin è arrivato a Pyongyang da Kim Jong-un; Mosca e la Corea del Nord firmano un patto di mutua difesa.';

describe('the recognize answer on the wire', () => {
  it('carries every mention of the engine, with the surface read back from the page text', () => {
    const input = { blocks: [SEED, 'La Russia risponde.'], lang: 'it', date: '2024-06' };
    const { mentions } = recognise(compileMatcher(testPack), input);
    expect(mentions.length).toBeGreaterThan(3);
    const types = new Map(testPack.entities.map((e) => [e.id, e.type]));
    const wire = packMentions(mentions, (id) => types.get(id));
    expect(BackgroundResponses.recognize.safeParse(wire).success).toBe(true);
    const back = unpackMentions(wire, input.blocks.map((text) => ({ text })));
    expect(back.mentions).toEqual(mentions);
    expect(back.types.get(mentions[0]!.id)).toBe(types.get(mentions[0]!.id));
  });

  it('drops spans that do not fit the text they name', () => {
    const wire = { entities: [{ id: 'Q159', type: 'country' as const }], spans: [0, 0, 6, 0, 0, 5, 99, 0, 7, 0, 3, 0, 0, 4, 2, 0] };
    const { mentions } = unpackMentions(wire, [{ text: 'Russia e Mosca' }]);
    expect(mentions).toEqual([{ block: 0, start: 0, end: 6, id: 'Q159', surface: 'Russia' }]);
  });

  it.each([
    ['spans that are not quadruples', { entities: [{ id: 'a', type: 'person' }], spans: [0, 0, 3] }],
    ['a span naming an entity not listed', { entities: [{ id: 'a', type: 'person' }], spans: [0, 0, 3, 1] }],
    ['a negative offset', { entities: [{ id: 'a', type: 'person' }], spans: [0, -1, 3, 0] }],
    ['an unknown type', { entities: [{ id: 'a', type: 'planet' }], spans: [] }],
  ])('rejects %s', (_, wire) => {
    expect(BackgroundResponses.recognize.safeParse(wire).success).toBe(false);
  });
});

describe('the background answers a page in two steps', () => {
  const open: BackstoryDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });

  it('types for the paint first, then labels in the reader’s language', async () => {
    const db = new BackstoryDb(`spans-${Math.random()}`);
    open.push(db);
    let loads = 0;
    const handlers = createHandlers({ db, knowledge: async () => (loads++, knowledgeOf(testPack)), uiLang: () => 'it' });
    // Woken ahead of the page, it has its knowledge loaded before the first request.
    expect(BackgroundResponses.warmUp.parse(await handlers.warmUp())).toEqual({ ready: true });
    expect(loads).toBe(1);
    const res = BackgroundResponses.recognize.parse(
      await handlers.recognize({ type: 'recognize', url: 'https://news.example/a', title: 't', lang: 'it', date: '2024-06', blocks: [SEED] }),
    );
    const ids = res.entities.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(3);
    // The visit is logged after the answer, not before it.
    await vi.waitFor(async () => expect((await db.visits.get('https://news.example/a'))?.entityIds).toEqual(ids));
    const described = BackgroundResponses.describe.parse(await handlers.describe({ type: 'describe', ids: [...ids, 'not-an-entity'] }));
    expect(described.map((e) => e.id)).toEqual(ids);
    const byId = new Map(testPack.entities.map((e) => [e.id, e]));
    for (const e of described) {
      expect(e.type).toBe(byId.get(e.id)!.type);
      expect(e.label).toBe(byId.get(e.id)!.labels.it ?? byId.get(e.id)!.labels.en);
    }
  });
});
