import { z } from 'zod';
import { NoteRecord, NoteSelectors } from '../db/records';
import { EntityType, IsoDate } from '../pack/schema';
import * as P from './page-protocol';

/*
 * Messages for the popup and notes: the notes model (checked saves, undo,
 * anchors), the reader's own entities, the cached facts, export and import.
 * protocol.ts adds these to its unions; this file must not import protocol.ts
 * (the two would be half-initialised when one loads the other).
 *
 * Only extension pages and the background use these, so they stay in classic
 * zod. The few a content script sends or answers are in page-protocol.ts (zod/mini,
 * which a content script can afford) and re-exported here.
 */

const Text = (max: number) => z.string().max(max);
const Url = z.string().max(4096);

/** A note as the card and the popup send it (protocol.ts re-exports it). */
export const NoteInput = P.NoteInput;
export type NoteInput = P.NoteInput;

/** A note from the popup's editor, which may carry the quote's anchors. */
export const NoteDraft = z.object({ ...NoteInput.shape, selectors: NoteSelectors.optional() });
export type NoteDraft = z.infer<typeof NoteDraft>;

export const SaveResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), note: NoteRecord }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['conflict', 'quota', 'invalid']),
    current: NoteRecord.optional(),
    message: Text(500).optional(),
  }),
]);
export type SaveResultView = z.infer<typeof SaveResult>;

export const EntityRef = z.object({ label: Text(500), type: EntityType, qid: Text(20).optional() });

export const QueryNotesRequest = z.object({
  type: z.literal('queryNotes'),
  q: Text(500).default(''),
  entityId: Text(200).optional(),
  site: Text(253).optional(),
  tag: Text(100).optional(),
  /** Only quote notes whose passage was not found on their page the last time it was checked. */
  orphaned: z.boolean().optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(1000).default(50),
  /** Also count the values the filters offer. */
  facets: z.boolean().default(false),
  uiLang: Text(20),
});
const Facet = z.tuple([Text(4096), z.number().int()]);
export const QueryNotesResponse = z.object({
  /** All notes, and those matching. */
  total: z.number().int().nonnegative(),
  matched: z.number().int().nonnegative(),
  notes: z.array(NoteRecord),
  /** The entities the returned notes (and the entity facet) name, for display. */
  entities: z.record(z.string(), EntityRef),
  facets: z.object({ entities: z.array(Facet), sites: z.array(Facet), tags: z.array(Facet) }).optional(),
});
export type QueryNotesResponse = z.infer<typeof QueryNotesResponse>;

export const UpsertNoteRequest = z.object({
  type: z.literal('upsertNote'),
  note: NoteDraft,
  /** The `updatedAt` the editor started from; absent for a new note. */
  baseUpdatedAt: z.number().optional(),
});
export const RestoreNoteRequest = z.object({ type: z.literal('restoreNote'), note: NoteRecord });

export const SetNoteAnchorsRequest = z.object({
  type: z.literal('setNoteAnchors'),
  results: z
    .array(z.object({ id: Text(100), start: z.number().int().nonnegative().optional(), end: z.number().int().nonnegative().optional(), orphaned: z.boolean() }))
    .max(10_000),
});
export const SetNoteAnchorsResponse = z.object({ updated: z.number().int() });

export const NoteFromSelectionRequest = z.object({
  type: z.literal('noteFromSelection'),
  tabId: z.number().int().nonnegative(),
  frameId: z.number().int().nonnegative().optional(),
  /** What the browser reports as selected: the fallback when the page can't be asked. */
  selectionText: Text(5000),
  pageUrl: Url.optional(),
  /** When given, the note is saved at once; otherwise only the draft comes back. */
  text: Text(100_000).optional(),
  tags: z.array(Text(100)).max(50).optional(),
});
export const NoteFromSelectionResponse = z.object({ draft: NoteDraft, saved: SaveResult.optional() });

export const AddUserEntityRequest = z.object({
  type: z.literal('addUserEntity'),
  label: z.string().trim().min(2).max(200),
  aliases: z.array(z.string().trim().min(2).max(200)).max(50).default([]),
  entityType: EntityType.default('person'),
});
export const AddUserEntityResponse = z.object({ id: Text(200), label: Text(500), type: EntityType, created: z.boolean() });

export const SearchEntitiesRequest = z.object({
  type: z.literal('searchEntities'),
  q: Text(200),
  entityType: EntityType.optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(500).default(50),
  uiLang: Text(20),
});
export const EntityRow = z.object({
  id: Text(200),
  type: EntityType,
  label: Text(500),
  origin: z.enum(['pack', 'user', 'online']),
  /** Articles it was seen in. */
  seen: z.number().int().nonnegative(),
});
export type EntityRow = z.infer<typeof EntityRow>;
export const SearchEntitiesResponse = z.object({ total: z.number().int().nonnegative(), items: z.array(EntityRow) });

export const EntityDetailRequest = z.object({ type: z.literal('entityDetail'), id: Text(200), uiLang: Text(20) });
export const DetailFact = z.object({
  p: Text(100),
  value: Text(2000),
  q: Text(500).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  source: Text(500),
  sourceUrl: Text(2000).optional(),
  asOf: IsoDate,
});
export const EntityDetailResponse = z
  .object({
    id: Text(200),
    type: EntityType,
    label: Text(500),
    desc: Text(2000).optional(),
    origin: z.enum(['pack', 'user', 'online']),
    facts: z.array(DetailFact),
    visits: z.array(z.object({ url: Url, title: Text(2000), seenAt: z.number() })),
  })
  .nullable();
export type EntityDetail = z.infer<typeof EntityDetailResponse>;

export const CacheInfoRequest = z.object({ type: z.literal('cacheInfo') });
export const CacheInfoResponse = z.object({
  packEntities: z.number().int(),
  userEntities: z.number().int(),
  onlineEntities: z.number().int(),
  visits: z.number().int(),
  notes: z.number().int(),
});
export const ClearCacheRequest = z.object({ type: z.literal('clearCache') });
export const ClearCacheResponse = z.object({ removedEntities: z.number().int(), removedVisits: z.number().int(), packReloaded: z.boolean() });
/** "Clear history" in Settings: the visit log only (never notes, corrections or the pack). */
export const ClearHistoryRequest = z.object({ type: z.literal('clearHistory') });
export const ClearHistoryResponse = z.object({ removedVisits: z.number().int() });

export const ExportDataRequest = z.object({ type: z.literal('exportData'), format: z.enum(['backstory', 'webannotation', 'markdown']), uiLang: Text(20) });
export const ExportDataResponse = z.object({ filename: Text(200), mime: Text(100), text: z.string() });

/** Import text is capped a little above the parser's own limit, so an oversized file gets a clear answer. */
export const ImportDataRequest = z.object({
  type: z.literal('importData'),
  text: z.string().max(21 * 1024 * 1024),
  /** Import the valid records even though some were rejected (the default is all or nothing). */
  skipRejected: z.boolean().default(false),
});
export const ReportLine = z.object({
  kind: z.enum(['note', 'userEntity', 'correction', 'settings']),
  id: Text(200),
  outcome: z.enum(['added', 'updated', 'unchanged', 'rejected']),
  reason: Text(500).optional(),
});
export const ImportDataResponse = z.object({
  applied: z.boolean(),
  error: Text(1000).optional(),
  report: z.array(ReportLine),
});
export type ImportDataResponse = z.infer<typeof ImportDataResponse>;

/*
 * The reader's correction of a page's language and date: the message schema
 * (page-protocol.ts) over the same fields, as a classic schema for the
 * background, which reads it from the database with classic methods.
 */
export const PageContext = z.object(P.PageContext.shape);
export const SetPageContextRequest = z.object({ type: z.literal('setPageContext'), url: Url, context: PageContext.nullable() });
export const SetPageContextResponse = z.object({ saved: z.boolean() });
export const GetPageContextRequest = z.object({ type: z.literal('getPageContext'), url: Url });
export const GetPageContextResponse = PageContext.nullable();

// Content-script requests: their schemas are page-protocol.ts's.
export {
  AnchorNotesRequest,
  AnchorNotesResponse,
  ApplyPageContextRequest,
  ApplyPageContextResponse,
  GetSelectionContextRequest,
  GetSelectionContextResponse,
} from './page-protocol';
/** The selection's context as the content script answers it, for the background (which reads it with classic methods). */
export const SelectionContextView = z.object(P.SelectionContextView.shape);

/** The part of a tab's page state a selection note needs (the full schema lives in page-protocol.ts). */
export const GetPageStateResponseLoose = z.object({ url: Url, title: Text(2000) });
