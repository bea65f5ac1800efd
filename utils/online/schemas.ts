import { z } from 'zod';
import { WebUrl } from '../pack/schema';

/*
 * The shapes of the Wikimedia responses the online layer reads, one schema per response, after the
 * APIs' documentation (Wikibase's "JSON" topic for entities, MediaWiki's Specs/Summary for the REST
 * summary, the wbsearchentities module's output). Only the fields used are required; anything else
 * may come and go without breaking a lookup, but a response without what is needed is rejected
 * whole, never half-read.
 */

/**
 * PHP serialises an empty map as `[]` in some API output; read it as the empty map it means.
 * Anything else that is not a record still fails.
 */
const mapOf = <T extends z.ZodType>(value: T) =>
  z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), z.record(z.string(), value));

export const Term = z.object({ language: z.string(), value: z.string() });
export type Term = z.infer<typeof Term>;

/** A snak's value stays unparsed here: entities carry dozens of datatypes, and only a few are read (see `entityIdOf`, `timeOf`). */
export const DataValue = z.object({ type: z.string(), value: z.unknown() });

export const Snak = z.object({
  snaktype: z.enum(['value', 'somevalue', 'novalue']),
  property: z.string(),
  datatype: z.string().optional(),
  datavalue: DataValue.optional(),
});
export type Snak = z.infer<typeof Snak>;

export const Statement = z.object({
  id: z.string().optional(),
  type: z.string().optional(),
  rank: z.enum(['preferred', 'normal', 'deprecated']).optional(),
  mainsnak: Snak,
  qualifiers: mapOf(z.array(Snak)).optional(),
  'qualifiers-order': z.array(z.string()).optional(),
  references: z.array(z.unknown()).optional(),
});
export type Statement = z.infer<typeof Statement>;

export const Sitelink = z.object({
  site: z.string(),
  title: z.string(),
  badges: z.array(z.string()).optional(),
  url: z.string().optional(),
});

export const WikidataEntity = z.object({
  id: z.string().regex(/^[QP][1-9]\d*$/),
  type: z.string(),
  labels: mapOf(Term).optional(),
  descriptions: mapOf(Term).optional(),
  aliases: mapOf(z.array(Term)).optional(),
  claims: mapOf(z.array(Statement)).optional(),
  sitelinks: mapOf(Sitelink).optional(),
  lastrevid: z.number().optional(),
  modified: z.string().optional(),
});
export type WikidataEntity = z.infer<typeof WikidataEntity>;

/** wbgetentities names an id it has no item for: `missing` is "" in format version 1 and true in version 2. */
export const MissingEntity = z.object({ id: z.string(), missing: z.union([z.literal(''), z.literal(true)]) });

/** wbgetentities, and Special:EntityData/<QID>.json, which answers in the same envelope. */
export const GetEntitiesResponse = z.object({
  entities: z.record(z.string(), z.union([MissingEntity, WikidataEntity])),
  success: z.number().optional(),
});
export type GetEntitiesResponse = z.infer<typeof GetEntitiesResponse>;

const DisplayTerm = z.object({ value: z.string(), language: z.string() });

export const SearchHit = z.object({
  id: z.string().regex(/^Q[1-9]\d*$/),
  title: z.string().optional(),
  pageid: z.number().optional(),
  concepturi: z.string().optional(),
  repository: z.string().optional(),
  url: z.string().optional(),
  display: z.object({ label: DisplayTerm.optional(), description: DisplayTerm.optional() }).optional(),
  label: z.string().optional(),
  description: z.string().optional(),
  match: z.object({ type: z.string(), language: z.string().optional(), text: z.string() }).optional(),
  aliases: z.array(z.string()).optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchEntitiesResponse = z.object({
  searchinfo: z.object({ search: z.string() }).optional(),
  search: z.array(SearchHit),
  'search-continue': z.number().optional(),
  success: z.number(),
});
export type SearchEntitiesResponse = z.infer<typeof SearchEntitiesResponse>;

/** The action API's error envelope (answered with HTTP 200 for most errors, maxlag included). */
export const ApiErrorResponse = z.object({
  error: z.looseObject({ code: z.string(), info: z.string().optional(), lag: z.number().optional() }),
});

const Image = z.object({ source: WebUrl, width: z.number(), height: z.number() });
const PageUrls = z.looseObject({ page: WebUrl });

/** The REST page/summary (Specs/Summary 1.x). */
export const PageSummary = z.object({
  type: z.string(),
  title: z.string(),
  displaytitle: z.string().optional(),
  titles: z.object({ canonical: z.string(), normalized: z.string(), display: z.string() }).optional(),
  pageid: z.number().optional(),
  extract: z.string(),
  extract_html: z.string().optional(),
  description: z.string().optional(),
  wikibase_item: z.string().optional(),
  thumbnail: Image.optional(),
  originalimage: Image.optional(),
  lang: z.string(),
  dir: z.string().optional(),
  revision: z.string().optional(),
  timestamp: z.string(),
  content_urls: z.object({ desktop: PageUrls, mobile: PageUrls.optional() }),
});
export type PageSummary = z.infer<typeof PageSummary>;

// What a snak's value holds, for the few value types the online layer reads.
const EntityIdValue = z.object({ 'entity-type': z.string().optional(), id: z.string().regex(/^[QP][1-9]\d*$/) });
const TimeValue = z.object({ time: z.string(), precision: z.number().int() });

/** The item a `wikibase-item` snak names, or undefined for any other snak (no value, unknown value, another type). */
export function entityIdOf(snak: Snak | undefined): string | undefined {
  if (!snak || snak.snaktype !== 'value' || snak.datavalue?.type !== 'wikibase-entityid') return undefined;
  const v = EntityIdValue.safeParse(snak.datavalue.value);
  return v.success ? v.data.id : undefined;
}

/**
 * A `time` snak as the pack writes dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD" to the value's precision
 * (9 year, 10 month, 11 day). Coarser precisions (decades, centuries), dates before year 1 and
 * malformed values give undefined: a card would rather show no date than a wrong one.
 */
export function timeOf(snak: Snak | undefined): string | undefined {
  if (!snak || snak.snaktype !== 'value' || snak.datavalue?.type !== 'time') return undefined;
  const v = TimeValue.safeParse(snak.datavalue.value);
  if (!v.success) return undefined;
  // Wikibase pads years with zeros ("+00000002014-01-01T00:00:00Z" in older output, "+2014-…" now).
  const m = /^\+0*(\d{4})-(\d{2})-(\d{2})T/.exec(v.data.time);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (v.data.precision === 9) return y;
  if (v.data.precision === 10) return mo === '00' ? y : `${y}-${mo}`;
  if (v.data.precision >= 11) return mo === '00' ? y : d === '00' ? `${y}-${mo}` : `${y}-${mo}-${d}`;
  return undefined;
}

/** A zod error as one line naming where the response went wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
