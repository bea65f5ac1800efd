import { z } from 'zod';

/*
 * Messages for the in-page experience: reader corrections (handled by the
 * background, which owns the database) and the keyboard commands the
 * background forwards to a tab's content script. Kept apart from protocol.ts,
 * which adds them to its unions, so that file stays a short index.
 */

const Term = z.string().min(1).max(500);
const Site = z.string().max(253);

export const CorrectionKind = z.enum(['notEntity', 'ignoreTerm']);
export type CorrectionKind = z.infer<typeof CorrectionKind>;

export const CorrectionView = z.object({
  id: z.string().min(1).max(100),
  kind: CorrectionKind,
  term: Term,
  entityId: z.string().max(200).optional(),
  /** null: everywhere. */
  site: Site.nullable(),
  createdAt: z.number(),
});
export type CorrectionView = z.infer<typeof CorrectionView>;

// Background requests.
export const ListCorrectionsRequest = z.object({
  type: z.literal('listCorrections'),
  /** Only corrections for this site and the global ones; all of them when absent. */
  site: Site.optional(),
});
export const ListCorrectionsResponse = z.array(CorrectionView);

export const AddCorrectionRequest = z.object({
  type: z.literal('addCorrection'),
  kind: CorrectionKind,
  term: Term,
  entityId: z.string().max(200).optional(),
  site: Site.nullable(),
});
export const AddCorrectionResponse = CorrectionView;

export const RemoveCorrectionRequest = z.object({ type: z.literal('removeCorrection'), id: z.string().min(1).max(100) });
export const RemoveCorrectionResponse = z.object({ removed: z.boolean() });

// Content-script requests (sent by the background on a keyboard command).
export const NavigateEntityRequest = z.object({ type: z.literal('navigateEntity'), dir: z.enum(['next', 'previous']) });
export const NavigateEntityResponse = z.object({ focused: z.string().nullable() });

export const ToggleHighlightsRequest = z.object({ type: z.literal('toggleHighlights') });
export const ToggleHighlightsResponse = z.object({ on: z.boolean() });
