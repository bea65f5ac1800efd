import * as z from 'zod/mini';

/*
 * Messages for the in-page experience: reader corrections (handled by the
 * background, which owns the database) and the keyboard commands the
 * background forwards to a tab's content script. Kept apart from protocol.ts,
 * which adds them to its unions, so that file stays a short index.
 * In zod/mini, as everything the content script parses (see wire.ts).
 */

const Term = z.string().check(z.minLength(1), z.maxLength(500));
const Site = z.string().check(z.maxLength(253));
const Id = z.string().check(z.minLength(1), z.maxLength(100));

export const CorrectionKind = z.enum(['notEntity', 'ignoreTerm']);
export type CorrectionKind = z.infer<typeof CorrectionKind>;

export const CorrectionView = z.object({
  id: Id,
  kind: CorrectionKind,
  term: Term,
  entityId: z.optional(z.string().check(z.maxLength(200))),
  /** null: everywhere. */
  site: z.nullable(Site),
  createdAt: z.number(),
});
export type CorrectionView = z.infer<typeof CorrectionView>;

// Background requests.
export const ListCorrectionsRequest = z.object({
  type: z.literal('listCorrections'),
  /** Only corrections for this site and the global ones; all of them when absent. */
  site: z.optional(Site),
});
export const ListCorrectionsResponse = z.array(CorrectionView);

export const AddCorrectionRequest = z.object({
  type: z.literal('addCorrection'),
  kind: CorrectionKind,
  term: Term,
  entityId: z.optional(z.string().check(z.maxLength(200))),
  site: z.nullable(Site),
});
export const AddCorrectionResponse = CorrectionView;

export const RemoveCorrectionRequest = z.object({ type: z.literal('removeCorrection'), id: Id });
export const RemoveCorrectionResponse = z.object({ removed: z.boolean() });

// Content-script requests (sent by the background on a keyboard command).
export const NavigateEntityRequest = z.object({ type: z.literal('navigateEntity'), dir: z.enum(['next', 'previous']) });
export const NavigateEntityResponse = z.object({ focused: z.nullable(z.string()) });

export const ToggleHighlightsRequest = z.object({ type: z.literal('toggleHighlights') });
export const ToggleHighlightsResponse = z.object({ on: z.boolean() });
