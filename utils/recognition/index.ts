/** The recognition engine: compile the pack once, then recognise per page. */
import type { EntityType, Pack } from '../pack/schema.ts';
import { compileMatcher as compile, type CompiledMatcher } from './compile.ts';
import { recognise as run, type Mention } from './resolve.ts';
import { matcherFromFile, matcherToFile, type MatcherFile } from './serialise.ts';

export type { Mention, MatcherFile };

/** Opaque: build with compileMatcher, pass to recognise. */
export interface Matcher { readonly __matcher: CompiledMatcher }

export function compileMatcher(pack: Pack): Matcher {
  return { __matcher: compile(pack) };
}

export function recognise(
  matcher: Matcher,
  input: { blocks: string[]; lang: string | null; date: string | null },
): { mentions: Mention[] } {
  return run(matcher.__matcher, input);
}

/** An entity's type as the matcher knows it (so a page can be painted before any entity is read from the database). */
export function entityType(matcher: Matcher, id: string): EntityType | undefined {
  const m = matcher.__matcher;
  const i = m.byId.get(id);
  return i === undefined ? undefined : m.entities[i]?.type;
}

/** The matcher as the build writes it beside the pack (see serialise.ts). */
export function matcherFile(matcher: Matcher, packVersion: string): MatcherFile {
  return matcherToFile(matcher.__matcher, packVersion);
}

/** Reads a matcher file; throws with a clear message when it is not one. */
export function readMatcherFile(json: unknown): { matcher: Matcher; packVersion: string } {
  const { matcher, packVersion } = matcherFromFile(json);
  return { matcher: { __matcher: matcher }, packVersion };
}
