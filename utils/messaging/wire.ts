import * as z from 'zod/mini';

/*
 * The few leaf schemas the page's messages share with the pack and the
 * database, in zod/mini. The content script runs on every page a reader
 * opens, and one schema from classic `zod` (utils/pack/schema.ts,
 * utils/db/records.ts) pulls the whole of classic zod into it: about 90 KB,
 * since its schemas carry every method on their prototypes and no bundler
 * can drop them. zod/mini's functions are tree-shaken to what is used.
 *
 * The entity types and the date rule are defined here and imported by the
 * classic originals; the rest mirror theirs, and tests/messaging/wire.test.ts
 * compares the two (their JSON Schemas, and the lists), so one can't change
 * without the other. This module must import nothing that imports classic zod.
 */

// Extension pages and content scripts forbid eval by CSP; zod's compiled
// parsers would try it (and log a violation) before falling back. The setting
// is zod's one global, shared by classic zod and zod/mini.
z.config({ jitless: true });

/** A string of at most `max` characters: every string on the wire has a bound. */
export const Text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.maxLength(max));
export const Url = Text(4096);
/** A non-negative integer. */
export const Count = /* @__NO_SIDE_EFFECTS__ */ () => z.number().check(z.int(), z.nonnegative());

/** As utils/pack/schema.ts's ENTITY_TYPES. */
export const ENTITY_TYPES = ['person', 'country', 'place', 'organization', 'treaty'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** As utils/pack/schema.ts's IsoDate: "2024", "2024-06" or "2024-06-19". */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const ISO_DATE_MESSAGE = 'expected YYYY, YYYY-MM or YYYY-MM-DD';
export const IsoDate = z.string().check(z.regex(ISO_DATE, ISO_DATE_MESSAGE));

/** As utils/db/records.ts's NoteSelectors: a quote note's W3C Web Annotation selectors. */
export const NoteSelectors = z.object({
  quote: z.object({ exact: z.string().check(z.minLength(1), z.maxLength(5000)), prefix: Text(200), suffix: Text(200) }),
  position: z.optional(z.object({ start: Count(), end: Count() })),
});
export type NoteSelectors = z.infer<typeof NoteSelectors>;
