import type { z } from 'zod';

/** What the router needs to know about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

type Union = z.ZodType<{ type: string }>;
type Handlers<Req extends { type: string }> = {
  [K in Req['type']]: (req: Extract<Req, { type: K }>, sender: SenderInfo) => Promise<unknown> | unknown;
};

export interface RouterOptions {
  /** This extension's id: messages from any other sender are ignored. */
  extensionId: string;
  log?: (msg: string, detail?: unknown) => void;
}

/**
 * Builds a runtime.onMessage listener that parses every request against its
 * schema and drops what does not parse or comes from elsewhere. Returning
 * `undefined` (not a promise) tells the browser this listener will not answer,
 * so other listeners and the sender's error path behave normally.
 */
export function createRouter<S extends Union>(
  schema: S,
  handlers: Handlers<z.infer<S>>,
  { extensionId, log = (m, d) => console.warn(`[backstory] ${m}`, d ?? '') }: RouterOptions,
) {
  return (message: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    if (sender.id !== extensionId) {
      log('ignored a message from another sender', sender.id);
      return undefined;
    }
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      log('dropped a malformed message', parsed.error.issues.slice(0, 3));
      return undefined;
    }
    const req = parsed.data as z.infer<S>;
    const handler = (handlers as Record<string, (r: unknown, s: SenderInfo) => unknown>)[req.type];
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(req, sender));
  };
}
