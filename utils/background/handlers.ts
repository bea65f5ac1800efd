import { buildCard, labelIn } from '../cards/build-card';
import type { BackstoryDb } from '../db/database';
import { createCorrectionHandlers } from './corrections-handlers';
import { createNotesHandlers } from './notes-handlers';
import { deleteNote, listNotes, saveNote } from '../db/notes';
import type { BackgroundRequest, EntitySummary } from '../messaging/protocol';
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

/** The background's answers, one per request type; kept free of `browser` so tests can call them directly. */
export function createHandlers({ db, knowledge, uiLang, now = Date.now, invalidateKnowledge, measure }: BackgroundDeps) {
  const recordVisit = (req: Req<'recognize'>, ids: string[]) =>
    db.transaction('rw', db.visits, async () => {
      if (req.incremental) {
        // A rescan of changed blocks adds to the page's visit rather than replacing it.
        const prev = await db.visits.get(req.url);
        if (prev) ids.unshift(...prev.entityIds.filter((id) => !ids.includes(id)));
      }
      await db.visits.put({ url: req.url, title: req.title, lang: req.lang, date: req.date, entityIds: ids, seenAt: now() });
    });
  return {
    recognize: async (req: Req<'recognize'>) => {
      const k = await knowledge();
      const t0 = performance.now();
      const { mentions } = recognise(k.matcher, { blocks: req.blocks, lang: req.lang, date: req.date });
      measure?.('recognise', t0);
      // The page is painted from the matcher alone; reading entities from the database waits for `describe`.
      const res = packMentions(mentions, (id) => entityType(k.matcher, id));
      const ids = res.entities.map((e) => e.id);
      // The page waits for its highlights, not for the visit log: the write goes on after the answer.
      if (ids.length) void recordVisit(req, ids).catch((err: unknown) => console.warn('[backstory] visit not recorded', err));
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
    ...createCorrectionHandlers({ db, now }),
    ...createNotesHandlers({ db, knowledge, now, ...(invalidateKnowledge ? { invalidateKnowledge } : {}) }),
  };
}

