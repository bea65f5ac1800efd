/**
 * The article's publication date, from the page's own signals, ranked. A page
 * carries many dates (embedded videos and photos, related stories, the clock
 * in the header, comments); only the main article's count, and every signal is
 * cross-checked before it is believed. Pure DOM reads, shared by the content
 * script and the CLI.
 */

import { jsonLdBlocks } from './json-ld';
import { shortText } from './squash';

/** Where a date came from, as `annotate --json` prints it. */
export type DateSource =
  | 'json-ld'
  | 'meta'
  | 'microdata'
  | 'time'
  | 'url'
  | 'byline'
  | 'meta-modified'
  | 'title'
  | 'description'
  | 'reader';

export interface DatedPage {
  date: string | null;
  source: DateSource | null;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" from the usual date spellings, or null. */
export function parseDate(raw: string | null | undefined, utcOffsetHours = 0): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // A UTC timestamp near midnight falls on the next (or previous) day where the article was published.
  const utc = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/.exec(s);
  if (utc && utcOffsetHours) {
    const t = Date.parse(`${utc[1]}T${utc[2]}:${utc[3]}:00Z`) + utcOffsetHours * 3_600_000;
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (m) return valid(m[1]!, m[2], m[3]);
  m = /^(\d{4})(\d{2})(\d{2})/.exec(s);
  if (m) return valid(m[1]!, m[2], m[3]);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(s);
  if (m) return valid(m[3]!, m[2]!.padStart(2, '0'), m[1]!.padStart(2, '0'));
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  return null;
}

function valid(y: string, mo?: string, d?: string): string | null {
  const yi = Number(y);
  if (yi < 1900 || yi > 2100) return null;
  if (!mo) return y;
  const mi = Number(mo);
  if (mi < 1 || mi > 12) return y;
  if (!d) return `${y}-${mo}`;
  const di = Number(d);
  return di >= 1 && di <= 31 ? `${y}-${mo}-${d}` : `${y}-${mo}`;
}

/** Meta tags by `property`, `name` or `itemprop` (lowercased), in order of trust. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'pdate', 'ptime', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'last-modified'];

type MetaIndex = Map<string, string>;

/** Every meta tag's content by its property, name and itemprop words, read in one pass (the first of each wins). */
function metaIndex(doc: Document): MetaIndex {
  const out: MetaIndex = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content') ?? m.getAttribute('datetime');
    if (!content) continue;
    const keys = [m.getAttribute('property'), m.getAttribute('name'), ...(m.getAttribute('itemprop') ?? '').split(/\s+/)];
    for (const k of keys) if (k && !out.has(k.toLowerCase())) out.set(k.toLowerCase(), content);
  }
  return out;
}

/** JSON-LD types that are the article itself (the page's main item), not something embedded in it. */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'blogposting', 'webpage', 'socialmediaposting',
  'report', 'scholarlyarticle', 'techarticle',
]);
/**
 * Properties that hold the page's own item: an article found anywhere else
 * (hasPart, itemListElement, liveBlogUpdate, relatedLink, video...) belongs to something else.
 */
const MAIN_KEYS = new Set(['@graph', 'mainEntity', 'mainEntityOfPage']);

interface LdArticle {
  /** A live blog's datePublished is when coverage began; the page shows its latest posts. */
  live: boolean;
  published: string | null;
  modified: string | null;
  headline: string;
  /** Nested under another item's property (a related story, a live-blog post). */
  embedded: boolean;
}

function ldTypes(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function ldArticles(doc: Document, tz: number): LdArticle[] {
  const out: LdArticle[] = [];
  const visit = (v: unknown, embedded: boolean): void => {
    if (Array.isArray(v)) { for (const x of v) visit(x, embedded); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (ldTypes(o).some((t) => ARTICLE_TYPES.has(t))) {
      const headline = typeof o.headline === 'string' ? o.headline : typeof o.name === 'string' ? o.name : '';
      out.push({
        live: ldTypes(o).includes('liveblogposting'),
        published: typeof o.datePublished === 'string' ? parseDate(o.datePublished, tz) : null,
        modified: typeof o.dateModified === 'string' ? parseDate(o.dateModified, tz) : null,
        headline,
        embedded,
      });
    }
    for (const [k, x] of Object.entries(o)) {
      if (x && typeof x === 'object') visit(x, embedded || !MAIN_KEYS.has(k));
    }
  };
  for (const block of jsonLdBlocks(doc)) visit(block, false);
  return out;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The page's own headline(s): its h1 and its og:title/title, folded for comparison. */
function pageHeadlines(doc: Document): string[] {
  const out: string[] = [];
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) out.push(fold(h1));
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og) out.push(fold(og));
  if (doc.title) out.push(fold(doc.title));
  return out.filter((x) => x.length >= 8);
}

const sameHeadline = (a: string, b: string): boolean => a.length >= 8 && b.length >= 8 && (a.includes(b) || b.includes(a));

/**
 * The main article's JSON-LD dates: the article item whose headline is the
 * page's own; failing that, the only top-level article item. Items nested
 * under another's properties (related stories, live-blog posts, videos) never count.
 */
function mainLdArticle(doc: Document, tz: number): LdArticle | null {
  const items = ldArticles(doc, tz).filter((a) => a.published);
  if (!items.length) return null;
  const heads = pageHeadlines(doc);
  const byHeadline = items.filter((a) => a.headline && heads.some((h) => sameHeadline(fold(a.headline), h)));
  if (byHeadline.length) return byHeadline.find((a) => !a.embedded) ?? byHeadline[0]!;
  const top = items.filter((a) => !a.embedded);
  if (top.length === 1) return top[0]!;
  // Several top-level article items and none with the page's headline: keep the first only if they all agree.
  if (top.length > 1 && top.every((a) => a.published === top[0]!.published)) return top[0]!;
  return null;
}

/** A microdata datePublished whose item is the page's article, not an item nested in it. */
function microdataDate(doc: Document, tz: number): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"]:not(meta)'))) {
    const scope = el.closest('[itemscope]');
    const type = (scope?.getAttribute('itemtype') ?? '').toLowerCase();
    if (scope && !/article|blogposting|webpage/.test(type)) continue;
    if (scope?.parentElement?.closest('[itemscope][itemtype*="rticle" i]')) continue;
    const d = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent, tz);
    if (d) return d;
  }
  return null;
}

/** Containers of other stories' teasers: their <time>s date those stories. */
const FOREIGN_TIME = '[class*="related" i], [class*="teaser" i], [class*="recommend" i], [class*="most-read" i], [class*="comment" i], aside, nav, footer, li article, article article';

/** The byline's <time>: in the article (or the page's header) and not inside another story's teaser. */
function bylineTime(doc: Document, root: Element | null, tz: number): string | null {
  const scopes: ParentNode[] = [];
  if (root) {
    scopes.push(root);
    // The byline often sits just before the body, in the article's header.
    const holder = root.closest('article') ?? root.parentElement;
    if (holder && holder !== root) scopes.push(holder);
  }
  scopes.push(doc);
  for (const scope of scopes) {
    for (const t of Array.from(scope.querySelectorAll('time[datetime]')).slice(0, 20)) {
      if (t.closest(FOREIGN_TIME)) continue;
      const d = parseDate(t.getAttribute('datetime'), tz);
      // The date the reader sees in the element wins over its machine-readable one a day off (a UTC stamp).
      const shown = writtenDate(t.textContent ?? '');
      if (d && shown && d.length === 10 && daysApart(d, shown) <= 1) return shown;
      if (d) return d;
    }
  }
  return null;
}

function urlDate(doc: Document, url: string | undefined): string | null {
  const urls = [url, doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  for (const u of urls) {
    if (!u) continue;
    // The page's own address carries the date on many news sites (/2019/11/18/...).
    const m = /[/_-](\d{4})[/_-]?(\d{2})[/_-]?(\d{2})(?=[/_.-]|$)/.exec(u) ?? /\/(\d{4})\/(\d{2})\//.exec(u);
    if (m) {
      const d = valid(m[1]!, m[2], m[3]);
      if (d && d.length >= 7) return d;
    }
  }
  return null;
}

const BYLINE_SELECTOR = 'time, [class*="date" i], [class*="meta" i], [class*="byline" i], [class*="published" i]';

// Month names in the five languages, with common abbreviations (folded to lowercase, no accents).
const MONTHS: Record<string, number> = {};
[
  ['january jan gennaio genn janvier janv januar jän enero ene', 1],
  ['february feb febbraio febbr fevrier fevr februar febrero', 2],
  ['march mar marzo mars marz maerz', 3],
  ['april apr aprile avril abril', 4],
  ['may maggio mai mayo', 5],
  ['june jun giugno juin juni junio', 6],
  ['july jul luglio juillet juil juli julio', 7],
  ['august aug agosto aout august', 8],
  ['september sep sept settembre septembre septiembre setiembre', 9],
  ['october oct ottobre octobre oktober okt octubre', 10],
  ['november nov novembre noviembre', 11],
  ['december dec dicembre decembre dezember dez diciembre dic', 12],
].forEach(([names, n]) => {
  for (const w of (names as string).split(' ')) MONTHS[w] = n as number;
});

/** "30 septembre 2018", "30. September 2018", "30 de septiembre de 2018", "September 30, 2018". */
export function writtenDate(text: string): string | null {
  const t = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const pad = (n: number) => String(n).padStart(2, '0');
  const dayFirst = /\b(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?([a-z]{3,10})\.?\s+(?:de\s+)?(\d{4})\b/.exec(t);
  if (dayFirst && MONTHS[dayFirst[2]!]) return valid(dayFirst[3]!, pad(MONTHS[dayFirst[2]!]!), pad(Number(dayFirst[1])));
  const monthFirst = /\b([a-z]{3,10})\.?\s+(\d{1,2}),\s+(\d{4})\b/.exec(t);
  if (monthFirst && MONTHS[monthFirst[1]!]) return valid(monthFirst[3]!, pad(MONTHS[monthFirst[1]!]!), pad(Number(monthFirst[2])));
  return null;
}

/** "07.12.2017", "7/12/2017" or a written-out date in a title; day first, as outside the US. */
function titleDate(title: string): string | null {
  const m = /(?:^|[^\d])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/.exec(title);
  if (m) return valid(m[3]!, m[2]!.padStart(2, '0'), m[1]!.padStart(2, '0'));
  return writtenDate(title);
}

function bylineWritten(doc: Document): string | null {
  // The first one in document order, so a comment's date further down never wins.
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, 40)) {
    // A byline is short: a "meta" wrapper around half the page is not one, and reading it whole would cost.
    const text = shortText(el, 300);
    if (text === null || el.closest(FOREIGN_TIME)) continue;
    const d = writtenDate(text);
    if (d) return d;
  }
  return null;
}

function firstMeta(meta: MetaIndex, keys: readonly string[], tz: number): string | null {
  for (const k of keys) {
    const d = parseDate(meta.get(k), tz);
    if (d) return d;
  }
  return null;
}

/** Days between two partial dates, compared at the precision both have (month or day). */
function daysApart(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  if (n < 7) return a.slice(0, 4) === b.slice(0, 4) ? 0 : 366 * Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4)));
  const ta = Date.parse(a.slice(0, n).padEnd(10, '-01').slice(0, 10));
  const tb = Date.parse(b.slice(0, n).padEnd(10, '-01').slice(0, 10));
  return Math.abs(ta - tb) / 86_400_000;
}

/** Central European publishers (by their domain): UTC stamps are read in their time zone, summer time from April to October. */
const CET_DOMAINS = new Set(['de', 'at', 'ch', 'li', 'it', 'fr', 'es', 'be', 'nl', 'lu', 'pl', 'cz', 'sk', 'dk', 'se', 'no', 'hu', 'si', 'hr', 'mt', 'va', 'sm', 'mc', 'ad']);
const WET_DOMAINS = new Set(['uk', 'ie', 'pt']);
/** Latin American publishers: hours behind UTC, read without summer time (most of these countries keep none). */
const AMERICAS_OFFSET: Record<string, number> = {
  br: -3, ar: -3, uy: -3, cl: -4, py: -4, bo: -4, ve: -4, do: -4, pe: -5, co: -5, ec: -5, pa: -5, cu: -5,
  mx: -6, gt: -6, hn: -6, sv: -6, ni: -6, cr: -6,
};

function publisherUtcOffset(doc: Document, meta: MetaIndex, url: string | undefined): number {
  const addr = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? url;
  let host = '';
  try { host = new URL(addr ?? '', 'https://x.invalid').hostname; } catch { return 0; }
  const tld = host.split('.').pop() ?? '';
  // Summer time isn't known before the date is: a timestamp of April to October gets it (the rule's error is a week a year).
  if (AMERICAS_OFFSET[tld] !== undefined) return AMERICAS_OFFSET[tld]!;
  const base = CET_DOMAINS.has(tld) ? 1 : WET_DOMAINS.has(tld) ? 0 : null;
  if (base === null) return 0;
  const stamp = firstMetaRaw(doc, meta) ?? '';
  const month = Number(/^\d{4}-(\d{2})/.exec(stamp)?.[1] ?? 0);
  return base + (month >= 4 && month <= 10 ? 1 : 0);
}

function firstMetaRaw(doc: Document, meta: MetaIndex): string | null {
  for (const k of PUBLISHED_META) {
    const v = meta.get(k);
    if (v) return v;
  }
  const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '').join(' '));
  return m?.[1] ?? null;
}

export interface DateOptions {
  /** The page's address (the content script's location; the CLI may pass one). */
  url?: string;
  /** The article root, so that the byline's <time> is looked for there first. */
  root?: Element | null;
  /** "Today", for rejecting dates in the future (tests pass a fixed one). */
  today?: Date;
}

/**
 * The publication date, by rank: the main article's JSON-LD datePublished,
 * the published-time meta tags, the article's microdata, the byline's <time>,
 * the URL's date, a date written out in the byline, and last the modified-time
 * meta. A date after today is no publication date; a JSON-LD item modified
 * before it was published has a wrong date. A strong signal that two
 * independent weaker ones contradict (more than two days apart, both agreeing)
 * belongs to something else on the page, and loses.
 */
export function detectPublicationDate(doc: Document, opts: DateOptions = {}): DatedPage {
  const today = (opts.today ?? new Date()).getTime();
  const notFuture = (d: string | null): string | null => (d && Date.parse(d.padEnd(10, '-01').slice(0, 10)) <= today + 86_400_000 ? d : null);
  const meta = metaIndex(doc);
  const tz = publisherUtcOffset(doc, meta, opts.url);
  const ld = mainLdArticle(doc, tz);
  const ldOk = ld && ld.published && !(ld.modified && ld.modified.length >= 10 && ld.published.length >= 10 && ld.modified < ld.published);
  // A live blog is read as of its latest update, not the day its coverage opened.
  let ldDate = ld?.live && ld.modified ? ld.modified : ldOk ? ld.published : null;
  // A ticker kept under one address since its first day shows the reader its latest update: when the byline's
  // date is the article's own dateModified, that is the state the page is in.
  if (ld?.modified && ldDate && ld.modified !== ldDate) {
    const shown = bylineTime(doc, opts.root ?? null, tz) ?? bylineWritten(doc);
    if (shown && daysApart(shown, ld.modified) <= 1 && daysApart(shown, ldDate) > 1) ldDate = ld.modified;
  }
  const candidates: { date: string | null; source: DateSource }[] = [
    { date: notFuture(ldDate), source: 'json-ld' },
    { date: notFuture(firstMeta(meta, PUBLISHED_META, tz)), source: 'meta' },
    { date: notFuture(microdataDate(doc, tz)), source: 'microdata' },
    { date: notFuture(bylineTime(doc, opts.root ?? null, tz)), source: 'time' },
    { date: notFuture(urlDate(doc, opts.url)), source: 'url' },
    { date: notFuture(bylineWritten(doc)), source: 'byline' },
    { date: notFuture(firstMeta(meta, MODIFIED_META, tz)), source: 'meta-modified' },
    // A date in the page's title ("Una solución no violenta … - 07.12.2017 - lanacion.com").
    { date: notFuture(titleDate(doc.title ?? '')), source: 'title' },
    // Last of all, a date written out in the page's own summary ("Notizia del 14 Gennaio 2020").
    { date: notFuture(writtenDate(meta.get('description') ?? '')), source: 'description' },
  ];
  const found = candidates.filter((c): c is { date: string; source: DateSource } => c.date !== null);
  if (!found.length) return { date: null, source: null };
  const best = found[0]!;
  // Cross-check: two weaker signals that agree with each other and not with the best one outvote it.
  const others = found.slice(1).filter((c) => c.source !== 'meta-modified' && c.source !== 'description' && c.source !== 'title' && daysApart(c.date, best.date) > 2);
  for (let i = 0; i < others.length; i++)
    for (let j = i + 1; j < others.length; j++)
      if (daysApart(others[i]!.date, others[j]!.date) <= 1) return others[i]!.date.length >= others[j]!.date.length ? others[i]! : others[j]!;
  // A day-precise signal that agrees with a month-only best one refines it.
  if (best.date.length < 10) {
    const finer = found.find((c) => c.date.length > best.date.length && c.date.startsWith(best.date));
    if (finer) return { date: finer.date, source: best.source };
  }
  return best;
}
