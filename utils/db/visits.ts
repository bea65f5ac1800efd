import type { BackstoryDb } from './database';
import type { VisitRecord } from './records';

/*
 * The visit log ("pages seen" in the popup, the Facts tab's last visits). It
 * is history the reader did not ask to keep, so it keeps as little as it can:
 * a page's address without what identifies the reader's session or place in
 * it, for a limited time and count, and never for a private window.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The one form a visit's URL is stored and looked up in: no query string (it
 * often carries session ids, tracking tags, search terms), no fragment (the
 * same article) and no user name or password. An address the URL parser
 * refuses is cut at its first "?" or "#" all the same.
 */
export function visitUrl(url: string): string {
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    const cut = url.search(/[?#]/);
    return cut < 0 ? url : url.slice(0, cut);
  }
}

export interface VisitRetention {
  /** Visits older than this many days are dropped. */
  maxDays: number;
  /** At most this many visits are kept; the oldest go first. */
  maxCount: number;
}

export interface VisitInput {
  url: string;
  title: string;
  lang: string | null;
  date: string | null;
  entityIds: string[];
  /** A rescan of changed blocks adds to the page's visit rather than replacing it. */
  incremental?: boolean;
}

/**
 * Records a visit and prunes the log in the same transaction, so the log is
 * never over its bounds after a write, and a failed prune leaves no new visit.
 */
export function recordVisit(db: BackstoryDb, visit: VisitInput, retention: VisitRetention, now: number): Promise<void> {
  const url = visitUrl(visit.url);
  return db.transaction('rw', db.visits, async () => {
    const ids = [...visit.entityIds];
    if (visit.incremental) {
      const prev = await db.visits.get(url);
      if (prev) ids.unshift(...prev.entityIds.filter((id) => !ids.includes(id)));
    }
    await db.visits.put({ url, title: visit.title, lang: visit.lang, date: visit.date, entityIds: ids, seenAt: now });
    await pruneVisits(db, retention, now);
  });
}

/** Drops visits past their age, then the oldest over the count. Call it inside a transaction on `db.visits`. */
export async function pruneVisits(db: BackstoryDb, { maxDays, maxCount }: VisitRetention, now: number): Promise<number> {
  const byAge = await db.visits.where('seenAt').below(now - maxDays * DAY_MS).delete();
  const excess = (await db.visits.count()) - maxCount;
  if (excess <= 0) return byAge;
  const oldest = await db.visits.orderBy('seenAt').limit(excess).primaryKeys();
  await db.visits.bulkDelete(oldest);
  return byAge + oldest.length;
}

/** "Clear history": the visit log only; notes, corrections and the pack are not history. */
export function clearVisits(db: BackstoryDb): Promise<number> {
  return db.transaction('rw', db.visits, async () => {
    const n = await db.visits.count();
    await db.visits.clear();
    return n;
  });
}

/**
 * Rewrites stored visits into `visitUrl` form (the v4 upgrade). Visits that
 * now share a URL become one: the latest keeps its title and reading, and
 * the entities seen on any of them are kept.
 */
export function normaliseVisits(visits: VisitRecord[]): { keep: VisitRecord[]; drop: string[] } {
  const merged = new Map<string, VisitRecord>();
  const drop: string[] = [];
  for (const v of visits) {
    const url = visitUrl(v.url);
    if (url !== v.url) drop.push(v.url);
    const other = merged.get(url);
    if (!other) {
      merged.set(url, { ...v, url });
      continue;
    }
    const [newer, older] = v.seenAt > other.seenAt ? [{ ...v, url }, other] : [other, v];
    merged.set(url, { ...newer, entityIds: [...newer.entityIds, ...older.entityIds.filter((id) => !newer.entityIds.includes(id))] });
  }
  return { keep: [...merged.values()], drop };
}
