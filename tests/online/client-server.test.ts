// @vitest-environment node
// The client against the local Wikimedia stand-in (e2e/support/wikimedia-server.ts, Node's http on
// 127.0.0.1): the requests it sends, batching, back-off honouring Retry-After, maxlag, its caps and
// its refusal of malformed responses. The clock is injected and a back-off "sleeps" by moving it,
// so nothing here waits in real time, and no request leaves this machine.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWikimediaServer, type WikimediaServer } from '../../e2e/support/wikimedia-server';
import { MAX_IDS_PER_CALL, OnlineError, PageBudget, WikimediaClient, type ClientOptions } from '../../utils/online/client';

const T0 = Date.UTC(2025, 5, 1, 12);
let server: WikimediaServer;
beforeAll(async () => {
  server = await startWikimediaServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => server.clearLog());

function setup(opts: Partial<ClientOptions> = {}) {
  const clock = { t: T0 };
  const sleeps: number[] = [];
  /** The clock's time at each request the client sent. */
  const sentAt: number[] = [];
  const client = new WikimediaClient({
    endpoints: server.endpoints,
    now: () => clock.t,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.t += ms;
    },
    fetch: (url, init) => {
      sentAt.push(clock.t);
      return fetch(url, init);
    },
    version: '1.2.3',
    ...opts,
  });
  return { client, clock, sleeps, sentAt };
}

const rejection = async (p: Promise<unknown>): Promise<OnlineError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof OnlineError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
};

describe('what the client sends', () => {
  it('searches with the etiquette parameters and a descriptive Api-User-Agent, and nothing else of the reader', async () => {
    const { client } = setup();
    const hits = await client.searchEntities('Aino Testinen', 'en');
    expect(hits.map((h) => [h.id, h.label, h.description])).toEqual([['Q999999001', 'Aino Testinen', 'Prime Minister of Examplia since 2024 (test fixture)']]);
    expect(server.log).toHaveLength(1);
    const [req] = server.log;
    expect(req).toMatchObject({
      method: 'GET',
      path: '/w/api.php',
      query: { action: 'wbsearchentities', search: 'Aino Testinen', language: 'en', uselang: 'en', type: 'item', format: 'json', formatversion: '2', maxlag: '5', origin: '*' },
    });
    expect(req!.headers['api-user-agent']).toBe('Backstory/1.2.3 (browser extension; https://backstory.invalid/)');
    expect(req!.headers.cookie).toBeUndefined();
    expect(req!.headers.referer).toBeUndefined();
  });

  it('answers an unknown name with no hits', async () => {
    const { client } = setup();
    expect(await client.searchEntities('Nobody Atall', 'en')).toEqual([]);
  });

  it('reads a page summary, and null for a page the wiki does not have', async () => {
    const { client } = setup();
    const s = await client.summary('en', 'Aino Testinen');
    expect(s).toMatchObject({ title: 'Aino_Testinen', wikibase_item: 'Q999999001', lang: 'en', timestamp: '2025-05-18T10:02:11Z' });
    expect(s!.extract).toContain('Prime Minister of Examplia');
    expect(s!.thumbnail!.source.startsWith(`${server.origin}/upload/`)).toBe(true);
    expect(s!.content_urls.desktop.page).toBe('https://en.wikipedia.org/wiki/Aino_Testinen');
    expect(server.log[0]!.path).toBe('/en/api/rest_v1/page/summary/Aino_Testinen');
    expect(await client.summary('en', 'No Such Page')).toBeNull();
  });

  it('reads one entity from Special:EntityData, and null for an unknown one', async () => {
    const { client } = setup();
    const e = await client.entityData('Q7747');
    expect(e?.labels?.de?.value).toBe('Wladimir Putin');
    expect(server.log[0]!.path).toBe('/wiki/Special:EntityData/Q7747.json');
    expect(await client.entityData('Q999999999')).toBeNull();
  });
});

describe('batching', () => {
  it(`asks for at most ${MAX_IDS_PER_CALL} ids a call, one call at a time, and reports the missing ones`, async () => {
    const { client } = setup({ perMinute: 10 });
    const known = ['Q7747', 'Q159', 'Q999999001', 'Q999999005'];
    const unknown = Array.from({ length: 116 }, (_, i) => `Q99999${9100 + i}`);
    const ids = [...known.slice(0, 2), ...unknown, ...known.slice(2), 'Q7747'];
    const { entities, missing } = await client.getEntities(ids, { languages: ['it', 'en'], sites: ['itwiki', 'enwiki'] });
    expect([...entities.keys()].sort()).toEqual([...known].sort());
    expect(missing.sort()).toEqual([...unknown].sort());
    const calls = server.log.map((r) => r.query.ids!.split('|').length);
    expect(calls).toEqual([50, 50, 20]);
    expect(server.log.every((r) => r.query.action === 'wbgetentities' && r.query.maxlag === '5')).toBe(true);
    // The server filtered labels and sitelinks to what was asked, as Wikidata does.
    const putin = entities.get('Q7747')!;
    expect(Object.keys(putin.labels!).sort()).toEqual(['en', 'it']);
    expect(Object.keys(putin.sitelinks!).sort()).toEqual(['enwiki', 'itwiki']);
    expect(putin.claims!.P39![2]!.qualifiers!.P580![0]!.datavalue!.value).toMatchObject({ time: '+2012-05-07T00:00:00Z', precision: 11 });
  });
});

describe('back-off', () => {
  it('waits out a 429 for its Retry-After in seconds, then retries', async () => {
    const { client, sleeps, sentAt } = setup();
    server.failNext(1, { kind: 'http', status: 429, retryAfter: '3' });
    expect((await client.searchEntities('Aino Testinen', 'en'))[0]!.id).toBe('Q999999001');
    expect(server.log.map((r) => r.status)).toEqual([429, 200]);
    expect(sleeps).toEqual([3000]);
    expect(sentAt).toEqual([T0, T0 + 3000]);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const { client, sleeps } = setup();
    server.failNext(1, { kind: 'http', status: 503, retryAfter: new Date(T0 + 10_000).toUTCString() });
    await client.summary('en', 'Aino Testinen');
    expect(server.log.map((r) => r.status)).toEqual([503, 200]);
    expect(sleeps).toEqual([10_000]);
  });

  it('backs off 5 s on a 503 without Retry-After, doubling on the next', async () => {
    const { client, sleeps } = setup();
    server.failNext(2, { kind: 'http', status: 503 });
    await client.entityData('Q159');
    expect(sleeps).toEqual([5000, 10_000]);
  });

  it('treats the maxlag error (HTTP 200, as Wikimedia answers it) like a 503, honouring its Retry-After', async () => {
    const { client, sleeps } = setup();
    server.failNext(1, { kind: 'maxlag', retryAfter: '6' });
    const { entities } = await client.getEntities(['Q159'], { languages: ['en'] });
    expect(entities.get('Q159')?.labels?.en?.value).toBe('Russia');
    expect(server.log.map((r) => r.status)).toEqual([200, 200]);
    expect(sleeps).toEqual([6000]);
  });

  it('treats maxlag answered with 503 the same', async () => {
    const { client, sleeps } = setup();
    server.failNext(1, { kind: 'maxlag', status: 503 });
    await client.searchEntities('Jane Doe', 'en');
    expect(server.log.map((r) => r.status)).toEqual([503, 200]);
    expect(sleeps).toEqual([5000]);
  });

  it('does not wait in place for a long Retry-After: it fails with the time to retry, sends nothing before it, and goes through after', async () => {
    const { client, clock, sleeps } = setup({ maxWaitMs: 30_000 });
    server.failNext(1, { kind: 'http', status: 429, retryAfter: '120' });
    const err = await rejection(client.searchEntities('Aino Testinen', 'en'));
    expect(err.kind).toBe('rate-limited');
    expect(err.detail.retryAt).toBe(T0 + 120_000);
    expect(client.retryAt).toBe(T0 + 120_000);

    clock.t = T0 + 60_000;
    expect((await rejection(client.searchEntities('Aino Testinen', 'en'))).kind).toBe('rate-limited');
    expect(server.log).toHaveLength(1);

    clock.t = T0 + 120_000;
    expect((await client.searchEntities('Aino Testinen', 'en'))[0]!.id).toBe('Q999999001');
    expect(server.log.map((r) => r.status)).toEqual([429, 200]);
    expect(sleeps).toEqual([]);
  });

  it('gives up after its retries, with the time to come back', async () => {
    const { client } = setup({ maxRetries: 2 });
    server.failNext(3, { kind: 'http', status: 429, retryAfter: '1' });
    const err = await rejection(client.searchEntities('Aino Testinen', 'en'));
    expect(err.kind).toBe('rate-limited');
    expect(server.log.map((r) => r.status)).toEqual([429, 429, 429]);
  });
});

describe('caps', () => {
  it("refuses a page's requests beyond its budget, sending nothing", async () => {
    const { client } = setup();
    const budget = new PageBudget(2);
    await client.searchEntities('Aino Testinen', 'en', { budget });
    await client.summary('en', 'Aino Testinen', { budget });
    const err = await rejection(client.searchEntities('Jane Doe', 'en', { budget }));
    expect(err).toMatchObject({ kind: 'cap', detail: { scope: 'page' } });
    expect(server.log).toHaveLength(2);
    // Another page has its own budget.
    await client.searchEntities('Jane Doe', 'en', { budget: new PageBudget(2) });
    expect(server.log).toHaveLength(3);
  });

  it('refuses requests beyond the minute cap until the minute has passed', async () => {
    const { client, clock } = setup({ perMinute: 3 });
    for (let i = 0; i < 3; i++) {
      clock.t = T0 + i * 1000;
      await client.entityData('Q159');
    }
    clock.t = T0 + 30_000;
    const err = await rejection(client.entityData('Q159'));
    expect(err).toMatchObject({ kind: 'cap', detail: { scope: 'minute', retryAt: T0 + 60_000 } });
    expect(server.log).toHaveLength(3);
    clock.t = T0 + 60_000;
    await client.entityData('Q159');
    expect(server.log).toHaveLength(4);
  });

  it('counts every retry against the minute cap', async () => {
    const { client } = setup({ perMinute: 2 });
    server.failNext(2, { kind: 'http', status: 429, retryAfter: '1' });
    expect((await rejection(client.entityData('Q159'))).kind).toBe('cap');
    expect(server.log).toHaveLength(2);
  });
});

describe('malformed responses', () => {
  let dir: string;
  let bad: WikimediaServer;
  beforeAll(async () => {
    // A fixtures folder whose answers break the documented shapes.
    dir = mkdtempSync(join(tmpdir(), 'wikimedia-bad-'));
    mkdirSync(join(dir, 'entities'));
    mkdirSync(join(dir, 'summary', 'en'), { recursive: true });
    mkdirSync(join(dir, 'search', 'en'), { recursive: true });
    writeFileSync(join(dir, 'entities', 'Q1.json'), JSON.stringify({ entities: { Q1: { id: 'Q1', type: 'item', claims: 'P31=Q5' } } }));
    writeFileSync(join(dir, 'summary', 'en', 'Broken.json'), JSON.stringify({ type: 'standard', title: 'Broken', lang: 'en' }));
    writeFileSync(join(dir, 'search', 'en', 'broken.json'), JSON.stringify({ search: [{ id: 'not-a-qid' }], success: 1 }));
    bad = await startWikimediaServer({ fixtures: dir });
  });
  afterAll(async () => {
    await bad.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['wbgetentities', (c: WikimediaClient) => c.getEntities(['Q1'], { languages: ['en'] }), /wbgetentities: unexpected response \(entities\.Q1/],
    ['Special:EntityData', (c: WikimediaClient) => c.entityData('Q1'), /Special:EntityData: unexpected response/],
    ['page/summary', (c: WikimediaClient) => c.summary('en', 'Broken'), /page\/summary: unexpected response \(.*extract/],
    ['wbsearchentities', (c: WikimediaClient) => c.searchEntities('Broken', 'en'), /wbsearchentities: unexpected response \(search\.0\.id/],
  ])('rejects a malformed %s answer with a clear error', async (_name, call, message) => {
    const client = new WikimediaClient({ endpoints: bad.endpoints, now: () => T0, sleep: async () => undefined });
    const err = await rejection(call(client));
    expect(err.kind).toBe('invalid-response');
    expect(err.message).toMatch(message);
  });

  it('turns another action API error into a clear error (here: more than 50 ids, which the client never sends)', async () => {
    const res = await fetch(`${server.endpoints.wikidataApi}?action=wbgetentities&format=json&ids=${Array.from({ length: 51 }, (_, i) => `Q${i + 1}`).join('|')}`);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('toomanyvalues');
  });
});
