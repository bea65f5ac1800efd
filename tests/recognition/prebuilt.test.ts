import { PACK_INDEX, splitPack } from '../../utils/pack/parts';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../utils/background/knowledge';
import { BackstoryDb } from '../../utils/db/database';
import type { Pack } from '../../utils/pack/schema';
import { compileMatcher, matcherFile, readMatcherFile, recognise } from '../../utils/recognition';
import { testPack } from './fixture-pack';

const TEXTS = [
  'Vladimir Putin è atterrato a Pyongyang per firmare un patto di mutua difesa tra la Russia e la Corea del Nord di Kim Jong-un.',
  "A Mosca si parla di svolta; la Corea del Sud protesta. L'Italia resta fedele all'accordo di Parigi. Kim ringrazia Putin.",
];
const roundTrip = (pack: Pack) => readMatcherFile(JSON.parse(JSON.stringify(matcherFile(compileMatcher(pack), pack.version))));

describe('the prebuilt matcher file', () => {
  it('recognises exactly what the compiled matcher does', () => {
    const { matcher, packVersion } = roundTrip(testPack);
    expect(packVersion).toBe('test');
    const input = { blocks: TEXTS, lang: 'it', date: '2024-06' };
    const expected = recognise(compileMatcher(testPack), input).mentions;
    expect(expected.length).toBeGreaterThan(5);
    expect(recognise(matcher, input).mentions).toEqual(expected);
  });

  it('does so for the bundled pack too', () => {
    const pack = JSON.parse(readFileSync('public/pack.json', 'utf8')) as Pack;
    const input = { blocks: TEXTS, lang: 'it', date: '2024-06' };
    expect(recognise(roundTrip(pack).matcher, input).mentions).toEqual(recognise(compileMatcher(pack), input).mentions);
  });

  it.each([
    ['an older format', (f: Record<string, unknown>) => ({ ...f, format: 1 })],
    ['no pack version', (f: Record<string, unknown>) => ({ ...f, packVersion: '' })],
    ['a key without interpretations', (f: Record<string, unknown>) => ({ ...f, keys: [...(f.keys as string[]), 'extra'] })],
    ['an interpretation of an unknown entity', (f: Record<string, unknown>) => ({ ...f, interps: [[9999, 0, 1, 0, 1], ...(f.interps as unknown[]).slice(1)] })],
    ['a truncated interpretation', (f: Record<string, unknown>) => ({ ...f, interps: [[0, 0], ...(f.interps as unknown[]).slice(1)] })],
    ['an entity row pointing outside the file', (f: Record<string, unknown>) => {
      const rows = structuredClone(f.entities) as unknown[][];
      rows[0]![3] = [123456];
      return { ...f, entities: rows };
    }],
    ['not an object', () => 'matcher'],
  ])('refuses %s', (_label, spoil) => {
    const file = JSON.parse(JSON.stringify(matcherFile(compileMatcher(testPack), 'test'))) as Record<string, unknown>;
    expect(() => readMatcherFile(spoil(file))).toThrow(/matcher file is malformed/);
  });
});

describe('knowledge on a service-worker wake', () => {
  const dbs: BackstoryDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  /** The extension's files as the build writes them: the matcher, and the pack split into small parts. */
  function files(pack: Pack, matcherPack: Pack = pack) {
    const fetched: string[] = [];
    const matcher = JSON.parse(JSON.stringify(matcherFile(compileMatcher(matcherPack), matcherPack.version)));
    const { index, parts } = splitPack(pack, 2000);
    const served = new Map<string, unknown>([[PACK_INDEX, index], ...parts.map((p) => [p.path, JSON.parse(p.json)] as [string, unknown])]);
    return {
      fetched,
      parts: parts.length,
      fetchJson: async (path: string) => {
        fetched.push(path);
        if (path === '/matcher.json') return matcher;
        if (!served.has(path)) throw new Error(`no such file ${path}`);
        return structuredClone(served.get(path));
      },
    };
  }
  const newDb = () => {
    const db = new BackstoryDb(`knowledge-test-${dbs.length}-${Math.random()}`);
    dbs.push(db);
    return db;
  };
  const idsIn = async (k: Awaited<ReturnType<typeof loadKnowledge>>, text: string) =>
    recognise(k.matcher, { blocks: [text], lang: 'it', date: '2024-06' }).mentions.map((m) => m.id);

  it('installs the pack once, then wakes reading the matcher file only', async () => {
    const db = newDb();
    const install = files(testPack);
    const first = await loadKnowledge({ db, fetchJson: install.fetchJson });
    // The pack comes in several parts (small ones here), read back whole.
    expect(install.parts).toBeGreaterThan(1);
    expect(install.fetched.slice(0, 2)).toEqual(['/matcher.json', PACK_INDEX]);
    expect(install.fetched).toHaveLength(2 + install.parts);
    expect(await db.entities.count()).toBe(testPack.entities.length);
    expect(await idsIn(first, 'Vladimir Putin a Pyongyang, in Corea del Nord.')).toEqual(['P-putin', 'PL-pyongyang', 'C-kp']);

    const wake = files(testPack);
    const again = await loadKnowledge({ db, fetchJson: wake.fetchJson });
    expect(wake.fetched).toEqual(['/matcher.json']);
    expect(await idsIn(again, 'Vladimir Putin a Pyongyang, in Corea del Nord.')).toEqual(['P-putin', 'PL-pyongyang', 'C-kp']);
    // Entities come from IndexedDB, read once and kept.
    expect((await again.entities(['P-putin', 'nobody'])).get('P-putin')?.labels.en).toBe('Vladimir Putin');
  });

  it("compiles the reader's own names into the matcher", async () => {
    const db = newDb();
    await loadKnowledge({ db, fetchJson: files(testPack).fetchJson });
    await db.entities.put({ id: 'user-1', type: 'person', labels: { it: 'Mario Rossi' }, aliases: { it: ['Mario Rossi'] }, desc: {}, facts: [], origin: 'user' } as never);
    const k = await loadKnowledge({ db, fetchJson: files(testPack).fetchJson });
    expect(await idsIn(k, 'Mario Rossi ha incontrato Vladimir Putin.')).toEqual(['user-1', 'P-putin']);
  });

  it('never uses a matcher built from another pack', async () => {
    const db = newDb();
    const older: Pack = { ...testPack, version: 'older', entities: testPack.entities.filter((e) => e.id !== 'P-putin') };
    const mixed = files(testPack, older);
    const k = await loadKnowledge({ db, fetchJson: mixed.fetchJson });
    expect(mixed.fetched.slice(0, 2)).toEqual(['/matcher.json', PACK_INDEX]);
    expect(await idsIn(k, 'Vladimir Putin parla.')).toEqual(['P-putin']);
  });
});
