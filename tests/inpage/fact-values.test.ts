import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCard } from '../../utils/cards/build-card';
import tableDe from '../../utils/cards/fact-values-de.json';
import tableEs from '../../utils/cards/fact-values-es.json';
import tableFr from '../../utils/cards/fact-values-fr.json';
import tableIt from '../../utils/cards/fact-values-it.json';
import tablePt from '../../utils/cards/fact-values-pt.json';
import tableRu from '../../utils/cards/fact-values-ru.json';
import { localValue } from '../../utils/cards/fact-values';
import { BackstoryDb } from '../../utils/db/database';
import { committedPack } from '../pack/load';

type Table = Record<string, Record<string, string>>;

describe('facts stated as English text', () => {
  let db: BackstoryDb | undefined;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it.each([
    ['it', tableIt],
    ['fr', tableFr],
    ['de', tableDe],
    ['es', tableEs],
    ['pt', tablePt],
    ['ru', tableRu],
  ] as [string, Table][])('have a wording in %s for every such value in the pack', (_, TABLE) => {
    const missing: string[] = [];
    for (const e of committedPack().entities)
      for (const f of e.facts) {
        if (f.ref || !(f.p in TABLE)) continue;
        if (!(String(f.v) in TABLE[f.p]!)) missing.push(`${f.p}: ${String(f.v)}`);
      }
    expect(missing).toEqual([]);
  });

  it('reach an Italian card in Italian, and an English one as the pack states them', async () => {
    db = new BackstoryDb(`values-${Math.random()}`);
    await db.entities.put({
      id: 'RU',
      type: 'country',
      labels: { en: 'Russia', it: 'Russia' },
      aliases: {},
      desc: {},
      facts: [{ p: 'governmentType', v: 'semi-presidential federation', src: 's', asOf: '2026-01-22' }],
      origin: 'pack',
    });
    const value = async (lang: string) => (await buildCard(db!, 'RU', null, lang))!.facts[0]!.value;
    expect(await value('it')).toBe('federazione semipresidenziale');
    expect(await value('en')).toBe('semi-presidential federation');
    expect(localValue('headquarters', 'The Hague', 'it')).toBe("L'Aia");
    expect(localValue('headquarters', 'Somewhere', 'it')).toBe('Somewhere');
  });

  it('give a treaty card its summary in the reader\'s language', async () => {
    db = new BackstoryDb(`values-${Math.random()}`);
    await db.entities.put({
      id: 'T',
      type: 'treaty',
      labels: { en: 'Pact', it: 'Patto' },
      aliases: {},
      desc: { en: 'mutual defence treaty', it: 'trattato di mutua difesa' },
      summary: { en: 'Each party defends the other.', it: 'Ciascuna parte difende l’altra.' },
      facts: [],
      origin: 'pack',
    });
    const summary = async (lang: string) => (await buildCard(db!, 'T', null, lang))!.entity.summary;
    expect(await summary('it')).toBe('Ciascuna parte difende l’altra.');
    expect(await summary('de')).toBe('Each party defends the other.');
  });
});
