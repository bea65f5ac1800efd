import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCard } from '../../utils/cards/build-card';
import { cardView } from '../../utils/cards/view-model';
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

  it('words every office the same way, the title in the reader\'s language and the country beside it', async () => {
    db = new BackstoryDb(`rel-${Math.random()}`);
    const ru = { ...e('RU', 'country', 'Russia'), labels: { en: 'Russia', it: 'Russia' } };
    const uk = { ...e('UK', 'country', 'United Kingdom'), labels: { en: 'United Kingdom', it: 'Regno Unito' } };
    await db.entities.bulkPut([
      ru,
      uk,
      e('P', 'person', 'Vladimir Putin', [
        // The Factbook's title and Wikidata's, which names the country.
        { p: 'office', v: 'RU', ref: true, q: 'President', from: '2012-05-07', src: 's', asOf: '2026-01-22' },
        { p: 'office', v: 'RU', ref: true, q: 'Prime Minister of Russia', from: '2008-05-08', to: '2012-05-07', src: 's', asOf: '2026-01-22' },
      ]),
      e('S', 'person', 'Rishi Sunak', [
        { p: 'office', v: 'UK', ref: true, q: 'Prime Minister of the United Kingdom', from: '2022-10-25', to: '2024-07-05', src: 's', asOf: '2026-01-22' },
      ]),
    ]);
    const offices = async (id: string, lang: string) =>
      cardView((await buildCard(db, id, '2024-06-01', lang))!, { date: '2024-06-01', articleLang: 'it', uiLang: lang })
        .rows.find((r) => r.p === 'office')!
        .values.map((v) => v.text);
    expect(await offices('P', 'en')).toEqual(['President of Russia', 'Prime Minister of Russia']);
    expect(await offices('P', 'it')).toEqual(['Presidente (Russia)', 'Primo ministro (Russia)']);
    expect(await offices('S', 'en')).toEqual(['Prime Minister of the United Kingdom']);
    expect(await offices('S', 'it')).toEqual(['Primo ministro (Regno Unito)']);
    // Seen from the country's card, the office is the title alone.
    const russia = await buildCard(db, 'RU', '2024-06-01', 'it', ['P']);
    expect(russia!.relations!.map((r) => r.q)).toEqual(['Presidente', 'Primo ministro']);
  });
});
