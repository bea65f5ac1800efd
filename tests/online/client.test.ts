// The client's own rules with an injected fetch: Retry-After parsing, one request at a time,
// errors named for what went wrong, and what it refuses to send.
import { describe, expect, it } from 'vitest';
import { OnlineError, parseRetryAfter, userAgent, WikimediaClient, type FetchLike } from '../../utils/online/client';
import { endpoints, summaryUrl, WIKIMEDIA_ENDPOINTS } from '../../utils/online/endpoints';

const T0 = Date.UTC(2025, 5, 1, 12);
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  ({ status, ok: status >= 200 && status < 300, headers: new Headers(headers), json: async () => body }) as Awaited<ReturnType<FetchLike>>;

const client = (fetch: FetchLike) => new WikimediaClient({ fetch, now: () => T0, sleep: async () => undefined, version: '0.0.1' });

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 7 ', 7000],
    [new Date(T0 + 90_000).toUTCString(), 90_000],
    [new Date(T0 - 90_000).toUTCString(), 0],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j is %j ms', (value, ms) => {
    expect(parseRetryAfter(value, T0)).toBe(ms);
  });
});

describe('endpoints', () => {
  it('are Wikimedia\'s by default and can be pointed elsewhere in one place', () => {
    expect(WIKIMEDIA_ENDPOINTS).toEqual({
      wikidataApi: 'https://www.wikidata.org/w/api.php',
      entityData: 'https://www.wikidata.org/wiki/Special:EntityData',
      summary: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/{title}',
    });
    expect(endpoints({ wikidataApi: 'http://127.0.0.1:1/w/api.php' }).wikidataApi).toBe('http://127.0.0.1:1/w/api.php');
    expect(() => endpoints({ summary: 'http://127.0.0.1:1/summary' })).toThrow('{lang} and {title}');
  });

  it('encode a title so that it cannot add a path or a query, and refuse a language that is not a code', () => {
    expect(summaryUrl(WIKIMEDIA_ENDPOINTS, 'en', 'AC/DC ? x#y')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC_%3F_x%23y');
    expect(() => summaryUrl(WIKIMEDIA_ENDPOINTS, 'evil.example/', 'X')).toThrow('not a Wikipedia language code');
  });
});

describe('the client', () => {
  it('describes itself with the extension\'s version and a contact address', () => {
    expect(userAgent('2.0.0')).toBe('Backstory/2.0.0 (browser extension; https://backstory.invalid/)');
    expect(userAgent()).toMatch(/^Backstory\/\d+\.\d+\.\d+ \(browser extension; https:\/\/backstory\.invalid\/\)$/);
  });

  it('sends one request at a time, even when called in parallel', async () => {
    let inFlight = 0;
    let most = 0;
    const c = client(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((ok) => setTimeout(ok, 0));
      inFlight--;
      return json({ search: [], success: 1 });
    });
    await Promise.all(['A B', 'C D', 'E F'].map((n) => c.searchEntities(n, 'en')));
    expect(most).toBe(1);
  });

  it('keeps going after a failed request', async () => {
    let n = 0;
    const c = client(async () => (n++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : json({ search: [], success: 1 })));
    await expect(c.searchEntities('A B', 'en')).rejects.toMatchObject({ kind: 'network' });
    expect(await c.searchEntities('A B', 'en')).toEqual([]);
  });

  it('names each failure for what it is', async () => {
    await expect(client(async () => json({}, 500)).summary('en', 'X')).rejects.toMatchObject({ kind: 'http', detail: { status: 500 } });
    const notJson = { ...json({}), json: async () => Promise.reject(new SyntaxError('Unexpected token <')) } as Awaited<ReturnType<FetchLike>>;
    await expect(client(async () => notJson).summary('en', 'X')).rejects.toMatchObject({ kind: 'invalid-response' });
    const apiError = client(async () => json({ error: { code: 'no-such-entity', info: 'Could not find an entity with the ID "Q1".' } }));
    const err = await apiError.getEntities(['Q1'], { languages: ['en'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OnlineError);
    expect(err).toMatchObject({ kind: 'api', detail: { code: 'no-such-entity' } });
    expect((err as Error).message).toContain('Could not find an entity');
  });

  it('refuses to send what is not a QID or a name, before any request', async () => {
    let sent = 0;
    const c = client(async () => {
      sent++;
      return json({ entities: {}, success: 1 });
    });
    await expect(c.getEntities(['Q1', 'P31|Q2'], { languages: ['en'] })).rejects.toMatchObject({ kind: 'invalid-response' });
    await expect(c.entityData('../Q1')).rejects.toMatchObject({ kind: 'invalid-response' });
    await expect(c.searchEntities('   ', 'en')).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(sent).toBe(0);
  });

  it('omits cookies and the referrer', async () => {
    let init: Parameters<FetchLike>[1] | undefined;
    await client(async (_url, i) => {
      init = i;
      return json({ search: [], success: 1 });
    }).searchEntities('A B', 'en');
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init!.headers['Api-User-Agent']).toBe('Backstory/0.0.1 (browser extension; https://backstory.invalid/)');
  });
});
