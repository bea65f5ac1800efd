import { z } from 'zod';
import { ENTITY_TYPES, ISO_DATE, ISO_DATE_MESSAGE } from '../messaging/wire.ts';

/** The languages the pack labels entities in: the five it was built for, then Portuguese and Russian (appended, so the matcher's language bits of the first five keep their values). */
export const LANGS = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ru'] as const;
/** The languages every entity is described in; Portuguese and Russian descriptions are filled where a source or rule gives them. */
export const BASE_LANGS = ['en', 'it', 'fr', 'de', 'es'] as const;
export const LATE_LANGS = ['pt', 'ru'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

// The list and the date rule are written once, in the zod/mini leaves the content script uses.
export { ENTITY_TYPES };
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** A calendar date, possibly partial: "2024", "2024-06" or "2024-06-19". */
export const IsoDate = z.string().regex(ISO_DATE, ISO_DATE_MESSAGE);
export type IsoDate = z.infer<typeof IsoDate>;

export const Qid = z.string().regex(/^Q[1-9]\d*$/);

const perLang = <T extends z.ZodType>(t: T) => z.partialRecord(Lang, t);

/**
 * A web address the reader may follow from a card, the popup or an export:
 * http or https only, since a `javascript:` or `data:` link would run or show
 * whatever its writer chose.
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'only http and https addresses are allowed' });

/** Where a fact comes from. Facts name a source by its `id`. */
export const Source = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: WebUrl.optional(),
  licence: z.string().optional(),
  /** Attribution that must be shown wherever a fact from this source is shown. */
  credit: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * One dated statement about an entity. `v` is either a literal or, for
 * relations (party, member, holder, office, capital...), another entity's id;
 * `ref` says which.
 */
export const Fact = z.object({
  p: z.string().min(1),
  v: z.union([z.string(), z.number()]),
  ref: z.boolean().optional(),
  /** Qualifier for relations, e.g. the office a person held ("President of Russia"). */
  q: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  src: z.string().min(1),
  asOf: IsoDate,
});
export type Fact = z.infer<typeof Fact>;

export const Entity = z.object({
  /** The Wikidata QID when a source in hand gives it, otherwise a stable slug. */
  id: z.string().min(1),
  qid: Qid.optional(),
  type: EntityType,
  labels: perLang(z.string().min(1)),
  /** Surface forms that name the entity, per language, as written (case matters for ambiguous ones). */
  aliases: perLang(z.array(z.string().min(1))),
  /**
   * Aliases that are also common words or shared with other entities ("Mosca",
   * "Georgia", "Kim"): they link only when capitalised and supported by context.
   */
  weakAliases: perLang(z.array(z.string().min(1))).optional(),
  /** Treaties: generic descriptions a journalist uses ("patto di mutua difesa"), resolved by context. */
  generic: perLang(z.array(z.string().min(1))).optional(),
  desc: perLang(z.string().min(1)),
  /** Treaties: what the treaty establishes, in a sentence or two per language (the card's summary). */
  summary: perLang(z.string().min(1)).optional(),
  /** Places standing for a government (Kremlin, Mosca): the entity they stand for. */
  metonymOf: z.string().optional(),
  facts: z.array(Fact),
});
export type Entity = z.infer<typeof Entity>;

export const Pack = z.object({
  format: z.literal(1),
  /** Changes whenever the compiled content changes; drives re-import into IndexedDB. */
  version: z.string().min(1),
  asOf: IsoDate,
  sources: z.array(Source),
  entities: z.array(Entity),
});
export type Pack = z.infer<typeof Pack>;
