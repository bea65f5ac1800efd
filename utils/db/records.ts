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

/**
 * One answer fetched online (a Wikidata search, an entity, a Wikipedia summary), kept in its own
 * table so that clearing or evicting it never touches notes, the pack or anything else. `value`
 * is what the API answered, already checked against its zod schema when fetched; readers check
 * it again (utils/online/cache.ts), since a stored value may predate a schema change.
 */
export const OnlineCacheRecord = z.object({
  /** `<kind>:<language>:<query>`, e.g. "search:en:kaja kallas", "entity:Q7747", "summary:it:Vladimir_Putin". */
  key: z.string().min(1).max(600),
  kind: z.enum(['search', 'entity', 'summary']),
  /** What was sent to get it (a name, a QID or a page title), as Settings lists it. */
  query: z.string().min(1).max(500),
  /** "notFound" records an empty answer, so the same name is not asked again for a while. */
  status: z.enum(['found', 'notFound']),
  value: z.unknown(),
  fetchedAt: z.number(),
  /** Last read or written, for least-recently-used eviction. */
  usedAt: z.number(),
  /** Approximate size in characters of the stored JSON, for the cache's size cap. */
  size: z.number().int().nonnegative(),
});
export type OnlineCacheRecord = z.infer<typeof OnlineCacheRecord>;
