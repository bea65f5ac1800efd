import { buildCard, labelIn } from '../cards/build-card';
import type { BackstoryDb } from '../db/database';
import { CORRECTION_SENDERS, createCorrectionHandlers } from './corrections-handlers';
import { createNotesHandlers, NOTES_SENDERS, type NotesDeps } from './notes-handlers';
import { CONTENT_SCRIPTS, EXTENSION_PAGES, PAGES_TOO, type From, type Senders } from '../messaging/router';
import { readPageCorrection } from './page-context';
import { deleteNote, listNotes, saveNote } from '../db/notes';
import { recordVisit } from '../db/visits';
import { getSettings } from '../settings/store';
import type { BackgroundRequest, CardPart, EntitySummary } from '../messaging/protocol';
import type { Entity } from '../pack/schema';
import { packMentions } from '../messaging/spans';
import { entityType, recognise } from '../recognition';
import type { Knowledge } from './knowledge';

type Req<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;


export interface BackgroundDeps {
  db: BackstoryDb;
  knowledge: () => Promise<Knowledge>;
  uiLang: () => string;
  now?: () => number;
  /** Drops the compiled knowledge, so the next request rebuilds it (the reader added an entity; the cache was cleared). */
  invalidateKnowledge?: () => void;
  /** Leaves a timing measure (the worker's timeline, read by `npm run bench`). */
  measure?: (name: string, start: number) => void;
  /** The reader's settings (the visit log's retention among them); extension storage unless given. */
  settings?: NotesDeps['settings'];
  /** Runs a part of the card's code (card.js, card-notes.js) in a tab's frame, beside its content script; resolves once it has run. */
  injectCard?: (target: { tabId: number; frameId: number }, part: CardPart) => Promise<void>;
}

function summary(e: Entity, lang: string): EntitySummary {
  const desc = (e.desc as Record<string, string | undefined>)[lang] ?? e.desc.en;
  return {
    id: e.id,
    type: e.type,
    label: labelIn(e, lang),
    ...(desc ? { desc } : {}),
    ...(e.metonymOf ? { metonymOf: e.metonymOf } : {}),
  };
}

/**
 * What a page's content script needs: its highlights and cards (with the
 * notes on the card's entity), and the note the reader adds there. Listing
 * notes at large and deleting them are the popup's.
 */
export const PAGE_SENDERS = {
  recognize: PAGES_TOO,
  warmUp: PAGES_TOO,
  describe: PAGES_TOO,
  getCard: PAGES_TOO,
  listNotes: EXTENSION_PAGES,
  saveNote: PAGES_TOO,
  deleteNote: EXTENSION_PAGES,
  loadCard: CONTENT_SCRIPTS,
} as const;

/** Every request type's senders (a type missing here fails to compile). */
export const BACKGROUND_SENDERS: Senders<BackgroundRequest['type']> = { ...PAGE_SENDERS, ...CORRECTION_SENDERS, ...NOTES_SENDERS };

/** The background's answers, one per request type; kept free of `browser` so tests can call them directly. */
export function createHandlers({ db, knowledge, uiLang, now = Date.now, invalidateKnowledge, measure, settings, injectCard }: BackgroundDeps) {
  const logVisit = async (req: Req<'recognize'>, ctx: { lang: string | null; date: string | null }, ids: string[]) => {
    // Read before the transaction: extension storage is not IndexedDB and would let it commit early.
    const s = await (settings?.get ?? getSettings)();
    await recordVisit(
      db,
      { url: req.url, title: req.title, lang: ctx.lang, date: ctx.date, entityIds: ids, ...(req.incremental ? { incremental: true } : {}) },
      { maxDays: s.historyDays, maxCount: s.historyMaxVisits },
      now(),
    );
  };
  return {
    recognize: async (req: Req<'recognize'>, from?: From) => {
      // The reader's correction of this page's language or date wins over what the page said, on every visit.
      const [k, correction] = await Promise.all([knowledge(), readPageCorrection(db, req.url)]);
      const lang = correction?.lang ?? req.lang;
      const date = correction?.date ?? req.date;
      const t0 = performance.now();
      const { mentions } = recognise(k.matcher, { blocks: req.blocks, lang, date });
      measure?.('recognise', t0);
      // The page is painted from the matcher alone; reading entities from the database waits for `describe`.
      const res = { ...packMentions(mentions, (id) => entityType(k.matcher, id)), context: { lang, date, corrected: !!correction } };
      const ids = res.entities.map((e) => e.id);
      // The page waits for its highlights, not for the visit log: the write goes on after the answer.
      // A private window leaves no history: its visits are never written.
      if (ids.length && !from?.incognito) void logVisit(req, res.context, ids).catch((err: unknown) => console.warn('[backstory] visit not recorded', err));
      return res;
    },
    warmUp: async () => {
      await knowledge();
      return { ready: true };
    },
    describe: async (req: Req<'describe'>) => {
      const k = await knowledge();
      const byId = await k.entities(req.ids);
      return req.ids.flatMap((id) => {
        const e = byId.get(id);
        return e ? [summary(e, uiLang())] : [];
      });
    },
    getCard: async (req: Req<'getCard'>) => {
      await knowledge(); // the pack must be in IndexedDB before a card is read from it
      return buildCard(db, req.id, req.date, req.uiLang, req.pageIds);
    },
    listNotes: (req: Req<'listNotes'>) => listNotes(db, req.entityId),
    saveNote: (req: Req<'saveNote'>) => saveNote(db, req.note, now()),
    deleteNote: async (req: Req<'deleteNote'>) => ({ deleted: await deleteNote(db, req.id) }),
    // Into the sender's own tab and frame only, whatever it asks: the request names neither.
    loadCard: async (req: Req<'loadCard'>, from?: From) => {
      if (!injectCard || from?.tabId === undefined) return { loaded: false };
      await injectCard({ tabId: from.tabId, frameId: from.frameId ?? 0 }, req.part);
      return { loaded: true };
    },
    ...createCorrectionHandlers({ db, now }),
    ...createNotesHandlers({ db, knowledge, now, ...(invalidateKnowledge ? { invalidateKnowledge } : {}), ...(settings ? { settings } : {}) }),
  };
}

