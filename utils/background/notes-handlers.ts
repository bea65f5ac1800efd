import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { labelIn } from '../cards/build-card';
import { localValue } from '../cards/fact-values';
import { officeLabel } from '../cards/offices';
import type { BackstoryDb } from '../db/database';
import { isQuotaError, restoreNote, saveNoteChecked } from '../db/notes';
import { PACK_SOURCES_KEY } from '../db/pack-loader';
import type { EntityRecord, NoteRecord } from '../db/records';
import { readerEntity, userEntityId } from '../db/user-entity';
import { clearVisits } from '../db/visits';
import type { BackgroundRequest } from '../messaging/protocol';
import { EXTENSION_PAGES, type Senders } from '../messaging/router';
import { GetPageStateResponseLoose, type NoteDraft, SelectionContextView } from '../messaging/notes-protocol';
import { readPageCorrection, savePageCorrection } from './page-context';
import { buildExport, mergeOutcome, parseImport, type ReportLine } from '../notes/exchange';
import { fold } from '../notes/fold';
import { NoteCache } from '../notes/note-cache';
import type { NoteIndex } from '../notes/search';
import { toMarkdown, toWebAnnotations } from '../notes/formats';
import { LANGS, Source, type Entity } from '../pack/schema';
import { parseSettings, type Settings } from '../settings/schema';
import { getSettings, updateSettings } from '../settings/store';

type Req<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

export interface NotesDeps {
  db: BackstoryDb;
  /** Resolves once the pack is loaded into IndexedDB (and (re)loads it when needed). */
  knowledge: () => Promise<unknown>;
  /** Drops the compiled knowledge so the next request rebuilds it (after the reader adds an entity, or a cache clear). */
  invalidateKnowledge?: () => void;
  now?: () => number;
  askTab?: (tabId: number, req: unknown, frameId?: number) => Promise<unknown>;
  settings?: { get: () => Promise<Settings>; set: (s: Settings) => Promise<unknown> };
}

const PACK_VERSION_KEY = 'packVersion';

interface IndexedEntity {
  id: string;
  type: Entity['type'];
  origin: EntityRecord['origin'];
  hay: string;
  record: EntityRecord;
}

function entityHay(e: Entity): string {
  const names: string[] = [];
  for (const l of LANGS) {
    const label = e.labels[l];
    if (label) names.push(label);
    names.push(...(e.aliases[l] ?? []), ...(e.weakAliases?.[l] ?? []));
  }
  return fold(names.join('\n'));
}

function newestFirst(db: BackstoryDb) {
  // Dexie's Collection.reverse (an index walked backwards), not Array#reverse.
  // oxlint-disable-next-line unicorn/no-array-reverse
  return db.notes.orderBy('updatedAt').reverse();
}

/**
 * The popup's requests, for extension pages only: searching, editing and
 * restoring every note, export, import, clearing, the reader's own names and
 * page corrections, and reading another tab's selection. None is anything a
 * page needs; from a page's process each would read or change the reader's data.
 */
export const NOTES_SENDERS = {
  queryNotes: EXTENSION_PAGES,
  upsertNote: EXTENSION_PAGES,
  restoreNote: EXTENSION_PAGES,
  setNoteAnchors: EXTENSION_PAGES,
  noteFromSelection: EXTENSION_PAGES,
  addUserEntity: EXTENSION_PAGES,
  searchEntities: EXTENSION_PAGES,
  entityDetail: EXTENSION_PAGES,
  cacheInfo: EXTENSION_PAGES,
  clearCache: EXTENSION_PAGES,
  clearHistory: EXTENSION_PAGES,
  exportData: EXTENSION_PAGES,
  importData: EXTENSION_PAGES,
  setPageContext: EXTENSION_PAGES,
  getPageContext: EXTENSION_PAGES,
} as const satisfies Senders<keyof ReturnType<typeof createNotesHandlers>>;

/** The background's answers for the popup and notes; free of `browser` unless a dependency is left to its default. */
export function createNotesHandlers({
  db,
  knowledge,
  invalidateKnowledge = () => {},
  now = Date.now,
  askTab = (tabId, req, frameId) => browser.tabs.sendMessage(tabId, req, frameId === undefined ? undefined : { frameId }),
  settings = { get: getSettings, set: (s) => updateSettings(() => s) },
}: NotesDeps) {
  const noteCache = new NoteCache(db);
  let entities: Promise<IndexedEntity[]> | null = null;
  const entityIndex = () =>
    (entities ??= (async () => {
      await knowledge();
      const all = await db.entities.toArray();
      return all.map((record) => ({ id: record.id, type: record.type, origin: record.origin, hay: entityHay(record), record }));
    })().catch((err: unknown) => {
      entities = null;
      throw err;
    }));
  const invalidate = () => {
    entities = null;
    invalidateKnowledge();
  };

  const seenCounts = async (): Promise<Map<string, number>> => {
    const counts = new Map<string, number>();
    await db.visits.each((v) => {
      for (const id of v.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    return counts;
  };

  const entityRefs = async (ids: string[], uiLang: string) => {
    const found = await db.entities.bulkGet([...new Set(ids)]);
    const out: Record<string, { label: string; type: Entity['type']; qid?: string }> = {};
    for (const e of found) if (e) out[e.id] = { label: labelIn(e, uiLang), type: e.type, ...(e.qid ? { qid: e.qid } : {}) };
    return out;
  };

  /** The entity a selection names, when it is exactly one of the known names. */
  const entityNamed = async (text: string): Promise<string | undefined> => {
    const needle = fold(text.trim());
    if (needle.length < 2) return undefined;
    for (const e of await entityIndex()) if (e.hay.split('\n').includes(needle)) return e.id;
    return undefined;
  };

  return {
    queryNotes: async (req: Req<'queryNotes'>) => {
      const filters = { entityId: req.entityId, site: req.site, tag: req.tag, orphanedOnly: req.orphaned };
      const filtered = !!(req.q.trim() || req.entityId || req.site || req.tag || req.orphaned);
      let total: number;
      let page: NoteRecord[];
      let matched: number;
      let facets: ReturnType<NoteIndex['facets']> | undefined;
      if (!filtered && !noteCache.built && !req.facets) {
        // The first screen straight from the updatedAt index; the search index builds meanwhile for what follows.
        void noteCache.ready().catch(() => undefined);
        total = matched = await db.notes.count();
        page = await newestFirst(db).offset(req.offset).limit(req.limit).toArray();
      } else {
        const found = await noteCache.search(req.q, filters);
        total = found.index.size;
        matched = found.hits.length;
        page = found.hits.slice(req.offset, req.offset + req.limit);
        if (req.facets) facets = found.index.facets();
      }
      const ids = [...page.flatMap((n) => (n.entityId ? [n.entityId] : [])), ...(facets?.entities.map(([id]) => id) ?? [])];
      return { total, matched, notes: page, entities: await entityRefs(ids, req.uiLang), ...(facets ? { facets } : {}) };
    },
    upsertNote: (req: Req<'upsertNote'>) => saveNoteChecked(db, req.note, req.baseUpdatedAt, now()),
    restoreNote: (req: Req<'restoreNote'>) => restoreNote(db, req.note),
    setNoteAnchors: async (req: Req<'setNoteAnchors'>) =>
      db.transaction('rw', db.notes, async () => {
        let updated = 0;
        for (const r of req.results) {
          const note = await db.notes.get(r.id);
          if (!note?.selectors) continue;
          const position = r.start !== undefined && r.end !== undefined ? { start: r.start, end: r.end } : note.selectors.position;
          const same = !!note.orphaned === r.orphaned && position?.start === note.selectors.position?.start && position?.end === note.selectors.position?.end;
          if (same) continue;
          // Not an edit: updatedAt stays, so an editor open on this note can still save.
          await db.notes.put({ ...note, orphaned: r.orphaned, selectors: { ...note.selectors, ...(position ? { position } : {}) } });
          updated++;
        }
        return { updated };
      }),
    noteFromSelection: async (req: Req<'noteFromSelection'>) => {
      const ask = async <T>(msg: unknown, parse: (raw: unknown) => T): Promise<T | null> => {
        try {
          return parse(await askTab(req.tabId, msg, req.frameId));
        } catch {
          return null; // no content script there (a browser page, a PDF): use what the browser told us
        }
      };
      const ctx = await ask({ type: 'getSelectionContext' }, (r) => SelectionContextView.nullable().parse(r));
      const page = await ask({ type: 'getPageState' }, (r) => GetPageStateResponseLoose.parse(r));
      const exact = ctx?.exact ?? req.selectionText.trim().slice(0, 5000);
      const url = page?.url ?? req.pageUrl;
      const entityId = await entityNamed(exact);
      const draft: NoteDraft = {
        text: '',
        tags: req.tags ?? [],
        quote: exact,
        ...(url ? { url } : {}),
        ...(page?.title ? { pageTitle: page.title } : {}),
        ...(entityId ? { entityId } : {}),
        ...(exact
          ? {
              selectors: ctx
                ? { quote: { exact: ctx.exact, prefix: ctx.prefix, suffix: ctx.suffix }, position: { start: ctx.start, end: ctx.end } }
                : { quote: { exact, prefix: '', suffix: '' } },
            }
          : {}),
      };
      if (req.text === undefined) return { draft };
      return { draft, saved: await saveNoteChecked(db, { ...draft, text: req.text }, undefined, now()) };
    },
    addUserEntity: async (req: Req<'addUserEntity'>) => {
      const existing = await db.entities.get(userEntityId(req.label));
      // The same rules as an imported reader name (utils/db/user-entity.ts).
      const record = readerEntity(req, existing);
      const id = record.id;
      await db.entities.put(record);
      invalidate();
      return { id, label: req.label, type: record.type, created: !existing };
    },
    searchEntities: async (req: Req<'searchEntities'>) => {
      const terms = fold(req.q).split(/\s+/).filter(Boolean);
      const all = await entityIndex();
      const hits = all.filter((e) => (!req.entityType || e.type === req.entityType) && terms.every((t) => e.hay.includes(t)));
      const seen = await seenCounts();
      const rows = hits.map((e) => ({ e, label: labelIn(e.record, req.uiLang), seen: seen.get(e.id) ?? 0 }));
      // Most seen first (what the reader meets), then by name.
      rows.sort((a, b) => b.seen - a.seen || a.label.localeCompare(b.label, req.uiLang));
      return {
        total: rows.length,
        items: rows.slice(req.offset, req.offset + req.limit).map(({ e, label, seen: s }) => ({ id: e.id, type: e.type, label, origin: e.origin, seen: s })),
      };
    },
    entityDetail: async (req: Req<'entityDetail'>) => {
      await knowledge();
      const e = await db.entities.get(req.id);
      if (!e) return null;
      const refIds = e.facts.filter((f) => f.ref).map((f) => String(f.v));
      const refs = await entityRefs(refIds, req.uiLang);
      // Office titles drop the country they belong to, which the pack names in English.
      const refsEn = await entityRefs(refIds, 'en');
      const sources = new Map(
        Source.array()
          .catch([])
          .parse((await db.meta.get(PACK_SOURCES_KEY))?.value)
          .map((s) => [s.id, s]),
      );
      const visits = (await db.visits.toArray()).filter((v) => v.entityIds.includes(e.id)).sort((a, b) => b.seenAt - a.seenAt);
      const desc = (e.desc as Record<string, string | undefined>)[req.uiLang] ?? e.desc.en;
      return {
        id: e.id,
        type: e.type,
        label: labelIn(e, req.uiLang),
        ...(desc ? { desc } : {}),
        origin: e.origin,
        facts: e.facts.map((f) => {
          const src = sources.get(f.src);
          return {
            p: f.p,
            value: f.ref ? (refs[String(f.v)]?.label ?? String(f.v)) : localValue(f.p, String(f.v), req.uiLang),
            ...(f.q ? { q: f.p === 'office' ? officeLabel(f.q, f.ref ? refsEn[String(f.v)]?.label : undefined, req.uiLang) : f.q } : {}),
            ...(f.from ? { from: f.from } : {}),
            ...(f.to ? { to: f.to } : {}),
            source: src?.title ?? f.src,
            ...(src?.url ? { sourceUrl: src.url } : {}),
            asOf: f.asOf,
          };
        }),
        visits: visits.map((v) => ({ url: v.url, title: v.title, seenAt: v.seenAt })),
      };
    },
    cacheInfo: async () => ({
      packEntities: await db.entities.where('origin').equals('pack').count(),
      userEntities: await db.entities.where('origin').equals('user').count(),
      onlineEntities: await db.entities.where('origin').equals('online').count(),
      visits: await db.visits.count(),
      notes: await db.notes.count(),
    }),
    clearCache: async () => {
      // Notes and the reader's own entities are not cache: only what can be fetched or rebuilt again goes.
      const removed = await db.transaction('rw', db.entities, db.visits, db.meta, async () => {
        const removedEntities = await db.entities.where('origin').anyOf('pack', 'online').delete();
        const removedVisits = await db.visits.count();
        await db.visits.clear();
        await db.meta.delete(PACK_VERSION_KEY);
        return { removedEntities, removedVisits };
      });
      invalidate();
      let packReloaded = true;
      try {
        await knowledge();
      } catch {
        packReloaded = false; // it loads again on the next page
      }
      return { ...removed, packReloaded };
    },
    clearHistory: async () => ({ removedVisits: await clearVisits(db) }),
    exportData: async (req: Req<'exportData'>) => {
      const notes = await newestFirst(db).toArray();
      const stamp = new Date(now()).toISOString().slice(0, 10);
      if (req.format === 'backstory') {
        const data = buildExport(
          {
            notes,
            userEntities: await db.entities.where('origin').equals('user').toArray(),
            corrections: await db.corrections.toArray(),
            settings: await settings.get(),
          },
          new Date(now()),
        );
        return { filename: `backstory-${stamp}.json`, mime: 'application/json', text: JSON.stringify(data, null, 1) };
      }
      const refs = await entityRefs(notes.flatMap((n) => (n.entityId ? [n.entityId] : [])), req.uiLang);
      const lookup = (id: string) => refs[id];
      if (req.format === 'webannotation') {
        return {
          filename: `backstory-notes-${stamp}.jsonld`,
          mime: 'application/ld+json',
          text: JSON.stringify(toWebAnnotations(notes, lookup, new Date(now())), null, 1),
        };
      }
      return { filename: `backstory-notes-${stamp}.md`, mime: 'text/markdown', text: toMarkdown(notes, lookup, new Date(now())) };
    },
    importData: async (req: Req<'importData'>) => {
      const parsed = parseImport(req.text, now());
      if (!parsed.ok) return { applied: false, error: parsed.error, report: [] };
      const apply = parsed.rejected.length === 0 || req.skipRejected;
      // Keys the file lacks (an older export) keep their current values.
      const before = parseSettings(await settings.get());
      const nextSettings = parsed.settings ? parseSettings({ ...before, ...parsed.settings }) : null;
      const settingsChanged = !!nextSettings && JSON.stringify(before) !== JSON.stringify(nextSettings);
      let settingsWritten = false;
      let settingsFailed = false;
      let report: ReportLine[];
      try {
        report = await db.transaction('rw', db.notes, db.entities, db.corrections, async () => {
          const lines: ReportLine[] = [];
          // Everything is planned first and written after the settings, so any failed write undoes them too.
          const writes: (() => Promise<unknown>)[] = [];
          const plan = async <T extends { id: string; updatedAt?: number }>(
            kind: ReportLine['kind'],
            items: T[],
            get: (id: string) => Promise<T | undefined>,
            put: (rows: T[]) => Promise<unknown>,
          ) => {
            const rows: T[] = [];
            for (const item of items) {
              const { outcome, reason } = mergeOutcome(await get(item.id), item);
              lines.push({ kind, id: item.id, outcome, ...(reason ? { reason } : {}) });
              if (outcome === 'added' || outcome === 'updated') rows.push(item);
            }
            if (apply && rows.length) writes.push(() => put(rows));
          };
          await plan<NoteRecord>('note', parsed.notes, (id) => db.notes.get(id), (rows) => db.notes.bulkPut(rows));
          // A reader's entity must not replace a pack entity that happens to share its id.
          const clashes: string[] = [];
          for (const e of parsed.userEntities) {
            const found = await db.entities.get(e.id);
            if (found && found.origin !== 'user') clashes.push(e.id);
          }
          await plan<EntityRecord>(
            'userEntity',
            parsed.userEntities.filter((e) => !clashes.includes(e.id)),
            (id) => db.entities.get(id),
            (rows) => db.entities.bulkPut(rows),
          );
          for (const id of clashes) lines.push({ kind: 'userEntity', id, outcome: 'rejected', reason: 'a pack entity has this id' });
          await plan('correction', parsed.corrections, (id) => db.corrections.get(id), (rows) => db.corrections.bulkPut(rows));
          // Settings live in extension storage, outside IndexedDB. Written inside the transaction (kept open
          // by Dexie.waitFor) and before the records: a failed settings write leaves no record written, and a
          // failed record write (or commit) aborts the transaction and has the settings put back below.
          if (apply && settingsChanged) {
            const write = Promise.resolve()
              .then(() => settings.set(nextSettings))
              .then(
                () => void (settingsWritten = true),
                (err: unknown) => {
                  settingsFailed = true;
                  throw err;
                },
              );
            await Dexie.waitFor(write);
          }
          for (const put of writes) await put();
          return lines;
        });
      } catch (err) {
        if (settingsWritten) await Promise.resolve(settings.set(before)).catch(() => undefined);
        if (settingsFailed) return { applied: false, error: 'The settings could not be saved, so nothing was imported.', report: [] };
        if (isQuotaError(err)) return { applied: false, error: 'The browser has no room left for Backstory’s data: nothing was imported.', report: [] };
        throw err;
      }
      if (nextSettings) report.push({ kind: 'settings', id: 'settings', outcome: settingsChanged ? 'updated' : 'unchanged' });
      report.push(...parsed.rejected);
      if (apply && report.some((l) => l.kind === 'userEntity' && (l.outcome === 'added' || l.outcome === 'updated'))) invalidate();
      if (apply) return { applied: true, report };
      const first = parsed.rejected[0]!;
      return {
        applied: false,
        error: `${parsed.rejected.length} record(s) were rejected, so nothing was imported. First: ${first.kind} "${first.id.slice(0, 60)}": ${first.reason ?? 'invalid'}.`.slice(0, 1000),
        report,
      };
    },
    setPageContext: async (req: Req<'setPageContext'>) => {
      await savePageCorrection(db, req.url, req.context);
      return { saved: true };
    },
    getPageContext: (req: Req<'getPageContext'>) => readPageCorrection(db, req.url),
  };
}
