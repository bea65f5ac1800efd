// The visit log keeps little, for a limited time and count, and nothing from a private window.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../utils/background/handlers';
import { knowledgeOf } from '../../utils/background/knowledge';
import { BackstoryDb } from '../../utils/db/database';
import { loadPack } from '../../utils/db/pack-loader';
import { pruneVisits, recordVisit, visitUrl } from '../../utils/db/visits';
import { BackgroundRequest } from '../../utils/messaging/protocol';
import { createRouter } from '../../utils/messaging/router';
import { DEFAULT_SETTINGS, parseSettings, Settings } from '../../utils/settings/schema';
import { testPack } from '../recognition/fixture-pack';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 0, 31);
const SEED = 'Putin è arrivato a Pyongyang da Kim Jong-un; Mosca e la Corea del Nord firmano un patto di mutua difesa.';

const open: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
function freshDb() {
  const db = new BackstoryDb(`visits-test-${Math.random()}`);
  open.push(db);
  return db;
}

const visit = (url: string, seenAt: number) => ({ url, title: url, lang: 'it', date: null, entityIds: ['Q159'], seenAt });

describe('a visit URL', () => {
  it.each([
    ['https://news.example/a?utm_source=x&session=42', 'https://news.example/a'],
    ['https://news.example/a#comments', 'https://news.example/a'],
    ['https://news.example/a?q=secret#top', 'https://news.example/a'],
    ['https://me:pw@news.example/a', 'https://news.example/a'],
    ['https://news.example/a', 'https://news.example/a'],
    ['not a url?x=1#y', 'not a url'],
  ])('%s is stored as %s', (url, stored) => {
    expect(visitUrl(url)).toBe(stored);
  });
});

describe('recording visits through the background', () => {
  const handlers = (db: BackstoryDb, settings: Partial<Settings> = {}) =>
    createHandlers({
      db,
      knowledge: async () => knowledgeOf(testPack),
      uiLang: () => 'en',
      now: () => NOW,
      settings: { get: async () => ({ ...DEFAULT_SETTINGS, ...settings }), set: async () => undefined },
    });
  const recognize = (url: string, incremental = false) => ({ type: 'recognize' as const, url, title: 't', lang: 'it', date: '2024-06-19', blocks: [SEED], ...(incremental ? { incremental } : {}) });

  it('stores the address without its query string and fragment, and a rescan adds to that visit', async () => {
    const db = freshDb();
    const h = handlers(db);
    await h.recognize(recognize('https://news.example/a?session=42#comments'));
    await vi.waitFor(async () => expect(await db.visits.count()).toBe(1));
    const [v] = await db.visits.toArray();
    expect(v).toMatchObject({ url: 'https://news.example/a', seenAt: NOW });
    await db.visits.update('https://news.example/a', { entityIds: ['earlier-id', ...v!.entityIds] });
    await h.recognize(recognize('https://news.example/a?other=1', true));
    await vi.waitFor(async () => expect((await db.visits.get('https://news.example/a'))?.entityIds[0]).toBe('earlier-id'));
    expect(await db.visits.count()).toBe(1);
  });

  it('records nothing for a tab in a private window, through the router', async () => {
    const db = freshDb();
    const h = handlers(db);
    const route = createRouter(BackgroundRequest, h, { extensionId: 'self', log: () => {} });
    const sender = (incognito: boolean) => ({ id: 'self', url: 'https://news.example/', tab: { id: 4, incognito } });
    const privateAnswer = await route(recognize('https://news.example/private'), sender(true));
    expect(privateAnswer).toMatchObject({ entities: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]) });
    await route(recognize('https://news.example/public'), sender(false));
    await vi.waitFor(async () => expect(await db.visits.count()).toBe(1));
    // The private visit was answered first, so a write of it (had there been one) would be done by now.
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.visits.toCollection().primaryKeys()).sort()).toEqual(['https://news.example/public']);
  });

  it('prunes by the reader’s retention settings on write', async () => {
    const db = freshDb();
    await db.visits.bulkPut([visit('https://a/old', NOW - 10 * DAY), visit('https://a/recent', NOW - 2 * DAY)]);
    await handlers(db, { historyDays: 7 }).recognize(recognize('https://a/new'));
    await vi.waitFor(async () => expect((await db.visits.toCollection().primaryKeys()).sort()).toEqual(['https://a/new', 'https://a/recent']));
  });
});

describe('pruning', () => {
  it('drops visits past their age, then the oldest over the count', async () => {
    const db = freshDb();
    await db.visits.bulkPut([
      visit('https://a/91-days', NOW - 91 * DAY),
      visit('https://a/89-days', NOW - 89 * DAY),
      visit('https://a/3-days', NOW - 3 * DAY),
      visit('https://a/2-days', NOW - 2 * DAY),
    ]);
    await recordVisit(db, { url: 'https://a/today?x=1', title: 't', lang: null, date: null, entityIds: ['Q159'] }, { maxDays: 90, maxCount: 3 }, NOW);
    expect((await db.visits.orderBy('seenAt').primaryKeys())).toEqual(['https://a/3-days', 'https://a/2-days', 'https://a/today']);
  });

  it('writes and prunes in one transaction: a failed prune leaves no new visit', async () => {
    const db = freshDb();
    const spy = vi.spyOn(db.visits, 'bulkDelete').mockImplementation(() => Promise.reject(new Error('disk')) as never);
    await db.visits.bulkPut([visit('https://a/1', NOW - 2), visit('https://a/2', NOW - 1)]);
    await expect(recordVisit(db, { url: 'https://a/3', title: 't', lang: null, date: null, entityIds: [] }, { maxDays: 90, maxCount: 2 }, NOW)).rejects.toThrow('disk');
    expect(await db.visits.get('https://a/3')).toBeUndefined();
    spy.mockRestore();
  });

  it('keeps everything within bounds', async () => {
    const db = freshDb();
    await db.visits.bulkPut([visit('https://a/1', NOW - DAY), visit('https://a/2', NOW)]);
    expect(await db.transaction('rw', db.visits, () => pruneVisits(db, { maxDays: 90, maxCount: 5000 }, NOW))).toBe(0);
    expect(await db.visits.count()).toBe(2);
  });
});

describe('"Clear history"', () => {
  it('removes visits only: notes, corrections and the pack stay', async () => {
    const db = freshDb();
    await loadPack(db, testPack);
    const entities = await db.entities.count();
    await db.visits.bulkPut([visit('https://a/1', NOW), visit('https://a/2', NOW)]);
    await db.notes.put({ id: 'n1', text: 'keep me', tags: [], createdAt: NOW, updatedAt: NOW });
    await db.corrections.put({ id: 'c1', kind: 'ignoreTerm', term: 'Mosca', site: null, createdAt: NOW, updatedAt: NOW });
    const h = createHandlers({ db, knowledge: async () => knowledgeOf(testPack), uiLang: () => 'en' });
    expect(await h.cacheInfo()).toMatchObject({ visits: 2 });
    expect(await h.clearHistory()).toEqual({ removedVisits: 2 });
    expect(await db.visits.count()).toBe(0);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['keep me']);
    expect(await db.corrections.count()).toBe(1);
    expect(await db.entities.count()).toBe(entities);
    expect(await db.meta.get('packVersion')).toBeTruthy();
  });
});

describe('retention settings', () => {
  it('default to 90 days and 5,000 visits, also for settings stored before they existed', () => {
    const { historyDays: _d, historyMaxVisits: _m, ...older } = DEFAULT_SETTINGS;
    expect(Settings.parse(older)).toMatchObject({ historyDays: 90, historyMaxVisits: 5000 });
    expect(parseSettings(older)).toMatchObject({ historyDays: 90, historyMaxVisits: 5000 });
    expect(parseSettings({ ...older, historyDays: 0, historyMaxVisits: 250 })).toMatchObject({ historyDays: 90, historyMaxVisits: 250 });
  });
});
