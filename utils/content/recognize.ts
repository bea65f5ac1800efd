import { RECOGNIZE_MAX_BLOCK_CHARS, RECOGNIZE_MAX_BLOCKS, type EntityRef, type RecognizeResponse } from '../messaging/page-protocol';

export interface RecognizeInput {
  url: string;
  title: string;
  lang: string | null;
  date: string | null;
  blocks: string[];
  incremental?: boolean;
}

export type Recognize = (req: RecognizeInput) => Promise<RecognizeResponse>;

export interface MessageLimits {
  /** Blocks per request (the request schema's bound). */
  blocks: number;
  /** Characters per block (the request schema's bound). */
  blockChars: number;
  /**
   * Characters per request. The schema has no such bound, but a request's
   * answer does (800,000 span numbers: 200,000 mentions), and a page of short
   * names side by side could reach it; half a million characters can't.
   */
  messageChars: number;
}

export const MESSAGE_LIMITS: MessageLimits = { blocks: RECOGNIZE_MAX_BLOCKS, blockChars: RECOGNIZE_MAX_BLOCK_CHARS, messageChars: 500_000 };

/** Where to look back from a forced cut for a better one: a line or sentence end, else a space. */
const SENTENCE_LOOKBACK = 2000;
const WORD_LOOKBACK = 200;

/**
 * Cuts a text into pieces of at most `max` characters, each ending at a line
 * or sentence end when one is near the limit, else at a space, so that a name
 * is rarely cut in two (and a surrogate pair never is).
 */
export function cutText(text: string, max: number): { offset: number; text: string }[] {
  if (text.length <= max) return [{ offset: 0, text }];
  const out: { offset: number; text: string }[] = [];
  let from = 0;
  while (text.length - from > max) {
    const limit = from + max;
    let cut = -1;
    for (let i = limit - 1; i > Math.max(from, limit - SENTENCE_LOOKBACK); i--) {
      const c = text[i];
      if (c === '\n' || ((c === ' ' || c === '\u00a0') && /[.!?;:]/.test(text[i - 1] ?? ''))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let i = limit - 1; i > Math.max(from, limit - WORD_LOOKBACK); i--) {
        if (/\s/.test(text[i]!)) {
          cut = i + 1;
          break;
        }
      }
    }
    if (cut < 0) {
      cut = limit;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    out.push({ offset: from, text: text.slice(from, cut) });
    from = cut;
  }
  out.push({ offset: from, text: text.slice(from) });
  return out;
}

interface Piece {
  /** The page block this piece is (part of). */
  block: number;
  /** Where the piece starts in that block's text. */
  offset: number;
  text: string;
}

/** The pieces of each request, in page order, every request within the limits. */
export function planMessages(blocks: readonly string[], limits: MessageLimits = MESSAGE_LIMITS): Piece[][] {
  const max = Math.min(limits.blockChars, limits.messageChars);
  const messages: Piece[][] = [];
  let current: Piece[] = [];
  let chars = 0;
  blocks.forEach((text, block) => {
    for (const part of cutText(text, max)) {
      if (current.length && (current.length >= limits.blocks || chars + part.text.length > limits.messageChars)) {
        messages.push(current);
        current = [];
        chars = 0;
      }
      current.push({ block, offset: part.offset, text: part.text });
      chars += part.text.length;
    }
  });
  if (current.length || !messages.length) messages.push(current);
  return messages;
}

/**
 * Recognition of any page, whatever its size. Within the message limits (every
 * news article) it is one request as before; beyond them the page goes in
 * several, one after the other, and the answers are put together as if it had
 * been one: spans point at the page's own blocks and offsets. Before, a page
 * over the limits failed the request's schema and got no highlights at all.
 *
 * Only the first request of a full scan is a full one; the others are
 * `incremental`, so the background adds their entities to the page's visit
 * instead of replacing it. Requests go one at a time: that keeps the visit
 * writes in order, and a long page never holds the background for all of it.
 */
export async function recognizeInParts(input: RecognizeInput, ask: Recognize, limits: MessageLimits = MESSAGE_LIMITS): Promise<RecognizeResponse> {
  const plan = planMessages(input.blocks, limits);
  if (plan.length === 1 && plan[0]!.length === input.blocks.length && plan[0]!.every((p) => p.offset === 0 && p.text === input.blocks[p.block])) {
    return ask(input);
  }
  const entities: EntityRef[] = [];
  const index = new Map<string, number>();
  const spans: number[] = [];
  let context: RecognizeResponse['context'];
  for (const [n, pieces] of plan.entries()) {
    const { incremental, ...rest } = input;
    const part = await ask({ ...rest, blocks: pieces.map((p) => p.text), ...(incremental || n > 0 ? { incremental: true } : {}) });
    context ??= part.context;
    const s = part.spans;
    for (let k = 0; k + 3 < s.length; k += 4) {
      const piece = pieces[s[k]!];
      const e = part.entities[s[k + 3]!];
      if (!piece || !e) continue;
      let i = index.get(e.id);
      if (i === undefined) {
        i = entities.length;
        index.set(e.id, i);
        entities.push(e);
      }
      spans.push(piece.block, s[k + 1]! + piece.offset, s[k + 2]! + piece.offset, i);
    }
  }
  return context ? { entities, spans, context } : { entities, spans };
}
