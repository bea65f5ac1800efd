import { z } from 'zod';
import { Entity } from '../pack/schema';

/** An entity as cached in IndexedDB: a pack entity, or one a reader or an online lookup added. */
export const EntityRecord = Entity.extend({
  origin: z.enum(['pack', 'user', 'online']),
  packVersion: z.string().optional(),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

/** W3C Web Annotation selectors for a quote note: what was selected, with context, and where. */
export const NoteSelectors = z.object({
  quote: z.object({ exact: z.string().min(1).max(5000), prefix: z.string().max(200), suffix: z.string().max(200) }),
  position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type NoteSelectors = z.infer<typeof NoteSelectors>;

export const NoteRecord = z.object({
  id: z.string().min(1).max(100),
  entityId: z.string().max(200).optional(),
  url: z.string().max(4096).optional(),
  pageTitle: z.string().max(2000).optional(),
  quote: z.string().max(5000).optional(),
  /** Hostname of `url`, kept for the site filter. */
  site: z.string().max(253).optional(),
  text: z.string().max(100_000),
  tags: z.array(z.string().max(100)),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Quote notes only. */
  selectors: NoteSelectors.optional(),
  /** Set when the quote was last looked for on its page and not found; the note is kept and listed as orphaned. */
  orphaned: z.boolean().optional(),
});
export type NoteRecord = z.infer<typeof NoteRecord>;

export const VisitRecord = z.object({
  url: z.string().max(4096),
  title: z.string().max(2000),
  lang: z.string().max(20).nullable(),
  date: z.string().nullable(),
  entityIds: z.array(z.string()),
  seenAt: z.number(),
});
export type VisitRecord = z.infer<typeof VisitRecord>;

export const MetaRecord = z.object({ key: z.string(), value: z.unknown() });
export type MetaRecord = z.infer<typeof MetaRecord>;

/**
 * A reader's correction: "not this entity" (this surface does not mean
 * `entityId`) or "don't highlight this term", on one site or (site null) everywhere.
 */
export const CorrectionRecord = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['notEntity', 'ignoreTerm']),
  term: z.string().min(1).max(500),
  entityId: z.string().max(200).optional(),
  site: z.string().max(253).nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CorrectionRecord = z.infer<typeof CorrectionRecord>;
