import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endpoints as makeEndpoints, type Endpoints } from '../../utils/online/endpoints';

/*
 * A stand-in for Wikidata and the Wikipedia REST API on 127.0.0.1 (a random port), answering
 * from e2e/fixtures/wikimedia/ in the APIs' own response formats:
 *
 *   /w/api.php?action=wbsearchentities…          the action API's search
 *   /w/api.php?action=wbgetentities…             entities, filtered as the real module filters them
 *   /wiki/Special:EntityData/<QID>.json          one entity
 *   /<lang>/api/rest_v1/page/summary/<Title>     a page summary
 *   /upload/…                                    a 1×1 PNG for any thumbnail
 *
 * Every request is logged (method, path, query, headers), so a test can check what left the
 * browser, and the server can be told to answer the next requests with 429 or 503 and a
 * Retry-After, or with the action API's maxlag error.
 */

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'wikimedia');

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** What the server answered. */
  status: number;
}

export type Failure =
  /** An HTTP error with an optional Retry-After (seconds or an HTTP date), for any endpoint. */
  | { kind: 'http'; status: 429 | 503; retryAfter?: string }
  /**
   * The action API's maxlag error: `{"error":{"code":"maxlag",…}}` with Retry-After and
   * X-Database-Lag. Production answers it with HTTP 200; 503 is there to test both.
   */
  | { kind: 'maxlag'; status?: 200 | 503; retryAfter?: string; lag?: number };

export interface WikimediaServer {
  origin: string;
  /** The endpoints to give the client (or the extension) so that it asks this server. */
  endpoints: Endpoints;
  /** Every request so far, oldest first. */
  readonly log: readonly LoggedRequest[];
  clearLog(): void;
  /** The next `count` requests (action API requests only, for maxlag) get this answer instead. */
  failNext(count: number, failure: Failure): void;
  /** Requests whose path, query or headers contain `text` (case-insensitive): a test's leak check. */
  requestsContaining(text: string): LoggedRequest[];
  close(): Promise<void>;
}

const MAX_IDS = 50;
// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

type Json = Record<string, unknown>;

function readJson(path: string): Json | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : undefined;
}

/** A fixture file name from an API value: only letters, digits, `_`, `-` and `.` (no path can escape the folder). */
const safeName = (s: string) => /^[\p{L}\p{N}_.\-()',]+$/u.test(s) && !s.startsWith('.');

export async function startWikimediaServer(opts: { fixtures?: string } = {}): Promise<WikimediaServer> {
  const root = opts.fixtures ?? FIXTURES;
  const log: LoggedRequest[] = [];
  const failures: Failure[] = [];
  let origin = '';

  const entity = (qid: string): Json | undefined => {
    if (!/^Q[1-9]\d*$/.test(qid)) return undefined;
    const file = readJson(join(root, 'entities', `${qid}.json`));
    return (file?.entities as Record<string, Json> | undefined)?.[qid];
  };

  /** The real API answers images from upload.wikimedia.org; here they come from this server. */
  const localImages = (body: Json): Json =>
    JSON.parse(JSON.stringify(body).replaceAll('https://upload.wikimedia.org/', `${origin}/upload/`)) as Json;

  const apiError = (code: string, info: string) => ({
    error: { code, info, '*': 'See https://www.wikidata.org/w/api.php for API usage.' },
    servedby: 'mw-test',
  });

  function wbgetentities(q: Record<string, string>): Json {
    const ids = (q.ids ?? '').split('|').filter(Boolean);
    if (!ids.length) return apiError('param-missing', 'Either provide the item "ids" or pairs of "sites" and "titles" for corresponding pages.');
    if (ids.length > MAX_IDS) return apiError('toomanyvalues', `Too many values supplied for parameter "ids". The limit is ${MAX_IDS}.`);
    const props = new Set((q.props ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|'));
    const languages = q.languages ? new Set(q.languages.split('|')) : undefined;
    const sites = q.sitefilter ? new Set(q.sitefilter.split('|')) : undefined;
    const v2 = q.formatversion === '2';
    const entities: Json = {};
    for (const id of ids) {
      const e = entity(id);
      if (!e) {
        entities[id] = { id, missing: v2 ? true : '' };
        continue;
      }
      const out: Json = { type: e.type, id: e.id };
      if (props.has('info')) Object.assign(out, { pageid: e.pageid, ns: e.ns, title: e.title, lastrevid: e.lastrevid, modified: e.modified });
      for (const p of ['labels', 'descriptions', 'aliases'] as const) {
        if (!props.has(p)) continue;
        const all = (e[p] ?? {}) as Json;
        out[p] = Object.fromEntries(Object.entries(all).filter(([lang]) => !languages || languages.has(lang)));
      }
      if (props.has('claims')) out.claims = e.claims ?? {};
      if (props.has('sitelinks')) {
        const all = (e.sitelinks ?? {}) as Json;
        out.sitelinks = Object.fromEntries(Object.entries(all).filter(([site]) => !sites || sites.has(site)));
      }
      entities[id] = out;
    }
    return { entities, success: 1 };
  }

  function wbsearchentities(q: Record<string, string>): Json {
    const search = q.search ?? '';
    if (!search) return apiError('missingparam', 'The "search" parameter must be set.');
    const lang = q.language ?? 'en';
    const name = search.trim().toLowerCase().replace(/\s+/g, '_');
    const file = safeName(lang) && safeName(name) ? readJson(join(root, 'search', lang, `${name}.json`)) : undefined;
    return file ?? { searchinfo: { search }, search: [], success: 1 };
  }

  function send(res: ServerResponse, status: number, body: Json | Buffer, headers: Record<string, string> = {}): number {
    const isBuffer = Buffer.isBuffer(body);
    res.writeHead(status, {
      'content-type': isBuffer ? 'image/png' : 'application/json; charset=utf-8',
      // What origin=* earns on the real API, and what the REST API always sends.
      'access-control-allow-origin': '*',
      ...headers,
    });
    res.end(isBuffer ? body : JSON.stringify(body));
    return status;
  }

  function answer(req: IncomingMessage, res: ServerResponse, url: URL, query: Record<string, string>): number {
    if (req.method === 'OPTIONS') {
      // The preflight a browser sends before a request carrying Api-User-Agent.
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': 'Api-User-Agent, Accept',
        'access-control-max-age': '600',
      });
      res.end();
      return 204;
    }
    const path = url.pathname;
    const isApi = path === '/w/api.php';
    const failure = failures[0];
    if (failure && (failure.kind === 'http' || isApi)) {
      failures.shift();
      const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'retry-after': failure.retryAfter } : {};
      if (failure.kind === 'http') return send(res, failure.status, { error: { code: 'http', info: `HTTP ${failure.status}` } }, headers);
      const lag = failure.lag ?? 7;
      return send(res, failure.status ?? 200, apiError('maxlag', `Waiting for 10.64.0.1: ${lag} seconds lagged.`), {
        ...headers,
        'x-database-lag': String(lag),
        ...(failure.retryAfter === undefined ? { 'retry-after': '5' } : {}),
      });
    }

    if (isApi) {
      if (query.action === 'wbgetentities') return send(res, 200, wbgetentities(query));
      if (query.action === 'wbsearchentities') return send(res, 200, wbsearchentities(query));
      return send(res, 200, apiError('badvalue', `Unrecognized value for parameter "action": ${query.action ?? ''}.`));
    }
    const data = /^\/wiki\/Special:EntityData\/(Q[1-9]\d*)\.json$/.exec(path);
    if (data) {
      const e = entity(data[1]!);
      return e ? send(res, 200, { entities: { [data[1]!]: e } }) : send(res, 404, { error: `No entity with ID ${data[1]}` });
    }
    const summary = /^\/([a-z]{2,3}(?:-[a-z]+)*)\/api\/rest_v1\/page\/summary\/([^/]+)$/.exec(path);
    if (summary) {
      const [, lang, encoded] = summary;
      const title = decodeURIComponent(encoded!).replace(/ /g, '_');
      const file = safeName(title) ? readJson(join(root, 'summary', lang!, `${title}.json`)) : undefined;
      if (file) return send(res, 200, localImages(file), { 'content-type': 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.5.0"' });
      return send(res, 404, {
        type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
        title: 'Not found.',
        method: 'get',
        detail: 'Page or revision not found.',
        uri: `/${lang}.wikipedia.org/v1/page/summary/${encoded}`,
      });
    }
    if (path.startsWith('/upload/')) return send(res, 200, PNG, { 'cache-control': 'max-age=3600' });
    return send(res, 404, { error: 'not found' });
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const query = Object.fromEntries(url.searchParams);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      let status: number;
      try {
        status = answer(req, res, url, query);
      } catch (err) {
        status = send(res, 500, { error: err instanceof Error ? err.message : String(err) });
      }
      log.push({ method: req.method ?? 'GET', path: url.pathname, query, headers, body: Buffer.concat(chunks).toString('utf8'), status });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('the Wikimedia stand-in has no port');
  origin = `http://127.0.0.1:${addr.port}`;

  return {
    origin,
    endpoints: makeEndpoints({
      wikidataApi: `${origin}/w/api.php`,
      entityData: `${origin}/wiki/Special:EntityData`,
      summary: `${origin}/{lang}/api/rest_v1/page/summary/{title}`,
    }),
    log,
    clearLog: () => {
      log.length = 0;
    },
    failNext: (count, failure) => {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    requestsContaining: (text) => {
      const needle = text.toLowerCase();
      return log.filter((r) => {
        const hay = [r.path, ...Object.entries(r.query).flat(), ...Object.entries(r.headers).flat(), r.body].join('\n').toLowerCase();
        return hay.includes(needle);
      });
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
