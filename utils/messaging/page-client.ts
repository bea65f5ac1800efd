import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { PageResponses, type PageRequest } from './page-protocol';

type PageResponse<T extends PageRequest['type']> = z.infer<(typeof PageResponses)[T]>;

/**
 * A content script's request to the background, its answer checked against the
 * response schema: client.ts's askBackground for the requests a page may send,
 * without the popup's schemas (and classic zod with them) on every page.
 */
export async function askBackground<R extends PageRequest>(req: R): Promise<PageResponse<R['type']>> {
  const raw: unknown = await browser.runtime.sendMessage(req);
  return PageResponses[req.type].parse(raw) as PageResponse<R['type']>;
}
