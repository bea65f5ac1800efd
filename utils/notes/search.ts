import type { NoteRecord } from '../db/records';
import { fold, queryTerms } from './fold';

export interface NoteFilters {
  entityId?: string | undefined;
  site?: string | undefined;
  tag?: string | undefined;
  orphanedOnly?: boolean | undefined;
}

interface Entry {
  note: NoteRecord;
  hay: string;
}

type Names = (entityId: string) => string | undefined;

const newestFirst = (a: Entry, b: Entry) => b.note.updatedAt - a.note.updatedAt || b.note.createdAt - a.note.createdAt || (a.note.id < b.note.id ? -1 : 1);

/**
 * Notes searchable by every word of a query, in any case and with or without
 * accents, across the note's text, quote, tags, page title, site and entity
 * names. Each note is folded once, when added; a search is a scan of prepared
 * strings. Kept up to date one note at a time, so an edit doesn't rebuild it.
 */
export class NoteIndex {
  private readonly byId = new Map<string, Entry>();
  private order: Entry[] | null = null;
  private facetCache: ReturnType<NoteIndex['countFacets']> | null = null;

  constructor(
    notes: readonly NoteRecord[],
    private names: Names = () => undefined,
  ) {
    for (const n of notes) this.byId.set(n.id, this.entry(n));
  }

  private entry(note: NoteRecord): Entry {
    const parts = [note.text, note.quote, note.pageTitle, note.entityId && this.names(note.entityId), note.site, ...note.tags];
    return { note, hay: fold(parts.filter(Boolean).join('\n')) };
  }

  private sorted(): Entry[] {
    return (this.order ??= [...this.byId.values()].sort(newestFirst));
  }

  get size(): number {
    return this.byId.size;
  }

  upsert(note: NoteRecord): void {
    this.byId.set(note.id, this.entry(note));
    this.order = null;
    this.facetCache = null;
  }

  remove(id: string): void {
    if (this.byId.delete(id)) {
      this.order = null;
      this.facetCache = null;
    }
  }

  /** Entity names became known (or changed): re-fold the notes about those entities. */
  renamed(names: Names, entityIds: ReadonlySet<string>): void {
    this.names = names;
    for (const e of this.byId.values()) if (e.note.entityId && entityIds.has(e.note.entityId)) this.upsert(e.note);
  }

  /** Newest first. */
  search(query: string, filters: NoteFilters = {}): NoteRecord[] {
    const terms = queryTerms(query);
    const out: NoteRecord[] = [];
    for (const { note, hay } of this.sorted()) {
      if (filters.entityId && note.entityId !== filters.entityId) continue;
      if (filters.site && note.site !== filters.site) continue;
      if (filters.tag && !note.tags.includes(filters.tag)) continue;
      if (filters.orphanedOnly && !note.orphaned) continue;
      if (terms.every((t) => hay.includes(t))) out.push(note);
    }
    return out;
  }

  /** The values the filters offer, each with how many notes have it, most used first (kept until a note changes). */
  facets(): ReturnType<NoteIndex['countFacets']> {
    return (this.facetCache ??= this.countFacets());
  }

  private countFacets(max = 200): { entities: [string, number][]; sites: [string, number][]; tags: [string, number][] } {
    const count = (pick: (n: NoteRecord) => (string | undefined)[]) => {
      const m = new Map<string, number>();
      for (const { note } of this.byId.values()) for (const v of pick(note)) if (v) m.set(v, (m.get(v) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max);
    };
    return {
      entities: count((n) => [n.entityId]),
      sites: count((n) => [n.site]),
      tags: count((n) => n.tags),
    };
  }
}

/** Tags as a reader types them: comma separated, trimmed, no duplicates (case-insensitively). */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const t = raw.trim().replace(/^#/, '').slice(0, 100);
    if (t && !seen.has(fold(t))) {
      seen.add(fold(t));
      out.push(t);
    }
  }
  return out.slice(0, 50);
}
