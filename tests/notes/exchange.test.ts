import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../utils/db/records';
import { MAX_IMPORT_CHARS, parseImport } from '../../utils/notes/exchange';
import { toMarkdown, toWebAnnotations } from '../../utils/notes/formats';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { setup } from './helpers';

/** A time in the range an import accepts (1990 to the day after the handlers' clock, November 2023). */
const T = Date.UTC(2023, 5, 1);

const NOTE: NoteRecord = {
  id: 'n1',
  text: 'Prima visita dal 2000 <script>alert(1)</script>',
  entityId: 'Q7747',
  url: 'https://corriere.it/a',
  site: 'corriere.it',
  pageTitle: 'Putin a Pyongyang',
  quote: 'patto di mutua difesa',
  selectors: { quote: { exact: 'patto di mutua difesa', prefix: 'firmato un ', suffix: ' tra i due' }, position: { start: 40, end: 61 } },
  tags: ['visite'],
  createdAt: T + 1000,
  updatedAt: T + 2000,
};

const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'backstory-export', version: 1, exportedAt: '2024-06-20T00:00:00.000Z', notes: [NOTE], userEntities: [], corrections: [], settings: DEFAULT_SETTINGS, ...over });

describe('reading an import file', () => {
  it('accepts a well-formed export', () => {
    const r = parseImport(file());
    expect(r.ok && r.notes).toEqual([NOTE]);
  });

  it.each([
    ['malformed JSON', '{"format": "backstory-export", notes: []}', /not valid JSON/],
    ['a truncated file', file().slice(0, 120), /cut short|not valid JSON/],
    ['an empty file', '  ', /empty/],
    ['another format', JSON.stringify({ format: 'other', version: 1, notes: [] }), /not a Backstory export/],
    ['a newer version', file({ version: 2 }), /version 2/],
    ['an array', '[]', /not a Backstory export/],
    ['a __proto__ key', file().replace('"notes":[{', '"notes":[{"__proto__":{"polluted":true},'), /forbidden key \("__proto__"\)/],
    ['a constructor key', file({ settings: { constructor: { prototype: { x: 1 } } } }), /forbidden key/],
    ['notes that are not a list', file({ notes: 'lots' }), /malformed: notes/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = parseImport(' '.repeat(MAX_IMPORT_CHARS + 1));
    expect(!r.ok && r.error).toMatch(/too large/);
  });

  it('rejects single records with huge strings or wrong types, with a reason', () => {
    const r = parseImport(file({ notes: [NOTE, { ...NOTE, id: 'big', text: 'x'.repeat(100_001) }, { id: 'bad', text: 3 }, NOTE] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notes.map((n) => n.id)).toEqual(['n1']);
    expect(r.rejected.map((l) => [l.id, l.reason?.split(':')[0]])).toEqual([
      ['big', 'text'],
      ['bad', 'text'],
      ['n1', 'the same id appears twice in the file'],
    ]);
  });

  it('keeps script in text as text', () => {
    const r = parseImport(file());
    expect(r.ok && r.notes[0]!.text).toContain('<script>');
  });
});

describe('import and export through the background', () => {
  it('export → wipe → import loses nothing', async () => {
    const { db, handlers, settings, setSettings } = await setup();
    await db.notes.bulkPut([NOTE, { ...NOTE, id: 'n2', text: 'Seconda', selectors: undefined, quote: undefined, updatedAt: T + 3000 }]);
    await handlers.addUserEntity({ type: 'addUserEntity', label: 'Ursula von der Leyen', aliases: ['von der Leyen'], entityType: 'person' });
    await db.corrections.put({ id: 'c1', kind: 'ignoreTerm', term: 'Mosca', site: 'corriere.it', createdAt: T, updatedAt: T });
    setSettings({ ...settings(), style: 'background', disabledSites: ['example.org'] });
    const before = { notes: await db.notes.toArray(), user: await db.entities.where('origin').equals('user').toArray(), corrections: await db.corrections.toArray(), settings: settings() };

    const exported = await handlers.exportData({ type: 'exportData', format: 'backstory', uiLang: 'en' });
    await db.notes.clear();
    await db.entities.where('origin').equals('user').delete();
    await db.corrections.clear();
    setSettings({ ...DEFAULT_SETTINGS });

    const result = await handlers.importData({ type: 'importData', text: exported.text, skipRejected: false });
    expect(result.applied).toBe(true);
    expect(result.report.filter((l) => l.outcome === 'added').length).toBe(4);
    expect(await db.notes.toArray()).toEqual(before.notes);
    expect(await db.entities.where('origin').equals('user').toArray()).toEqual(before.user);
    expect(await db.corrections.toArray()).toEqual(before.corrections);
    expect(settings()).toEqual(before.settings);

    // Importing the same file again changes nothing.
    const again = await handlers.importData({ type: 'importData', text: exported.text, skipRejected: false });
    expect(again.report.every((l) => l.outcome === 'unchanged')).toBe(true);
  });

  it('merges duplicates by updatedAt: the newer copy wins either way', async () => {
    const { db, handlers } = await setup();
    await db.notes.bulkPut([{ ...NOTE, id: 'old-here', text: 'local old', updatedAt: T + 100 }, { ...NOTE, id: 'new-here', text: 'local new', updatedAt: T + 900 }]);
    const text = file({ notes: [{ ...NOTE, id: 'old-here', text: 'imported newer', updatedAt: T + 500 }, { ...NOTE, id: 'new-here', text: 'imported older', updatedAt: T + 500 }] });
    const r = await handlers.importData({ type: 'importData', text, skipRejected: false });
    expect(r.report.filter((l) => l.kind === 'note').map((l) => [l.id, l.outcome])).toEqual([
      ['old-here', 'updated'],
      ['new-here', 'unchanged'],
    ]);
    expect((await db.notes.get('old-here'))!.text).toBe('imported newer');
    expect((await db.notes.get('new-here'))!.text).toBe('local new');
  });

  it('a file with a rejected record changes nothing unless asked to skip it', async () => {
    const { db, handlers, settings } = await setup();
    const text = file({ notes: [NOTE, { ...NOTE, id: 'bad', createdAt: 'yesterday' }], settings: { ...DEFAULT_SETTINGS, style: 'background' } });
    const r = await handlers.importData({ type: 'importData', text, skipRejected: false });
    expect(r.applied).toBe(false);
    expect(r.error).toMatch(/1 record\(s\) were rejected/);
    expect(r.report.map((l) => [l.id, l.outcome])).toEqual([['n1', 'added'], ['settings', 'updated'], ['bad', 'rejected']]);
    expect(await db.notes.count()).toBe(0);
    expect(settings().style).toBe('underline');

    const partial = await handlers.importData({ type: 'importData', text, skipRejected: true });
    expect(partial.applied).toBe(true);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n1']);
  });

  it('a bad file changes nothing', async () => {
    const { db, handlers } = await setup();
    await db.notes.put(NOTE);
    for (const text of ['{', file({ version: 9 }), file().replace('"notes":[{', '"notes":[{"__proto__":1,')]) {
      const r = await handlers.importData({ type: 'importData', text, skipRejected: true });
      expect(r.applied).toBe(false);
      expect(r.error).toBeTruthy();
    }
    expect(await db.notes.toArray()).toEqual([NOTE]);
  });

  it('never lets an imported reader entity replace a pack entity', async () => {
    const { db, handlers } = await setup();
    const hostile = { id: 'Q7747', type: 'person', labels: { en: 'Hacked' }, aliases: {}, desc: {}, facts: [], origin: 'user' };
    const r = await handlers.importData({ type: 'importData', text: file({ notes: [], userEntities: [hostile] }), skipRejected: false });
    expect(r.report.find((l) => l.kind === 'userEntity')).toMatchObject({ outcome: 'rejected' });
    expect((await db.entities.get('Q7747'))!.labels.en).toBe('Vladimir Putin');
  });
});

describe('other export formats', () => {
  const labels = (id: string) => (id === 'Q7747' ? { label: 'Vladimir Putin', qid: 'Q7747' } : undefined);

  it('writes W3C Web Annotations with both selectors', () => {
    const doc = toWebAnnotations([NOTE], labels, new Date(0));
    const a = doc.first.items[0]!;
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a).toMatchObject({ id: 'urn:uuid:n1', type: 'Annotation', created: new Date(T + 1000).toISOString() });
    expect(a.target).toEqual({
      source: 'https://corriere.it/a',
      selector: [
        { type: 'TextQuoteSelector', exact: 'patto di mutua difesa', prefix: 'firmato un ', suffix: ' tra i due' },
        { type: 'TextPositionSelector', start: 40, end: 61 },
      ],
    });
    expect(a.body).toContainEqual(expect.objectContaining({ purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q7747' }));
    expect(a.body).toContainEqual({ type: 'TextualBody', value: 'visite', purpose: 'tagging' });
  });

  it('writes Markdown with markup in notes escaped', () => {
    const md = toMarkdown([NOTE], labels, new Date(0));
    expect(md).toContain('## Vladimir Putin');
    expect(md).toContain('> patto di mutua difesa');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('#visite');
  });
});
