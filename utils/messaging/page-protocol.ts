import * as z from 'zod/mini';
import {
  AddCorrectionRequest,
  AddCorrectionResponse,
  ListCorrectionsRequest,
  ListCorrectionsResponse,
  NavigateEntityRequest,
  NavigateEntityResponse,
  ToggleHighlightsRequest,
  ToggleHighlightsResponse,
} from './corrections-protocol';
import { Count, EntityType, IsoDate, NoteSelectors, Text, Url } from './wire';

/*
 * The messages of a page's content script: those it sends the background and
 * those it answers. Each request has its own schema, and each its response's;
 * both sides parse what they receive, so a malformed or unknown message is
 * dropped, never half-handled. protocol.ts adds these to the background's and
 * the popup's unions.
 *
 * In zod/mini, and free of any module that imports classic zod (see wire.ts):
 * the content script runs on every page and takes only these.
 */

export const Mention = z.object({
  block: Count(),
  start: Count(),
  end: Count(),
  id: Text(200),
  surface: Text(500),
});
export type Mention = z.infer<typeof Mention>;

export const EntitySummary = z.object({
  id: Text(200),
  type: EntityType,
  label: Text(500),
  desc: z.optional(Text(2000)),
  metonymOf: z.optional(Text(200)),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** A note as the card and the popup send it. */
export const NoteInput = z.object({
  id: z.optional(Text(100)),
  entityId: z.optional(Text(200)),
  url: z.optional(Url),
  pageTitle: z.optional(Text(2000)),
  quote: z.optional(Text(5000)),
  text: Text(100_000),
  tags: z._default(z.array(Text(100)).check(z.maxLength(50)), []),
});
export type NoteInput = z.infer<typeof NoteInput>;

export const NoteView = z.object({
  id: Text(100),
  entityId: z.optional(Text(200)),
  url: z.optional(Url),
  pageTitle: z.optional(Text(2000)),
  quote: z.optional(Text(5000)),
  text: Text(100_000),
  tags: z.array(Text(100)),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type NoteView = z.infer<typeof NoteView>;

export const FactView = z.object({
  p: Text(100),
  value: Text(2000),
  refId: z.optional(Text(200)),
  q: z.optional(Text(500)),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  source: Text(500),
  sourceUrl: z.optional(Text(2000)),
  credit: z.optional(Text(500)),
  asOf: IsoDate,
  /** Whether the fact held on the article's date (when one is known). */
  heldOnDate: z.optional(z.boolean()),
});
export type FactView = z.infer<typeof FactView>;

/** A link between the card's entity and another entity on the same page (either direction). */
export const RelationView = z.object({
  id: Text(200),
  type: EntityType,
  label: Text(500),
  p: Text(100),
  q: z.optional(Text(500)),
  /** out: a fact of the card's entity names the other; in: a fact of the other names the card's entity. */
  dir: z.enum(['out', 'in']),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
export type RelationView = z.infer<typeof RelationView>;

export const EntityCard = z.object({
  entity: z.object({
    ...EntitySummary.shape,
    qid: z.optional(Text(20)),
    /** Treaties: what the treaty establishes, in the UI language. */
    summary: z.optional(Text(2000)),
    /*
     * Its label in each of the pack's languages, by language code. An object
     * whose every property is a bounded string: the same check as a
     * z.record(z.string(), …), which would add 2 KB of zod to every page.
     */
    labels: z.catchall(z.object({}), Text(500)),
  }),
  facts: z.array(FactView),
  notes: z.array(NoteView),
  /** Present when the request named the page's entities. */
  relations: z.optional(z.array(RelationView)),
});
export type EntityCard = z.infer<typeof EntityCard>;

export const PageEntity = z.object({ ...EntitySummary.shape, count: z.number().check(z.int(), z.positive()) });
export type PageEntity = z.infer<typeof PageEntity>;

/** A recognize request's bounds; the content script splits a page beyond them across several requests. */
export const RECOGNIZE_MAX_BLOCKS = 20_000;
export const RECOGNIZE_MAX_BLOCK_CHARS = 200_000;

// Requests handled by the background.
export const RecognizeRequest = z.object({
  type: z.literal('recognize'),
  url: Url,
  title: Text(2000),
  lang: z.nullable(Text(20)),
  date: z.nullable(IsoDate),
  blocks: z.array(Text(RECOGNIZE_MAX_BLOCK_CHARS)).check(z.maxLength(RECOGNIZE_MAX_BLOCKS)),
  /** Only changed blocks of a page already recognised (dynamic pages). */
  incremental: z.optional(z.boolean()),
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
    entities: z.array(EntityRef).check(z.maxLength(20_000)),
    spans: z.array(Count()).check(z.maxLength(800_000)),
    /** The language and date recognition used: the page's, or the reader's correction of them. */
    context: z.optional(z.object({ lang: z.nullable(Text(20)), date: z.nullable(IsoDate), corrected: z.boolean() })),
  })
  .check(
    z.refine((r) => r.spans.length % 4 === 0 && r.spans.every((v, i) => i % 4 !== 3 || v < r.entities.length), {
      message: 'spans must be [block, start, end, entity] quadruples naming a listed entity',
    }),
  );
export type RecognizeResponse = z.infer<typeof RecognizeResponse>;

/** Wakes the background and has it load its matcher (sent at document_start, before the page is read). */
export const WarmUpRequest = z.object({ type: z.literal('warmUp') });
export const WarmUpResponse = z.object({ ready: z.boolean() });

export const DescribeRequest = z.object({
  type: z.literal('describe'),
  ids: z.array(Text(200)).check(z.maxLength(20_000)),
});
export const DescribeResponse = z.array(EntitySummary);

export const GetCardRequest = z.object({
  type: z.literal('getCard'),
  id: Text(200),
  date: z.nullable(IsoDate),
  uiLang: Text(20),
  /** The other entities on the page, for the card's relations. */
  pageIds: z.optional(z.array(Text(200)).check(z.maxLength(2000))),
});
export const GetCardResponse = z.nullable(EntityCard);

export const SaveNoteRequest = z.object({ type: z.literal('saveNote'), note: NoteInput });
export const SaveNoteResponse = NoteView;

/**
 * The card's code (or the notes' part of it: finding quotes and the selection
 * for the popup), asked for the first time a page needs it: the background runs
 * it in the sender's own frame, beside the content script (see
 * utils/content/card-loader.ts). Nothing in it names a tab or a file: the tab
 * and frame are the sender's, and each part is one file of the extension.
 */
export const CARD_PARTS = ['card', 'notes'] as const;
export type CardPart = (typeof CARD_PARTS)[number];
export const LoadCardRequest = z.object({ type: z.literal('loadCard'), part: z.enum(CARD_PARTS) });
export const LoadCardResponse = z.object({ loaded: z.boolean() });

/** What the content script may ask the background, and the answer it checks each against. */
export const PageResponses = {
  recognize: RecognizeResponse,
  warmUp: WarmUpResponse,
  describe: DescribeResponse,
  getCard: GetCardResponse,
  saveNote: SaveNoteResponse,
  listCorrections: ListCorrectionsResponse,
  addCorrection: AddCorrectionResponse,
  loadCard: LoadCardResponse,
} as const;
export type PageRequest =
  | z.infer<typeof RecognizeRequest>
  | z.infer<typeof WarmUpRequest>
  | z.infer<typeof DescribeRequest>
  | z.infer<typeof GetCardRequest>
  | z.input<typeof SaveNoteRequest>
  | z.infer<typeof ListCorrectionsRequest>
  | z.infer<typeof AddCorrectionRequest>
  | z.infer<typeof LoadCardRequest>;

// Requests handled by a tab's content script (from the popup and the background).
export const GetPageStateRequest = z.object({ type: z.literal('getPageState') });
export const PageState = z.object({
  url: Url,
  title: Text(2000),
  lang: z.nullable(Text(20)),
  date: z.nullable(IsoDate),
  entities: z.array(PageEntity),
});
export type PageState = z.infer<typeof PageState>;

export const ShowEntityRequest = z.object({ type: z.literal('showEntity'), id: Text(200) });
export const ShowEntityResponse = z.object({ shown: z.boolean() });

/** The reader's correction of a page's language and date. */
export const PageContext = z.object({ lang: z.nullable(Text(20)), date: z.nullable(IsoDate) });

export const GetSelectionContextRequest = z.object({ type: z.literal('getSelectionContext') });
export const SelectionContextView = z.object({
  exact: Text(5000),
  prefix: Text(200),
  suffix: Text(200),
  start: Count(),
  end: Count(),
});
export const GetSelectionContextResponse = z.nullable(SelectionContextView);

export const AnchorNotesRequest = z.object({
  type: z.literal('anchorNotes'),
  notes: z.array(z.object({ id: Text(100), selectors: NoteSelectors })).check(z.maxLength(2000)),
});
export const AnchorNotesResponse = z.object({
  results: z.array(z.object({ id: Text(100), start: z.optional(z.number().check(z.int())), end: z.optional(z.number().check(z.int())), orphaned: z.boolean() })),
});

/** Applies the reader's corrected language and date to the open page (the content script may not handle it yet). */
export const ApplyPageContextRequest = z.object({ type: z.literal('applyPageContext'), context: z.nullable(PageContext) });
export const ApplyPageContextResponse = z.object({ applied: z.boolean() });

/** The content script's requests by type: its router picks the schema by `type` (see router.ts). */
export const ContentRequests = {
  getPageState: GetPageStateRequest,
  showEntity: ShowEntityRequest,
  navigateEntity: NavigateEntityRequest,
  toggleHighlights: ToggleHighlightsRequest,
  getSelectionContext: GetSelectionContextRequest,
  anchorNotes: AnchorNotesRequest,
  applyPageContext: ApplyPageContextRequest,
} as const;
/** The same requests as one union, for their senders' types (and tests). */
export const ContentRequest = z.discriminatedUnion('type', [
  GetPageStateRequest,
  ShowEntityRequest,
  NavigateEntityRequest,
  ToggleHighlightsRequest,
  GetSelectionContextRequest,
  AnchorNotesRequest,
  ApplyPageContextRequest,
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const ContentResponses = {
  getPageState: PageState,
  showEntity: ShowEntityResponse,
  navigateEntity: NavigateEntityResponse,
  toggleHighlights: ToggleHighlightsResponse,
  getSelectionContext: GetSelectionContextResponse,
  anchorNotes: AnchorNotesResponse,
  applyPageContext: ApplyPageContextResponse,
} as const;
