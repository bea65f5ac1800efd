import type { BackstoryDb } from '../db/database';
import type { CorrectionRecord } from '../db/records';
import type { CorrectionView } from '../messaging/corrections-protocol';
import type { BackgroundRequest } from '../messaging/protocol';
import { EXTENSION_PAGES, PAGES_TOO, type Senders } from '../messaging/router';

type Req<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

function view(r: CorrectionRecord): CorrectionView {
  return {
    id: r.id,
    kind: r.kind,
    term: r.term,
    ...(r.entityId ? { entityId: r.entityId } : {}),
    site: r.site,
    createdAt: r.createdAt,
  };
}

/** The same correction twice (same kind, term, entity and scope) is one record, so repeated clicks don't pile up. */
function correctionId(kind: string, term: string, entityId: string | undefined, site: string | null): string {
  const key = `${kind}|${term.toLocaleLowerCase()}|${entityId ?? ''}|${site ?? '*'}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `c${(h >>> 0).toString(36)}${key.length.toString(36)}`;
}

/**
 * A page's content script reads the corrections that shape its highlights and
 * files the one the reader makes on its card; removing one is the popup's.
 */
export const CORRECTION_SENDERS = {
  listCorrections: PAGES_TOO,
  addCorrection: PAGES_TOO,
  removeCorrection: EXTENSION_PAGES,
} as const satisfies Senders<keyof ReturnType<typeof createCorrectionHandlers>>;

/** Reader corrections ("not this entity", "don't highlight this term"), per site or everywhere. */
export function createCorrectionHandlers({ db, now = Date.now }: { db: BackstoryDb; now?: () => number }) {
  return {
    listCorrections: async (req: Req<'listCorrections'>) => {
      const all = await db.corrections.toArray();
      return all.filter((c) => req.site === undefined || c.site === null || c.site === req.site).map(view);
    },
    addCorrection: async (req: Req<'addCorrection'>) => {
      const id = correctionId(req.kind, req.term, req.entityId, req.site);
      const existing = await db.corrections.get(id);
      const t = now();
      const rec: CorrectionRecord = {
        id,
        kind: req.kind,
        // The spelling first corrected stays (the key ignores case).
        term: existing?.term ?? req.term,
        ...(req.entityId ? { entityId: req.entityId } : {}),
        site: req.site,
        createdAt: existing?.createdAt ?? t,
        updatedAt: t,
      };
      await db.corrections.put(rec);
      return view(rec);
    },
    removeCorrection: async (req: Req<'removeCorrection'>) => {
      const had = (await db.corrections.get(req.id)) !== undefined;
      if (had) await db.corrections.delete(req.id);
      return { removed: had };
    },
  };
}
