// An import file is data from anywhere: bad times, addresses or reader names refuse it whole, with the reason.
import { describe, expect, it, vi } from 'vitest';
import { BackstoryDb } from '../../utils/db/database';
import { loadPack } from '../../utils/db/pack-loader';
import type { NoteRecord } from '../../utils/db/records';
import { parseImport } from '../../utils/notes/exchange';
import { toMarkdown, toWebAnnotations } from '../../utils/notes/formats';
import { Pack, Source } from '../../utils/pack/schema';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { PACK, setup } from './helpers';
import { BASE_LANGS, LANGS } from '../../utils/pack/schema';
import { everyLanguage } from '../../utils/db/user-entity';

const pick = <T>(o: Record<string, T>, langs: readonly string[]) => Object.fromEntries(langs.map((l) => [l, o[l]!]));

/** The handlers' clock in `setup` (November 2023). */
const NOW = 1_700_000_000_000;
const T = Date.UTC(2023, 5, 1);
const NOTE: NoteRecord = { id: 'n1', text: 'a note', url: 'https://corriere.it/a', site: 'corriere.it', tags: [], createdAt: T, updatedAt: T + 1 };
const READER = {
  id: 'user-ursula-von-der-leyen',
  type: 'person',
  labels: Object.fromEntries(LANGS.map((l) => [l, 'Ursula von der Leyen'])),
  aliases: Object.fromEntries(LANGS.map((l) => [l, ['Ursula von der Leyen', 'von der Leyen']])),
  desc: {},
  facts: [],
  origin: 'user',
};
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'backstory-export', version: 1, exportedAt: '2023-11-01T00:00:00.000Z', notes: [NOTE], userEntities: [READER], corrections: [], settings: { ...DEFAULT_SETTINGS, style: 'background' }, ...over });

describe('import bounds', () => {
  it('accepts a file within them', async () => {
    const { db, handlers, settings } = await setup();
    const r = await handlers.importData({ type: 'importData', text: file(), skipRejected: false });
    expect(r).toMatchObject({ applied: true });
    expect(await db.notes.count()).toBe(1);
    expect((await db.entities.get(READER.id))?.origin).toBe('user');
    expect(settings().style).toBe('background');
  });

  const YEAR_2300 = Date.UTC(2300, 0, 1);
  it.each([
    ['a note updated in 2300', { notes: [NOTE, { ...NOTE, id: 'future', updatedAt: YEAR_2300 }] }, /future.*updatedAt: the time 2300-01-01 is not between 1990-01-01 and tomorrow/],
    ['a note created in 1970', { notes: [{ ...NOTE, id: 'epoch', createdAt: 5 }] }, /epoch.*createdAt: the time 1970-01-01/],
    ['a note updated two days ahead', { notes: [{ ...NOTE, id: 'ahead', updatedAt: NOW + 2 * 86_400_000 }] }, /ahead.*updatedAt/],
    ['a correction from 2300', { corrections: [{ id: 'c1', kind: 'ignoreTerm', term: 'Mosca', site: null, createdAt: T, updatedAt: YEAR_2300 }] }, /correction "c1".*updatedAt/],
    ['a javascript: URL', { notes: [{ ...NOTE, id: 'js', url: 'javascript:alert(document.cookie)' }] }, /js.*url: only http and https addresses are allowed/],
    ['a data: URL', { notes: [{ ...NOTE, id: 'data', url: 'data:text/html,<script>alert(1)</script>' }] }, /data.*url: only http and https/],
    ['a one-letter reader name', { userEntities: [{ ...READER, id: 'user-x', labels: { ...READER.labels, en: 'x' } }] }, /userEntity "user-x".*labels: a reader name must be 2 to 200 characters/],
    ['a reader name with a pack-like id', { userEntities: [{ ...READER, id: 'Q7747' }] }, /userEntity "Q7747".*id: .*"user-ursula-von-der-leyen"/],
    ['a reader name with facts', { userEntities: [{ ...READER, facts: [{ p: 'office', v: 'x', src: 's', asOf: '2024' }] }] }, /facts: a reader name has no facts/],
    ['a reader name with a one-letter alias', { userEntities: [{ ...READER, aliases: { en: ['U'] } }] }, /aliases: every name must be 2 to 200/],
    ['a reader name with 500 aliases', { userEntities: [{ ...READER, aliases: { en: Array.from({ length: 500 }, (_, i) => `Name ${i}`) } }] }, /at most 200 names/],
  ])('refuses %s whole, with its reason', async (_what, over, reason) => {
    const { db, handlers, settings } = await setup();
    await db.notes.put({ ...NOTE, id: 'mine', text: 'already here' });
    const r = await handlers.importData({ type: 'importData', text: file(over), skipRejected: false });
    expect(r.applied).toBe(false);
    expect(r.error).toMatch(/record\(s\) were rejected, so nothing was imported/);
    expect(r.error).toMatch(reason);
    expect(r.report.some((l) => l.outcome === 'rejected' && reason.test(`${l.kind} "${l.id}": ${l.reason}`))).toBe(true);
    // Nothing changed: not the valid note, the reader name or the settings beside the bad record.
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['mine']);
    expect(await db.entities.where('origin').equals('user').count()).toBe(0);
    expect(settings().style).toBe('underline');
  });

  it('a note from 2300 would break the exports it is refused from', () => {
    const far = { ...NOTE, updatedAt: 1e20 };
    expect(() => toMarkdown([far], () => undefined, new Date(NOW))).toThrow(RangeError);
    expect(() => toWebAnnotations([far], () => undefined, new Date(NOW))).toThrow(RangeError);
    const r = parseImport(file({ notes: [far] }), NOW);
    expect(r.ok && r.rejected.map((l) => l.reason)).toEqual([`updatedAt: the time ${String(1e20)} is not between 1990-01-01 and tomorrow`]);
  });
});

describe('settings in the same all-or-nothing step', () => {
  it('roll back when the records fail to write', async () => {
    const db = new BackstoryDb(`settings-undo-${Math.random()}`);
    let stored = { ...DEFAULT_SETTINGS };
    const writes: string[] = [];
    const { createNotesHandlers } = await import('../../utils/background/notes-handlers');
    const handlers = createNotesHandlers({
      db,
      knowledge: () => loadPack(db, PACK),
      now: () => NOW,
      settings: {
        get: async () => stored,
        set: async (s) => {
          writes.push(s.style);
          stored = s;
        },
      },
    });
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(db.corrections, 'bulkPut').mockImplementation(() => Promise.reject(quota) as never);
    const r = await handlers.importData({
      type: 'importData',
      text: file({ corrections: [{ id: 'c1', kind: 'ignoreTerm', term: 'Mosca', site: null, createdAt: T, updatedAt: T }] }),
      skipRejected: false,
    });
    expect(r).toMatchObject({ applied: false, error: expect.stringMatching(/no room left/) });
    expect(await db.notes.count()).toBe(0);
    expect(await db.entities.where('origin').equals('user').count()).toBe(0);
    // Written with the records, then put back when they failed.
    expect(writes).toEqual(['background', 'underline']);
    expect(stored.style).toBe('underline');
    await db.delete();
  });

  it('a failed settings write leaves no record written', async () => {
    const db = new BackstoryDb(`settings-fail-${Math.random()}`);
    const { createNotesHandlers } = await import('../../utils/background/notes-handlers');
    const handlers = createNotesHandlers({
      db,
      knowledge: () => loadPack(db, PACK),
      now: () => NOW,
      settings: { get: async () => DEFAULT_SETTINGS, set: () => Promise.reject(new Error('storage is gone')) },
    });
    const r = await handlers.importData({ type: 'importData', text: file(), skipRejected: false });
    expect(r).toMatchObject({ applied: false, error: 'The settings could not be saved, so nothing was imported.' });
    expect(await db.notes.count()).toBe(0);
    expect(await db.entities.where('origin').equals('user').count()).toBe(0);
    await db.delete();
  });

  it('an older export without the history settings keeps the reader’s', async () => {
    const { handlers, settings, setSettings } = await setup();
    setSettings({ ...DEFAULT_SETTINGS, historyDays: 30 });
    const { historyDays: _d, historyMaxVisits: _m, ...older } = DEFAULT_SETTINGS;
    const r = await handlers.importData({ type: 'importData', text: file({ settings: { ...older, style: 'background' } }), skipRejected: false });
    expect(r.applied).toBe(true);
    expect(settings()).toMatchObject({ style: 'background', historyDays: 30, historyMaxVisits: 5000 });
  });
});

describe('reader names', () => {
  it('an export written before Portuguese and Russian joined imports, and its names count in every language', async () => {
    const { db, handlers } = await setup();
    const old = { ...READER, labels: pick(READER.labels, BASE_LANGS), aliases: pick(READER.aliases, BASE_LANGS) };
    const r = await handlers.importData({ type: 'importData', text: file({ userEntities: [old] }), skipRejected: false });
    expect(r.applied).toBe(true);
    const stored = (await db.entities.get(READER.id))!;
    expect(stored.labels.pt).toBeUndefined();
    expect(everyLanguage(stored)).toEqual(READER);
    // But a label that differs between languages is still refused.
    const mixed = { ...READER, labels: { ...READER.labels, ru: 'Урсула фон дер Ляйен' } };
    const bad = await handlers.importData({ type: 'importData', text: file({ userEntities: [mixed] }), skipRejected: false });
    expect(bad.error).toMatch(/same label in every language/);
  });
  it('"Highlight this name" and an import follow one set of rules', async () => {
    const { db, handlers } = await setup();
    const made = await handlers.addUserEntity({ type: 'addUserEntity', label: 'Ursula von der Leyen', aliases: ['von der Leyen'], entityType: 'person' });
    expect(made.id).toBe(READER.id);
    expect(await db.entities.get(READER.id)).toEqual(READER);
    // The stored record, exported and imported back, passes the import's rules.
    await db.entities.delete(READER.id);
    const r = await handlers.importData({ type: 'importData', text: file({ notes: [] }), skipRejected: false });
    expect(r.applied).toBe(true);
  });

  it('are never overwritten by a pack load', async () => {
    const { db } = await setup();
    const mine = { ...READER, id: 'shared-id' };
    await db.entities.put(mine as never);
    const next: Pack = { ...PACK, version: 'v2', entities: [...PACK.entities, { ...PACK.entities[1]!, id: 'shared-id', labels: { en: 'Pack name' } }] };
    expect((await loadPack(db, next)).loaded).toBe(true);
    expect(await db.entities.get('shared-id')).toEqual(mine);
    expect(await db.entities.where('origin').equals('pack').count()).toBe(2);
  });
});

describe('pack sources', () => {
  it('take http(s) addresses only', () => {
    expect(Source.safeParse({ id: 's', title: 'S', url: 'https://example.org/x' }).success).toBe(true);
    expect(Source.safeParse({ id: 's', title: 'S', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(Source.safeParse({ id: 's', title: 'S', url: 'ftp://example.org/x' }).success).toBe(false);
  });
});
