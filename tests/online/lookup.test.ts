// @vitest-environment node
// From a page's names to political actors, against the local Wikimedia stand-in: what resolves,
// what is sent (names, QIDs and titles only: no page text, no address), and that a second look
// comes from the cache with the network gone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWikimediaServer, type WikimediaServer } from '../../e2e/support/wikimedia-server';
import { BackstoryDb } from '../../utils/db/database';
import { DAY, OnlineCache } from '../../utils/online/cache';
import { candidateNames, findCandidates } from '../../utils/online/candidates';
import { PageBudget, WikimediaClient } from '../../utils/online/client';
import { lookUpNames } from '../../utils/online/lookup';

const T0 = Date.UTC(2025, 5, 1, 12);
const PAGE_URL = 'https://news.example/2025/06/01/examplia-coalition?session=abc';
const BLOCKS = [
  'Examplia coalition talks resume',
  'Prime Minister Aino Testinen met union leaders on Sunday, her office confirmed.',
  '"We will not sign this," said Jane Doe, who chairs the workers\' council.',
  'Meanwhile the Foo Liberation Front said it would observe a ceasefire in the north.',
];

let server: WikimediaServer;
const dbs: BackstoryDb[] = [];
beforeAll(async () => {
  server = await startWikimediaServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  server.clearLog();
  for (const db of dbs.splice(0)) await db.delete();
});

function setup() {
  const clock = { t: T0 };
  const db = new BackstoryDb(`lookup-test-${Math.random()}`);
  dbs.push(db);
  const now = () => clock.t;
  const online = { on: true };
  const client = new WikimediaClient({
    endpoints: server.endpoints,
    now,
    sleep: async (ms) => {
      clock.t += ms;
    },
    // "Offline" is a fetch that fails, as it does with no network.
    fetch: (url, init) => (online.on ? fetch(url, init) : Promise.reject(new TypeError('Failed to fetch'))),
  });
  const cache = new OnlineCache(db, { now });
  return { clock, client, cache, now, online, db };
}

const ctx = { uiLang: 'en', articleLang: 'en', today: '2025-06-01' };

describe('looking up the names of a page', () => {
  it('resolves the political actors among them, with their offices and summaries', async () => {
    const { client, cache, now } = setup();
    const names = candidateNames(findCandidates(BLOCKS, [], { lang: 'en' })).map((c) => c.name);
    expect(names).toEqual(['Aino Testinen', 'Jane Doe', 'Foo Liberation Front']);
    const res = await lookUpNames({ client, cache, now }, [...names, 'Nobody Atall'], ctx);
    expect(res.pending).toEqual([]);
    expect(res.error).toBeUndefined();
    const aino = res.actors.get('Aino Testinen')!;
    expect(aino).toMatchObject({
      qid: 'Q999999001',
      kind: 'person',
      offices: { Q999999002: { text: 'Prime Minister of Examplia', lang: 'en' } },
      fetchedAt: T0,
      summary: { url: 'https://en.wikipedia.org/wiki/Aino_Testinen', lang: 'en', timestamp: '2025-05-18T10:02:11Z' },
    });
    expect(aino.positions.find((p) => p.current)).toEqual({ office: 'Q999999002', start: '2024-07-23', current: true });
    expect(aino.summary!.extract).toContain('Prime Minister of Examplia since 23 July 2024');
    expect(aino.summary!.thumbnail!.startsWith(`${server.origin}/upload/`)).toBe(true);
    expect(res.actors.get('Foo Liberation Front')).toMatchObject({ qid: 'Q999999005', kind: 'armed-organization', type: 'organization' });
    // A namesake who never held a position, and a name Wikidata doesn't know.
    expect(res.actors.get('Jane Doe')).toBeNull();
    expect(res.actors.get('Nobody Atall')).toBeNull();

    // 4 searches, 1 batch of entities, 1 of office labels, 2 summaries.
    expect(server.log.map((r) => r.query.action ?? r.path)).toEqual([
      'wbsearchentities',
      'wbsearchentities',
      'wbsearchentities',
      'wbsearchentities',
      'wbgetentities',
      'wbgetentities',
      '/en/api/rest_v1/page/summary/Aino_Testinen',
      '/en/api/rest_v1/page/summary/Foo_Liberation_Front',
    ]);
    expect(server.log[4]!.query.ids).toBe('Q999999001|Q999999006|Q999999005');
    expect(server.log[5]).toMatchObject({ query: { ids: 'Q999999002', props: 'labels' } });
  });

  it('sends names, QIDs and titles only: no page text and no page address', async () => {
    const { client, cache, now } = setup();
    const names = candidateNames(findCandidates(BLOCKS, [], { lang: 'en' })).map((c) => c.name);
    await lookUpNames({ client, cache, now }, names, ctx);
    expect(server.log.length).toBeGreaterThan(0);
    const fixed = new Set(['wbsearchentities', 'wbgetentities', 'en', 'item', '3', 'json', '2', '5', '*']);
    // Each parameter's value is a name looked up, QIDs, codes, or one of the client's fixed values.
    const allowed = (k: string, v: string) =>
      k === 'search' ? names.includes(v)
      : k === 'ids' ? /^Q\d+(\|Q\d+)*$/.test(v)
      : k === 'languages' || k === 'props' || k === 'sitefilter' ? /^[a-z_|]+$/.test(v)
      : fixed.has(v);
    for (const r of server.log) {
      expect(Object.entries(r.query).filter(([k, v]) => !allowed(k, v))).toEqual([]);
      expect(r.body).toBe('');
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.cookie).toBeUndefined();
    }
    // Every run of three words of the page that is not a name, and the page's address, are absent.
    for (const text of BLOCKS) {
      const words = text.split(/\s+/);
      for (let i = 0; i + 3 <= words.length; i++) {
        const phrase = words.slice(i, i + 3).join(' ');
        if (names.some((n) => phrase.includes(n) || n.includes(phrase))) continue;
        expect(server.requestsContaining(phrase)).toEqual([]);
      }
    }
    for (const part of [PAGE_URL, 'news.example', 'session=abc', 'examplia-coalition']) expect(server.requestsContaining(part)).toEqual([]);
  });

  it('answers a second time from the cache, with the network gone', async () => {
    const { client, cache, now, online, clock } = setup();
    const names = ['Aino Testinen', 'Jane Doe', 'Foo Liberation Front'];
    const first = await lookUpNames({ client, cache, now }, names, ctx);
    server.clearLog();
    online.on = false;
    clock.t = T0 + DAY;
    const again = await lookUpNames({ client, cache, now }, names, ctx);
    expect(server.log).toEqual([]);
    expect(again.error).toBeUndefined();
    expect(again.actors).toEqual(first.actors);
  });

  it('serves stale entries and refreshes them behind the answer', async () => {
    const { client, cache, now, clock } = setup();
    await lookUpNames({ client, cache, now }, ['Aino Testinen'], ctx);
    server.clearLog();
    clock.t = T0 + 8 * DAY;
    const res = await lookUpNames({ client, cache, now }, ['Aino Testinen'], ctx);
    expect(res.actors.get('Aino Testinen')).toMatchObject({ qid: 'Q999999001', fetchedAt: T0 });
    await res.refreshed;
    expect(server.log.map((r) => r.query.action ?? 'summary').sort()).toEqual(['summary', 'wbgetentities', 'wbgetentities', 'wbsearchentities']);
    const later = await lookUpNames({ client, cache, now }, ['Aino Testinen'], ctx);
    expect(later.actors.get('Aino Testinen')!.fetchedAt).toBe(T0 + 8 * DAY);
  });

  it("stops at the page's budget and says which names are left", async () => {
    const { client, cache, now } = setup();
    const res = await lookUpNames({ client, cache, now }, ['Aino Testinen', 'Jane Doe', 'Foo Liberation Front'], { ...ctx, budget: new PageBudget(2) });
    expect(res.error).toMatchObject({ kind: 'cap', detail: { scope: 'page' } });
    expect(res.pending).toEqual(['Foo Liberation Front']);
    expect(server.log).toHaveLength(2);
  });

  it('retries later after a 429, and the names resolve then', async () => {
    const { client, cache, now, clock } = setup();
    server.failNext(1, { kind: 'http', status: 429, retryAfter: '600' });
    const res = await lookUpNames({ client, cache, now }, ['Aino Testinen'], ctx);
    expect(res.error).toMatchObject({ kind: 'rate-limited', detail: { retryAt: T0 + 600_000 } });
    expect(res.pending).toEqual(['Aino Testinen']);
    clock.t = T0 + 600_000;
    const later = await lookUpNames({ client, cache, now }, res.pending, ctx);
    expect(later.actors.get('Aino Testinen')).toMatchObject({ qid: 'Q999999001' });
  });
});
