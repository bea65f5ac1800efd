import { z } from 'zod';
import { EntityType, IsoDate } from '../pack/schema';
import {
  AddCorrectionRequest,
  AddCorrectionResponse,
  ListCorrectionsRequest,
  ListCorrectionsResponse,
  NavigateEntityRequest,
  NavigateEntityResponse,
  RemoveCorrectionRequest,
  RemoveCorrectionResponse,
  ToggleHighlightsRequest,
  ToggleHighlightsResponse,
} from './corrections-protocol';
import * as N from './notes-protocol';

// Extension pages and content scripts forbid eval by CSP; zod's compiled
// parsers would try it (and log a violation) before falling back.
z.config({ jitless: true });

/*
 * Every message between the extension's parts. Each request is one member of a
 * discriminated union on `type`; each has its own response schema. Both sides
 * parse what they receive, so a malformed or unknown message is dropped, never
 * half-handled.
 */

const Text = (max: number) => z.string().max(max);
const Url = z.string().max(4096);

export const Mention = z.object({
  block: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  id: Text(200),
  surface: Text(500),
});
export type Mention = z.infer<typeof Mention>;

export const EntitySummary = z.object({
  id: Text(200),
  type: EntityType,
  label: Text(500),
  desc: Text(2000).optional(),
  metonymOf: Text(200).optional(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const NoteInput = N.NoteInput;
export type NoteInput = N.NoteInput;

export const NoteView = z.object({
  id: Text(100),
  entityId: Text(200).optional(),
  url: Url.optional(),
  pageTitle: Text(2000).optional(),
  quote: Text(5000).optional(),
  text: Text(100_000),
  tags: z.array(Text(100)),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type NoteView = z.infer<typeof NoteView>;

export const FactView = z.object({
  p: Text(100),
  value: Text(2000),
  refId: Text(200).optional(),
  q: Text(500).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  source: Text(500),
  sourceUrl: Text(2000).optional(),
  credit: Text(500).optional(),
  asOf: IsoDate,
  /** Whether the fact held on the article's date (when one is known). */
  heldOnDate: z.boolean().optional(),
});
export type FactView = z.infer<typeof FactView>;

/** A link between the card's entity and another entity on the same page (either direction). */
export const RelationView = z.object({
  id: Text(200),
  type: EntityType,
  label: Text(500),
  p: Text(100),
  q: Text(500).optional(),
  /** out: a fact of the card's entity names the other; in: a fact of the other names the card's entity. */
  dir: z.enum(['out', 'in']),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type RelationView = z.infer<typeof RelationView>;

export const EntityCard = z.object({
  entity: EntitySummary.extend({
    qid: Text(20).optional(),
    /** Treaties: what the treaty establishes, in the UI language. */
    summary: Text(2000).optional(),
    labels: z.record(z.string(), Text(500)),
  }),
  facts: z.array(FactView),
  notes: z.array(NoteView),
  /** Present when the request named the page's entities. */
  relations: z.array(RelationView).optional(),
});
export type EntityCard = z.infer<typeof EntityCard>;

export const PageEntity = EntitySummary.extend({ count: z.number().int().positive() });
export type PageEntity = z.infer<typeof PageEntity>;

/** A recognize request's bounds; the content script splits a page beyond them across several requests. */
export const RECOGNIZE_MAX_BLOCKS = 20_000;
export const RECOGNIZE_MAX_BLOCK_CHARS = 200_000;

// Requests handled by the background.
export const RecognizeRequest = z.object({
  type: z.literal('recognize'),
  url: Url,
  title: Text(2000),
  lang: Text(20).nullable(),
  date: IsoDate.nullable(),
  blocks: z.array(Text(RECOGNIZE_MAX_BLOCK_CHARS)).max(RECOGNIZE_MAX_BLOCKS),
  /** Only changed blocks of a page already recognised (dynamic pages). */
  incremental: z.boolean().optional(),
});
/** What the highlighter needs of an entity: its type. Labels and descriptions come after the paint (describe). */
export const EntityRef = z.object({ id: Text(200), type: EntityType });
export type EntityRef = z.infer<typeof EntityRef>;
/*
 * Mentions travel as flat quadruples [block, start, end, index into entities]:
 * a page can hold hundreds, and a number array crosses the channel and its
 * schema check several times faster than as many objects. The surface is the
 * block's own text, which the page already has.
 */
export const RecognizeResponse = z
  .object({
    entities: z.array(EntityRef).max(20_000),
    spans: z.array(z.number().int().nonnegative()).max(800_000),
    /** The language and date recognition used: the page's, or the reader's correction of them. */
    context: z.object({ lang: Text(20).nullable(), date: IsoDate.nullable(), corrected: z.boolean() }).optional(),
  })
  .refine((r) => r.spans.length % 4 === 0 && r.spans.every((v, i) => i % 4 !== 3 || v < r.entities.length), {
    message: 'spans must be [block, start, end, entity] quadruples naming a listed entity',
  });
export type RecognizeResponse = z.infer<typeof RecognizeResponse>;

/** Wakes the background and has it load its matcher (sent at document_start, before the page is read). */
export const WarmUpRequest = z.object({ type: z.literal('warmUp') });
export const WarmUpResponse = z.object({ ready: z.boolean() });

export const DescribeRequest = z.object({
  type: z.literal('describe'),
  ids: z.array(Text(200)).max(20_000),
});
export const DescribeResponse = z.array(EntitySummary);

export const GetCardRequest = z.object({
  type: z.literal('getCard'),
  id: Text(200),
  date: IsoDate.nullable(),
  uiLang: Text(20),
  /** The other entities on the page, for the card's relations. */
  pageIds: z.array(Text(200)).max(2000).optional(),
});
export const GetCardResponse = EntityCard.nullable();

export const ListNotesRequest = z.object({
  type: z.literal('listNotes'),
  entityId: Text(200).optional(),
});
export const ListNotesResponse = z.array(NoteView);

export const SaveNoteRequest = z.object({ type: z.literal('saveNote'), note: NoteInput });
export const SaveNoteResponse = NoteView;

export const DeleteNoteRequest = z.object({ type: z.literal('deleteNote'), id: Text(100) });
export const DeleteNoteResponse = z.object({ deleted: z.boolean() });

export const BackgroundRequest = z.discriminatedUnion('type', [
  RecognizeRequest,
  WarmUpRequest,
  DescribeRequest,
  GetCardRequest,
  ListNotesRequest,
  SaveNoteRequest,
  DeleteNoteRequest,
  ListCorrectionsRequest,
  AddCorrectionRequest,
  RemoveCorrectionRequest,
  N.QueryNotesRequest,
  N.UpsertNoteRequest,
  N.RestoreNoteRequest,
  N.SetNoteAnchorsRequest,
  N.NoteFromSelectionRequest,
  N.AddUserEntityRequest,
  N.SearchEntitiesRequest,
  N.EntityDetailRequest,
  N.CacheInfoRequest,
  N.ClearCacheRequest,
  N.ClearHistoryRequest,
  N.ExportDataRequest,
  N.ImportDataRequest,
  N.SetPageContextRequest,
  N.GetPageContextRequest,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const BackgroundResponses = {
  recognize: RecognizeResponse,
  warmUp: WarmUpResponse,
  describe: DescribeResponse,
  getCard: GetCardResponse,
  listNotes: ListNotesResponse,
  saveNote: SaveNoteResponse,
  deleteNote: DeleteNoteResponse,
  listCorrections: ListCorrectionsResponse,
  addCorrection: AddCorrectionResponse,
  removeCorrection: RemoveCorrectionResponse,
  queryNotes: N.QueryNotesResponse,
  upsertNote: N.SaveResult,
  restoreNote: N.SaveResult,
  setNoteAnchors: N.SetNoteAnchorsResponse,
  noteFromSelection: N.NoteFromSelectionResponse,
  addUserEntity: N.AddUserEntityResponse,
  searchEntities: N.SearchEntitiesResponse,
  entityDetail: N.EntityDetailResponse,
  cacheInfo: N.CacheInfoResponse,
  clearCache: N.ClearCacheResponse,
  clearHistory: N.ClearHistoryResponse,
  exportData: N.ExportDataResponse,
  importData: N.ImportDataResponse,
  setPageContext: N.SetPageContextResponse,
  getPageContext: N.GetPageContextResponse,
} as const;

// Requests handled by a tab's content script (from the popup).
export const GetPageStateRequest = z.object({ type: z.literal('getPageState') });
export const PageState = z.object({
  url: Url,
  title: Text(2000),
  lang: Text(20).nullable(),
  date: IsoDate.nullable(),
  entities: z.array(PageEntity),
});
export type PageState = z.infer<typeof PageState>;

export const ShowEntityRequest = z.object({ type: z.literal('showEntity'), id: Text(200) });
export const ShowEntityResponse = z.object({ shown: z.boolean() });

export const ContentRequest = z.discriminatedUnion('type', [
  GetPageStateRequest,
  ShowEntityRequest,
  NavigateEntityRequest,
  ToggleHighlightsRequest,
  N.GetSelectionContextRequest,
  N.AnchorNotesRequest,
  N.ApplyPageContextRequest,
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const ContentResponses = {
  getPageState: PageState,
  showEntity: ShowEntityResponse,
  navigateEntity: NavigateEntityResponse,
  toggleHighlights: ToggleHighlightsResponse,
  getSelectionContext: N.GetSelectionContextResponse,
  anchorNotes: N.AnchorNotesResponse,
  applyPageContext: N.ApplyPageContextResponse,
} as const;
