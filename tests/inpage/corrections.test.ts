import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCorrectionHandlers } from '../../utils/background/corrections-handlers';
import { allowed, indexCorrections } from '../../utils/content/corrections';
import { BackstoryDb } from '../../utils/db/database';
import type { CorrectionView } from '../../utils/messaging/corrections-protocol';
import { BackgroundRequest } from '../../utils/messaging/protocol';

const c = (x: Partial<CorrectionView>): CorrectionView => ({ id: Math.random().toString(36), kind: 'ignoreTerm', term: 'x', site: null, createdAt: 0, ...x });

describe('corrections in the page', () => {
  it('applies this site\'s corrections and the global ones, not other sites\'', () => {
    const idx = indexCorrections(
      [
        c({ term: 'Mosca', site: 'a.example' }),
        c({ term: 'Georgia', site: 'b.example' }),
        c({ kind: 'notEntity', term: 'Kim', entityId: 'Q56226', site: null }),
      ],
      'a.example',
    );
    expect(allowed(idx, 'Mosca', 'Q649')).toBe(false);
    expect(allowed(idx, ' mosca ', 'Q649')).toBe(false);
    expect(allowed(idx, 'Georgia', 'Q230')).toBe(true);
    expect(allowed(idx, 'Kim', 'Q56226')).toBe(false);
    // "Not this entity" leaves the term free to mean another one.
    expect(allowed(idx, 'Kim', 'Q-other')).toBe(true);
  });
});

describe('corrections in the background', () => {
  let db: BackstoryDb;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it('stores, lists by site, dedupes and removes', async () => {
    db = new BackstoryDb(`corr-${Math.random()}`);
    let t = 100;
    const h = createCorrectionHandlers({ db, now: () => t++ });
    const parse = (m: unknown) => BackgroundRequest.parse(m) as never;
    const a = await h.addCorrection(parse({ type: 'addCorrection', kind: 'ignoreTerm', term: 'Mosca', site: 'a.example' }));
    const again = await h.addCorrection(parse({ type: 'addCorrection', kind: 'ignoreTerm', term: 'mosca', site: 'a.example' }));
    expect(again.id).toBe(a.id);
    expect(again.createdAt).toBe(a.createdAt);
    await h.addCorrection(parse({ type: 'addCorrection', kind: 'notEntity', term: 'Kim', entityId: 'Q1', site: null }));
    await h.addCorrection(parse({ type: 'addCorrection', kind: 'ignoreTerm', term: 'Other', site: 'b.example' }));
    expect((await h.listCorrections(parse({ type: 'listCorrections', site: 'a.example' }))).map((x) => x.term).sort()).toEqual(['Kim', 'Mosca']);
    expect(await h.listCorrections(parse({ type: 'listCorrections' }))).toHaveLength(3);
    expect(await h.removeCorrection(parse({ type: 'removeCorrection', id: a.id }))).toEqual({ removed: true });
    expect(await h.removeCorrection(parse({ type: 'removeCorrection', id: a.id }))).toEqual({ removed: false });
  });

  it('rejects malformed corrections at the schema', () => {
    expect(BackgroundRequest.safeParse({ type: 'addCorrection', kind: 'ignoreTerm', term: '', site: null }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'addCorrection', kind: 'delete', term: 'x', site: null }).success).toBe(false);
  });
});
