import type { BackstoryDb } from '../db/database';
import { z } from 'zod';
import { PageContext } from '../messaging/notes-protocol';

type Correction = z.infer<typeof PageContext>;

/*
 * The reader's correction of a page's language or date ("Correct…" in the
 * popup), kept per page in the meta table. One key rule for saving and for
 * reading, so a correction saved from the popup is the one recognition finds.
 */
const PREFIX = 'pageContext:';

/** A page is its address without the fragment: "#comments" is the same article. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return PREFIX + (hash < 0 ? url : url.slice(0, hash));
}

export async function readPageCorrection(db: BackstoryDb, url: string): Promise<Correction | null> {
  // A record damaged by hand or by an old build reads as no correction rather than failing recognition.
  return PageContext.nullable().catch(null).parse((await db.meta.get(pageKey(url)))?.value ?? null);
}

export async function savePageCorrection(db: BackstoryDb, url: string, ctx: Correction | null): Promise<void> {
  if (ctx && (ctx.lang || ctx.date)) await db.meta.put({ key: pageKey(url), value: ctx });
  else await db.meta.delete(pageKey(url));
}
