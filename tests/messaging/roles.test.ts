import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BACKGROUND_SENDERS } from '../../utils/background/handlers';
import { BackgroundRequest } from '../../utils/messaging/protocol';
import { createRouter, PAGES_TOO, senderRole } from '../../utils/messaging/router';

/*
 * Roles in the background's router: a content script (whose page may have
 * taken over its process) may ask only what a page needs; everything else is
 * for the extension's own pages.
 */

const ORIGIN = 'chrome-extension://self/';
const page = { id: 'self', url: 'https://news.example/article?id=1', tab: { id: 7 } };
const popup = { id: 'self', url: `${ORIGIN}popup.html`, tab: { id: 3 } };

/** Every request type of the protocol, read from its schema (classic or zod/mini: both keep the literal in its def). */
const TYPES = BackgroundRequest.options.map((o) => o.shape.type._zod.def.values[0] as BackgroundRequest['type']);

/** A valid request of each type a page needs, as the content script sends it. */
const PAGE_REQUESTS: Record<string, unknown> = {
  recognize: { type: 'recognize', url: 'https://news.example/article', title: 'T', lang: 'en', date: null, blocks: ['Putin spoke.'] },
  warmUp: { type: 'warmUp' },
  describe: { type: 'describe', ids: ['Q7747'] },
  getCard: { type: 'getCard', id: 'Q7747', date: null, uiLang: 'en', pageIds: [] },
  saveNote: { type: 'saveNote', note: { entityId: 'Q7747', text: 'a note', url: 'https://news.example/article', tags: [] } },
  listCorrections: { type: 'listCorrections', site: 'news.example' },
  addCorrection: { type: 'addCorrection', kind: 'ignoreTerm', term: 'Putin', site: 'news.example' },
  loadCard: { type: 'loadCard', part: 'card' },
};

function router() {
  const called: string[] = [];
  const log = vi.fn();
  const handlers = Object.fromEntries(TYPES.map((t) => [t, () => (called.push(t), { ok: t })]));
  const route = createRouter(BackgroundRequest, handlers as never, { extensionId: 'self', roles: { senders: BACKGROUND_SENDERS, extensionOrigin: ORIGIN }, log });
  return { route, called, log };
}

describe('roles in the router', () => {
  it('declares senders for every request type, and content scripts only for what a page needs', () => {
    expect(Object.keys(BACKGROUND_SENDERS).sort()).toEqual([...TYPES].sort());
    const forPages = TYPES.filter((t) => BACKGROUND_SENDERS[t].includes('contentScript'));
    expect(forPages.sort()).toEqual(Object.keys(PAGE_REQUESTS).sort());
  });

  const forPages = Object.keys(PAGE_REQUESTS);
  const extensionOnly = TYPES.filter((t) => !forPages.includes(t));

  it.each(forPages)('"%s" from a content script: answered (a page needs it)', async (type) => {
    const { route, called } = router();
    await expect(route(PAGE_REQUESTS[type], page)).resolves.toEqual({ ok: type });
    expect(called).toEqual([type]);
  });

  it.each(extensionOnly)('"%s" from a content script: ignored', (type) => {
    const { route, called, log } = router();
    // Refused before its payload is even parsed, so its bare type is enough here.
    expect(route({ type }, page)).toBeUndefined();
    expect(called).toEqual([]);
    expect(log.mock.calls.map((c) => c[0])).toEqual([`ignored "${type}" from a content script`]);
  });

  it.each(extensionOnly)('"%s" from an extension page: past the role check', async (type) => {
    const { route, called, log } = router();
    // The bare type fails most schemas: then it is refused as malformed, never for the role.
    await route({ type }, popup);
    const malformed = log.mock.calls.filter((c) => /malformed/.test(String(c[0]))).length;
    expect(called.length + malformed).toBe(1);
    expect(log.mock.calls.filter((c) => /from a content script/.test(String(c[0])))).toEqual([]);
  });

  const forPagesToo = forPages.filter((t) => BACKGROUND_SENDERS[t as BackgroundRequest['type']].includes('extensionPage'));

  it.each(forPagesToo)('"%s" from an extension page: answered', async (type) => {
    const { route } = router();
    await expect(route(PAGE_REQUESTS[type], popup)).resolves.toEqual({ ok: type });
  });

  it('loads the card\'s code only for a content script (an extension page has no page frame to run it in)', async () => {
    expect(forPages.filter((t) => !forPagesToo.includes(t))).toEqual(['loadCard']);
    const { route, called, log } = router();
    expect(route(PAGE_REQUESTS.loadCard, popup)).toBeUndefined();
    expect(called).toEqual([]);
    expect(log.mock.calls.map((c) => c[0])).toEqual(['ignored "loadCard" from an extension page']);
    await expect(router().route(PAGE_REQUESTS.loadCard, page)).resolves.toEqual({ ok: 'loadCard' });
  });

  it('refuses a tab id a content script sends unless it is its own tab', async () => {
    const Req = z.discriminatedUnion('type', [z.object({ type: z.literal('forTab'), tabId: z.number() })]);
    const handler = vi.fn(() => 'done');
    const route = createRouter(Req, { forTab: handler }, { extensionId: 'self', roles: { senders: { forTab: PAGES_TOO }, extensionOrigin: ORIGIN }, log: () => {} });
    expect(route({ type: 'forTab', tabId: 8 }, page)).toBeUndefined();
    expect(route({ type: 'forTab', tabId: 8 }, { id: 'self', url: 'https://news.example/' })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    await expect(route({ type: 'forTab', tabId: 7 }, page)).resolves.toBe('done');
    // The popup acts on whichever tab the reader chose.
    await expect(route({ type: 'forTab', tabId: 8 }, popup)).resolves.toBe('done');
  });

  it('tells the roles apart by the URL the browser reports, the lesser role when in doubt', () => {
    expect(senderRole(popup, ORIGIN)).toBe('extensionPage');
    expect(senderRole({ url: 'moz-extension://uuid/popup.html' }, 'moz-extension://uuid/')).toBe('extensionPage');
    expect(senderRole(page, ORIGIN)).toBe('contentScript');
    expect(senderRole({ url: `https://evil.example/?next=${ORIGIN}` }, ORIGIN)).toBe('contentScript');
    expect(senderRole({ id: 'self' }, ORIGIN)).toBe('contentScript');
  });
});
