import { z } from 'zod';
import { fold } from '../notes/fold';
import { BASE_LANGS, LANGS, type EntityType } from '../pack/schema';
import { EntityRecord } from './records';

/*
 * The reader's own names ("Highlight this name" in the context menu). One set
 * of rules for every way such an entity arrives: made in the browser, or
 * brought by an import file, which is data from anywhere and may not give the
 * matcher more than the menu could (one-letter names, thousands of aliases,
 * facts with links, an id that takes another entity's place).
 */

/** A name as the reader gives it: 2 to 200 characters once trimmed. */
export const ReaderName = z.string().trim().min(2).max(200);

/** How many names (label and aliases) one reader entity may carry. */
export const MAX_READER_NAMES = 200;

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'name';
}

/** The id a reader entity labelled `label` has: always "user-…", so it can't be a pack entity's. */
export function userEntityId(label: string): string {
  return `user-${slug(label)}`;
}

/** A name that is already in its stored form: what `ReaderName` would leave unchanged. */
const storedName = (s: string) => ReaderName.safeParse(s).data === s;

/**
 * A reader entity as it is stored: exactly what "Highlight this name" writes
 * (the same label and names in every language, no description or facts).
 */
export const UserEntityRecord = EntityRecord.extend({ origin: z.literal('user') }).superRefine((e, ctx) => {
  const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const label = e.labels.en;
  if (label === undefined || !storedName(label)) return fail('labels', 'a reader name must be 2 to 200 characters, without surrounding spaces');
  // Names stored before Portuguese and Russian joined the pack carry the five first languages only: still valid (see everyLanguage).
  if (BASE_LANGS.some((l) => e.labels[l] !== label) || Object.values(e.labels).some((v) => v !== label)) {
    fail('labels', 'a reader name has the same label in every language');
  }
  if (e.id !== userEntityId(label)) fail('id', `a reader name labelled "${label.slice(0, 60)}" has the id "${userEntityId(label)}"`);
  const names = new Set<string>();
  for (const l of LANGS) for (const n of e.aliases[l] ?? []) names.add(n);
  if ([...names].some((n) => !storedName(n))) fail('aliases', 'every name must be 2 to 200 characters, without surrounding spaces');
  if (names.size > MAX_READER_NAMES) fail('aliases', `a reader name has at most ${MAX_READER_NAMES} names`);
  if (e.facts.length) fail('facts', 'a reader name has no facts');
  if (Object.keys(e.desc).length) fail('desc', 'a reader name has no description');
  for (const key of ['qid', 'weakAliases', 'generic', 'summary', 'metonymOf', 'packVersion'] as const) {
    if (e[key] !== undefined) fail(key, `a reader name has no ${key}`);
  }
});
export type UserEntityRecord = z.infer<typeof UserEntityRecord>;

/** The entity "Highlight this name" stores: `existing` (the same label's) gains the new names. */
export function readerEntity(
  req: { label: string; aliases: string[]; entityType: EntityType },
  existing: EntityRecord | undefined,
): UserEntityRecord {
  const label = ReaderName.parse(req.label);
  const names = [...new Set([label, ...req.aliases.map((a) => ReaderName.parse(a)), ...(existing ? Object.values(existing.aliases).flat() : [])])];
  // A name is written the same in every language the pack covers.
  const perLang = <T>(v: T) => Object.fromEntries(LANGS.map((l) => [l, v]));
  return UserEntityRecord.parse({
    id: userEntityId(label),
    type: existing?.type ?? req.entityType,
    labels: existing?.labels ?? perLang(label),
    aliases: perLang(names),
    desc: {},
    facts: [],
    origin: 'user',
  });
}

/**
 * A stored reader name in every language the pack now covers: one written
 * before a language joined (or imported from such an export) has no label or
 * names in it, and would not be matched on its pages otherwise.
 */
export function everyLanguage<E extends EntityRecord>(e: E): E {
  if (e.origin !== 'user' || LANGS.every((l) => e.labels[l] !== undefined)) return e;
  const label = e.labels.en!;
  const names = [...new Set(Object.values(e.aliases).flat())];
  return {
    ...e,
    labels: Object.fromEntries(LANGS.map((l) => [l, e.labels[l] ?? label])),
    aliases: Object.fromEntries(LANGS.map((l) => [l, e.aliases[l] ?? names])),
  };
}
