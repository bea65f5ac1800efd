import { z } from 'zod';
import { AddCorrectionRequest, ListCorrectionsRequest, RemoveCorrectionRequest, RemoveCorrectionResponse } from './corrections-protocol';
import * as N from './notes-protocol';
import * as P from './page-protocol';

/*
 * Every message between the extension's parts: the index. Each request is one
 * member of a discriminated union on `type`; each has its own response schema.
 * Both sides parse what they receive, so a malformed or unknown message is
 * dropped, never half-handled.
 *
 * A content script's messages are defined in page-protocol.ts (zod/mini, so
 * the script that runs on every page stays small) and the popup's in
 * notes-protocol.ts (classic zod); this file joins them for the background and
 * the popup. A content script must not import it (it would pull in classic zod).
 */

export * from './page-protocol';

// Requests handled by the background, for extension pages only (listing and deleting notes at large).
export const ListNotesRequest = z.object({
  type: z.literal('listNotes'),
  entityId: z.string().max(200).optional(),
});
export const ListNotesResponse = z.array(P.NoteView);

export const DeleteNoteRequest = z.object({ type: z.literal('deleteNote'), id: z.string().max(100) });
export const DeleteNoteResponse = z.object({ deleted: z.boolean() });

export const BackgroundRequest = z.discriminatedUnion('type', [
  P.RecognizeRequest,
  P.WarmUpRequest,
  P.DescribeRequest,
  P.GetCardRequest,
  ListNotesRequest,
  P.SaveNoteRequest,
  DeleteNoteRequest,
  P.LoadCardRequest,
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
  ...P.PageResponses,
  listNotes: ListNotesResponse,
  deleteNote: DeleteNoteResponse,
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

