import type { z } from 'zod';
import { version as PACKAGE_VERSION } from '../../package.json';
import { entityDataUrl, type Endpoints, summaryUrl, WIKIMEDIA_ENDPOINTS } from './endpoints';
import {
  ApiErrorResponse,
  describeIssues,
  GetEntitiesResponse,
  PageSummary,
  SearchEntitiesResponse,
  type SearchHit,
  type WikidataEntity,
} from './schemas';

/*
 * A polite client for Wikidata and the Wikipedia REST summary, after Wikimedia's API etiquette:
 * a descriptive Api-User-Agent, maxlag=5 on action API calls, ids batched 50 a call, requests one
 * at a time, back-off on 429, 503 and maxlag honouring Retry-After, and caps per page and per
 * minute. It sends only what a lookup needs (a name, QIDs, a title, language codes): no cookies,
 * no referrer. Time and the network are injected, so every test is deterministic and offline.
 */

/** Stands in for a contact address until the project has a public home page; Wikimedia asks for one in the agent string. */
export const PROJECT_URL = 'https://backstory.invalid/';

export function userAgent(version: string = PACKAGE_VERSION): string {
  return `Backstory/${version} (browser extension; ${PROJECT_URL})`;
}

/** What the client needs of `fetch`; the global one fits. */
export type FetchLike = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; credentials: 'omit'; referrerPolicy: 'no-referrer' },
) => Promise<Pick<Response, 'status' | 'ok' | 'headers' | 'json'>>;

/** wbgetentities takes at most 50 ids a call (for clients without the bot right). */
export const MAX_IDS_PER_CALL = 50;
/** Wikimedia's recommended maxlag for non-interactive requests. */
export const MAXLAG_SECONDS = 5;

export type OnlineErrorKind =
  /** The server asked us to wait (429, 503 or maxlag) longer than the client waits in place: try again at `retryAt`. */
  | 'rate-limited'
  /** The page's or the minute's request budget is spent: nothing was sent. */
  | 'cap'
  /** An HTTP status other than success, 404 (where "not found" is an answer), 429 or 503. */
  | 'http'
  /** The response is not the shape the API documents. */
  | 'invalid-response'
  /** The action API answered with an error other than maxlag. */
  | 'api'
  /** The request did not complete (offline, DNS, refused). */
  | 'network';

export class OnlineError extends Error {
  constructor(
    readonly kind: OnlineErrorKind,
    message: string,
    readonly detail: { retryAt?: number; status?: number; code?: string; scope?: 'page' | 'minute' } = {},
  ) {
    super(message);
    this.name = 'OnlineError';
  }
}

/** The requests one page may cause; the caller makes one per page visit and passes it to every call for that page. */
export class PageBudget {
  used = 0;
  constructor(readonly max: number = 20) {}
  get remaining(): number {
    return Math.max(0, this.max - this.used);
  }
}

export interface ClientOptions {
  endpoints?: Endpoints;
  fetch?: FetchLike;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** Waits in place for a short back-off; tests pass one that advances their clock. */
  sleep?: (ms: number) => Promise<void>;
  /** The extension's version, for the agent string. */
  version?: string;
  /** Requests a minute, all pages together (sliding window). */
  perMinute?: number;
  /** Retries after a 429, 503 or maxlag answer before giving up with `rate-limited`. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for in place: the call fails with `rate-limited` and its `retryAt`. */
  maxWaitMs?: number;
}

type Query = Record<string, string>;

/** The parts of an entity wbgetentities can be limited to (an office's label needs no claims). */
export type EntityProp = 'labels' | 'descriptions' | 'aliases' | 'claims' | 'sitelinks';

interface Lookup<T> {
  url: string;
  schema: z.ZodType<T>;
  /** For the action API: reads its error envelope (maxlag) before the schema. */
  actionApi?: boolean;
  /** 404 is an answer ("no such page"), not a failure. */
  notFoundIsNull?: boolean;
  budget?: PageBudget;
  what: string;
}

const MINUTE = 60_000;

export class WikimediaClient {
  readonly endpoints: Endpoints;
  readonly userAgent: string;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly perMinute: number;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  /** When the last request went out, per minute window (oldest first). */
  private readonly sent: number[] = [];
  /** No request leaves before this time (set by a 429, 503 or maxlag answer). */
  private blockedUntil = 0;
  /** Requests go one at a time: each waits for the one before it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(opts: ClientOptions = {}) {
    this.endpoints = opts.endpoints ?? WIKIMEDIA_ENDPOINTS;
    this.fetchImpl = opts.fetch ?? ((url, init) => fetch(url, init));
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? ((ms) => new Promise((ok) => setTimeout(ok, ms)));
    this.userAgent = userAgent(opts.version);
    this.perMinute = opts.perMinute ?? 30;
    this.maxRetries = opts.maxRetries ?? 2;
    this.maxWaitMs = opts.maxWaitMs ?? 30_000;
  }

  /** The time before which nothing will be sent (0 when not backing off). */
  get retryAt(): number {
    return this.blockedUntil > this.now() ? this.blockedUntil : 0;
  }

  /** Items whose label or alias matches `search` in `lang`, best first. */
  async searchEntities(search: string, lang: string, opts: { limit?: number; budget?: PageBudget } = {}): Promise<SearchHit[]> {
    const name = search.trim();
    if (!name || name.length > 250) throw new OnlineError('invalid-response', 'a search needs a name of 1 to 250 characters');
    const url = this.actionUrl({
      action: 'wbsearchentities',
      search: name,
      language: lang,
      uselang: lang,
      type: 'item',
      limit: String(Math.min(Math.max(opts.limit ?? 5, 1), 50)),
    });
    const res = await this.request({ url, schema: SearchEntitiesResponse, actionApi: true, budget: opts.budget, what: 'wbsearchentities' });
    return res!.search;
  }

  /**
   * Entities by QID, in calls of at most 50 ids (sequential, never in parallel). `languages` limits
   * labels, descriptions and aliases; `sites` limits sitelinks (e.g. "itwiki", "enwiki").
   */
  async getEntities(
    ids: readonly string[],
    opts: { languages: readonly string[]; sites?: readonly string[]; budget?: PageBudget; props?: readonly EntityProp[] },
  ): Promise<{ entities: Map<string, WikidataEntity>; missing: string[] }> {
    const unique = [...new Set(ids)];
    const bad = unique.find((id) => !/^Q[1-9]\d*$/.test(id));
    if (bad !== undefined) throw new OnlineError('invalid-response', `not a QID: ${JSON.stringify(bad)}`);
    const entities = new Map<string, WikidataEntity>();
    const missing: string[] = [];
    for (let i = 0; i < unique.length; i += MAX_IDS_PER_CALL) {
      const batch = unique.slice(i, i + MAX_IDS_PER_CALL);
      const url = this.actionUrl({
        action: 'wbgetentities',
        ids: batch.join('|'),
        props: (opts.props ?? ['labels', 'descriptions', 'aliases', 'claims', 'sitelinks']).join('|'),
        languages: opts.languages.join('|'),
        ...(opts.sites?.length ? { sitefilter: opts.sites.join('|') } : {}),
      });
      const res = await this.request({ url, schema: GetEntitiesResponse, actionApi: true, budget: opts.budget, what: 'wbgetentities' });
      for (const [key, e] of Object.entries(res!.entities)) {
        if ('missing' in e) missing.push(e.id);
        // A redirected id answers under its target's id; keep it under the id that was asked for.
        else entities.set(batch.includes(key) ? key : e.id, e);
      }
    }
    return { entities, missing };
  }

  /** One entity from Special:EntityData (the linked-data interface: no maxlag, cached by Wikimedia's edge). */
  async entityData(qid: string, opts: { budget?: PageBudget } = {}): Promise<WikidataEntity | null> {
    if (!/^Q[1-9]\d*$/.test(qid)) throw new OnlineError('invalid-response', `not a QID: ${JSON.stringify(qid)}`);
    const res = await this.request({
      url: entityDataUrl(this.endpoints, qid),
      schema: GetEntitiesResponse,
      notFoundIsNull: true,
      budget: opts.budget,
      what: 'Special:EntityData',
    });
    if (!res) return null;
    // A redirected item answers under its target's id: the only entity in the envelope.
    const e = res.entities[qid] ?? Object.values(res.entities)[0];
    return e && !('missing' in e) ? e : null;
  }

  /** A Wikipedia page's summary (extract, thumbnail), or null when the wiki has no such page. */
  async summary(lang: string, title: string, opts: { budget?: PageBudget } = {}): Promise<PageSummary | null> {
    return this.request({
      url: summaryUrl(this.endpoints, lang, title),
      schema: PageSummary,
      notFoundIsNull: true,
      budget: opts.budget,
      what: 'page/summary',
    });
  }

  private actionUrl(params: Query): string {
    const url = new URL(this.endpoints.wikidataApi);
    // origin=* makes the API answer an anonymous cross-origin request with CORS headers (and no cookies).
    for (const [k, v] of Object.entries({ ...params, format: 'json', formatversion: '2', maxlag: String(MAXLAG_SECONDS), origin: '*' })) {
      url.searchParams.set(k, v);
    }
    return url.toString();
  }

  private request<T>(lookup: Lookup<T>): Promise<T | null> {
    const run = this.queue.then(() => this.attempt(lookup));
    // The next request waits for this one whether it succeeds or fails.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async attempt<T>(lookup: Lookup<T>): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      await this.waitForBackOff();
      this.spend(lookup.budget);
      let res: Awaited<ReturnType<FetchLike>>;
      try {
        res = await this.fetchImpl(lookup.url, {
          method: 'GET',
          headers: { 'Api-User-Agent': this.userAgent, Accept: 'application/json' },
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
        });
      } catch (err) {
        throw new OnlineError('network', `${lookup.what}: the request failed (${err instanceof Error ? err.message : String(err)})`);
      }

      if (res.status === 429 || res.status === 503) {
        this.backOff(res.headers.get('retry-after'), attempt, lookup, `HTTP ${res.status}`);
        continue;
      }
      if (res.status === 404 && lookup.notFoundIsNull) return null;
      if (!res.ok) throw new OnlineError('http', `${lookup.what}: HTTP ${res.status}`, { status: res.status });

      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new OnlineError('invalid-response', `${lookup.what}: the response is not JSON`);
      }
      if (lookup.actionApi) {
        const apiError = ApiErrorResponse.safeParse(body);
        if (apiError.success) {
          const { code, info } = apiError.data.error;
          // The API answers maxlag with HTTP 200 and this envelope; it means what a 503 means.
          if (code === 'maxlag') {
            this.backOff(res.headers.get('retry-after'), attempt, lookup, 'maxlag');
            continue;
          }
          throw new OnlineError('api', `${lookup.what}: ${code}${info ? ` (${info})` : ''}`, { code });
        }
      }
      const parsed = lookup.schema.safeParse(body);
      if (!parsed.success) {
        throw new OnlineError('invalid-response', `${lookup.what}: unexpected response (${describeIssues(parsed.error)})`);
      }
      return parsed.data;
    }
  }

  /** Records how long to stay quiet; throws once the retries are spent. */
  private backOff(retryAfter: string | null, attempt: number, lookup: Lookup<unknown>, why: string): void {
    const now = this.now();
    // Without Retry-After: 5 s, then 10, 20…, the pause the maxlag manual asks for at least.
    const delay = parseRetryAfter(retryAfter, now) ?? Math.min(MAXLAG_SECONDS * 1000 * 2 ** attempt, 10 * MINUTE);
    this.blockedUntil = Math.max(this.blockedUntil, now + delay);
    if (attempt >= this.maxRetries) {
      throw new OnlineError('rate-limited', `${lookup.what}: ${why}; retry after ${new Date(this.blockedUntil).toISOString()}`, {
        retryAt: this.blockedUntil,
      });
    }
  }

  private async waitForBackOff(): Promise<void> {
    const wait = this.blockedUntil - this.now();
    if (wait <= 0) return;
    if (wait > this.maxWaitMs) {
      throw new OnlineError('rate-limited', `backing off until ${new Date(this.blockedUntil).toISOString()}`, { retryAt: this.blockedUntil });
    }
    await this.sleep(wait);
  }

  /** Counts one request against the page's and the minute's caps, or refuses it (before anything is sent). */
  private spend(budget: PageBudget | undefined): void {
    const now = this.now();
    while (this.sent.length && this.sent[0]! <= now - MINUTE) this.sent.shift();
    if (budget && budget.used >= budget.max) {
      throw new OnlineError('cap', `this page's ${budget.max} online requests are spent`, { scope: 'page' });
    }
    if (this.sent.length >= this.perMinute) {
      throw new OnlineError('cap', `${this.perMinute} online requests a minute are spent`, { scope: 'minute', retryAt: this.sent[0]! + MINUTE });
    }
    if (budget) budget.used++;
    this.sent.push(now);
  }
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or malformed. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // Date.parse reads IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); a bare number or word is refused above or here.
  if (!/^[A-Za-z]{3},? /.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
