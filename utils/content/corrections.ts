import type { CorrectionView } from '../messaging/corrections-protocol';

/** Terms compare as a reader sees them: case and surrounding spaces don't make a different term. */
export function termKey(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export interface CorrectionIndex {
  ignored: Set<string>;
  /** term key → entity ids that term does not mean. */
  notEntity: Map<string, Set<string>>;
}

/** The corrections that apply on `site`: its own and the global ones. */
export function indexCorrections(list: readonly CorrectionView[], site: string): CorrectionIndex {
  const idx: CorrectionIndex = { ignored: new Set(), notEntity: new Map() };
  for (const c of list) {
    if (c.site !== null && c.site !== site) continue;
    const key = termKey(c.term);
    if (c.kind === 'ignoreTerm') idx.ignored.add(key);
    else if (c.entityId) {
      const set = idx.notEntity.get(key) ?? new Set<string>();
      set.add(c.entityId);
      idx.notEntity.set(key, set);
    }
  }
  return idx;
}

/** Whether a mention of `id` written as `surface` survives the reader's corrections. */
export function allowed(idx: CorrectionIndex, surface: string, id: string): boolean {
  const key = termKey(surface);
  if (idx.ignored.has(key)) return false;
  return !idx.notEntity.get(key)?.has(id);
}
