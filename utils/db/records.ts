import { z } from 'zod';
import { Entity } from '../pack/schema';

/** An entity as cached in IndexedDB: a pack entity, or one a reader or an online lookup added. */
export const EntityRecord = Entity.extend({
  origin: z.enum(['pack', 'user', 'online']),
  packVersion: z.string().optional(),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

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
