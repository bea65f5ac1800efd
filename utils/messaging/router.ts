import type { z } from 'zod';

/** What the router needs to know about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** The frame of the tab that sent it (0: the top frame). */
  frameId?: number;
  /** `incognito`: the tab is in a private window (webextension `sender.tab.incognito`). */
  tab?: { id?: number; incognito?: boolean };
}

/**
 * What a handler learns of who asked: the checked role, the sender's own tab,
 * and whether that tab is in a private window (where nothing is logged). Only
 * these facts, never the raw sender, so no handler comes to depend on more.
 */
export interface From {
  /** null when the router was built without roles. */
  role: SenderRole | null;
  tabId?: number;
  /** The sender's frame in that tab, for an answer that acts on the sender's own document. */
  frameId?: number;
  incognito: boolean;
}

/** A request schema in either zod: classic for the background's, zod/mini for a content script's (page-protocol.ts). */
type Schema = z.core.$ZodType<{ type: string }> & { safeParse(data: unknown): z.core.util.SafeParseResult<unknown> };
/**
 * The requests a router takes: one union of them all, or one schema per
 * request type, picked by the message's `type` (which spares a content script
 * zod's union code: it runs on every page).
 */
type Requests = Schema | { readonly [type: string]: Schema };
type RequestOf<S extends Requests> = S extends Schema ? z.output<S> : S extends { readonly [type: string]: Schema } ? z.output<S[keyof S]> : never;
type Handlers<Req extends { type: string }> = {
  [K in Req['type']]: (req: Extract<Req, { type: K }>, from: From) => Promise<unknown> | unknown;
};

/**
 * Who sent a message. An extension page (the popup, options, a page of ours
 * opened in a tab) runs at this extension's own origin; a content script runs
 * in a web page, whose process the page may have compromised, so it is
 * trusted only with what that page needs.
 */
export type SenderRole = 'extensionPage' | 'contentScript';

/** The roles each request type accepts, declared beside each group of handlers. */
export type Senders<T extends string> = { readonly [K in T]: readonly SenderRole[] };

export const EXTENSION_PAGES: readonly SenderRole[] = ['extensionPage'];
export const PAGES_TOO: readonly SenderRole[] = ['extensionPage', 'contentScript'];
/** For what only makes sense in a web page's own frame (an extension page has none to act on). */
export const CONTENT_SCRIPTS: readonly SenderRole[] = ['contentScript'];

/**
 * The sender's role, from what the browser (not the sender) reports: its URL
 * is at this extension's origin for extension pages. Anything else, including
 * a sender without a URL, counts as a content script: the lesser role.
 */
export function senderRole(sender: SenderInfo, extensionOrigin: string): SenderRole {
  return sender.url !== undefined && sender.url.startsWith(extensionOrigin) ? 'extensionPage' : 'contentScript';
}

export interface RouterOptions {
  /** This extension's id: messages from any other sender are ignored. */
  extensionId: string;
  /**
   * Roles per request type, with this extension's origin (`runtime.getURL('/')`) to
   * tell them apart. A type a sender's role lacks is ignored; a `tabId` a content
   * script sends must be its own tab's.
   */
  roles?: { senders: Senders<string>; extensionOrigin: string };
  log?: (msg: string, detail?: unknown) => void;
}

/**
 * Builds a runtime.onMessage listener that parses every request against its
 * schema and drops what does not parse or comes from elsewhere. Returning
 * `undefined` (not a promise) tells the browser this listener will not answer,
 * so other listeners and the sender's error path behave normally.
 */
export function createRouter<S extends Requests>(
  schema: S,
  handlers: Handlers<RequestOf<S>>,
  { extensionId, roles, log = (m, d) => console.warn(`[backstory] ${m}`, d ?? '') }: RouterOptions,
) {
  return (message: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    if (sender.id !== extensionId) {
      log('ignored a message from another sender', sender.id);
      return undefined;
    }
    // Before parsing: a request outside the sender's role is not worth reading (it may be large).
    const role = roles ? senderRole(sender, roles.extensionOrigin) : null;
    const type = (message as { type?: unknown } | null)?.type;
    if (roles && role && typeof type === 'string' && Object.hasOwn(roles.senders, type) && !roles.senders[type]!.includes(role)) {
      log(`ignored "${type}" from a${role === 'contentScript' ? ' content script' : 'n extension page'}`);
      return undefined;
    }
    const one = '_zod' in schema ? (schema as Schema) : typeof type === 'string' && Object.hasOwn(schema, type) ? (schema as Record<string, Schema>)[type]! : null;
    const parsed = one?.safeParse(message);
    if (!parsed?.success) {
      log('dropped a malformed message', parsed ? parsed.error.issues.slice(0, 3) : 'no such request type');
      return undefined;
    }
    const req = parsed.data as RequestOf<S>;
    if (roles && role) {
      // A type with no declared senders is nobody's.
      if (!Object.hasOwn(roles.senders, req.type)) {
        log(`ignored "${req.type}": no senders declared for it`);
        return undefined;
      }
      const tabId = (req as { tabId?: unknown }).tabId;
      if (role === 'contentScript' && tabId !== undefined && tabId !== sender.tab?.id) {
        log(`ignored "${req.type}" from a content script naming another tab`);
        return undefined;
      }
    }
    const handler = (handlers as Record<string, (r: unknown, f: From) => unknown>)[req.type];
    if (!handler) return undefined;
    const from: From = {
      role,
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.tab?.id !== undefined && sender.frameId !== undefined ? { frameId: sender.frameId } : {}),
      incognito: sender.tab?.incognito === true,
    };
    return Promise.resolve().then(() => handler(req, from));
  };
}
