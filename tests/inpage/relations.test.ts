import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCard } from '../../utils/cards/build-card';
import { BackstoryDb } from '../../utils/db/database';
import type { EntityRecord } from '../../utils/db/records';

const e = (id: string, type: EntityRecord['type'], label: string, facts: EntityRecord['facts'] = []): EntityRecord => ({
  id,
  type,
  labels: { en: label },
  aliases: { en: [label] },
  desc: {},
  facts,
  origin: 'pack',
});

describe('card relations to the page\'s other entities', () => {
  let db: BackstoryDb;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it('lists facts naming page entities in both directions, and nothing without page ids', async () => {
    db = new BackstoryDb(`rel-${Math.random()}`);
    await db.entities.bulkPut([
      e('T', 'treaty', 'Pact', [
        { p: 'party', v: 'RU', ref: true, src: 's', asOf: '2024-06-19' },
        { p: 'party', v: 'KP', ref: true, src: 's', asOf: '2024-06-19' },
      ]),
      e('RU', 'country', 'Russia', [{ p: 'headOfState', v: 'P', ref: true, from: '2012-05-07', src: 's', asOf: '2026-01-22' }]),
      e('KP', 'country', 'North Korea'),
      e('P', 'person', 'Vladimir Putin', [{ p: 'office', v: 'RU', ref: true, q: 'President', from: '2012-05-07', src: 's', asOf: '2026-01-22' }]),
      e('CN', 'country', 'China'),
    ]);
    const treaty = await buildCard(db, 'T', '2024-06-19', 'en', ['RU', 'KP', 'P']);
    expect(treaty!.relations!.map((r) => `${r.dir} ${r.p} ${r.label}`)).toEqual(['out party Russia', 'out party North Korea']);
    const putin = await buildCard(db, 'P', '2024-06-19', 'en', ['RU', 'CN', 'T']);
    expect(putin!.relations!.map((r) => `${r.dir} ${r.p} ${r.label}`)).toEqual(['out office Russia', 'in headOfState Russia']);
    expect((await buildCard(db, 'P', null, 'en'))!.relations).toBeUndefined();
  });
});
