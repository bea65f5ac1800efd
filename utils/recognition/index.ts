/** The recognition engine: compile the pack once, then recognise per page. */
import type { Pack } from '../pack/schema.ts';
import { compileMatcher as compile, type CompiledMatcher } from './compile.ts';
import { recognise as run, type Mention } from './resolve.ts';

export type { Mention };

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
