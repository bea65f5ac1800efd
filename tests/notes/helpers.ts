import { afterEach } from 'vitest';
import { createNotesHandlers } from '../../utils/background/notes-handlers';
import { BackstoryDb } from '../../utils/db/database';
import { loadPack } from '../../utils/db/pack-loader';
import type { Pack } from '../../utils/pack/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';

let n = 0;
const open: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

export const PACK: Pack = {
  format: 1,
  version: 'v1',
  asOf: '2024-06-01',
  sources: [{ id: 'src', title: 'A source', url: 'https://example.org/src' }],
  entities: [
    {
      id: 'Q7747',
      qid: 'Q7747',
      type: 'person',
      labels: { en: 'Vladimir Putin', it: 'Vladimir Putin' },
      aliases: { en: ['Putin'], it: ['Putin'] },
      desc: { en: 'President of Russia' },
      facts: [{ p: 'office', v: 'President of Russia', src: 'src', asOf: '2024-06-01', from: '2012-05-07' }],
    },
    {
      id: 'Q159',
      type: 'country',
      labels: { en: 'Russia', it: 'Russia', de: 'Russland', fr: 'Russie', es: 'Rusia' },
      aliases: { en: ['Russia'], de: ['Russland'], es: ['Rusia'] },
      desc: {},
      facts: [],
    },
  ],
};

/** Handlers over a fresh database with the small pack above, and an in-memory settings store. */
export async function setup(opts: { askTab?: (tabId: number, req: unknown) => Promise<unknown>; now?: () => number } = {}) {
  const db = new BackstoryDb(`notes-test-${++n}-${Math.random()}`);
  open.push(db);
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let loads = 0;
  let invalidations = 0;
  const handlers = createNotesHandlers({
    db,
    knowledge: async () => {
      loads++;
      await loadPack(db, PACK);
    },
    invalidateKnowledge: () => void invalidations++,
    now: opts.now ?? (() => 1_700_000_000_000),
    askTab: opts.askTab ?? (() => Promise.reject(new Error('no content script'))),
    settings: {
      get: async () => settings,
      set: async (s) => {
        settings = s;
      },
    },
  });
  await loadPack(db, PACK);
  return {
    db,
    handlers,
    settings: () => settings,
    setSettings: (s: Settings) => void (settings = s),
    loads: () => loads,
    invalidations: () => invalidations,
  };
}
