import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  BackgroundResponses,
  ContentResponses,
  type BackgroundRequest,
  type ContentRequest,
} from './protocol';

type BgResponse<T extends BackgroundRequest['type']> = z.infer<(typeof BackgroundResponses)[T]>;
type CsResponse<T extends ContentRequest['type']> = z.infer<(typeof ContentResponses)[T]>;

/** Asks the background and checks its answer against the response schema. */
export async function askBackground<R extends BackgroundRequest>(req: R): Promise<BgResponse<R['type']>> {
  const raw: unknown = await browser.runtime.sendMessage(req);
  return BackgroundResponses[req.type].parse(raw) as BgResponse<R['type']>;
}

/** Asks the content script of a tab; rejects when the tab has none (e.g. a browser page). */
export async function askTab<R extends ContentRequest>(tabId: number, req: R): Promise<CsResponse<R['type']>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, req);
  return ContentResponses[req.type].parse(raw) as CsResponse<R['type']>;
}
