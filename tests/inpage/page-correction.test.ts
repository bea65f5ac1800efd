// The reader's correction of a page's language or date is used: at once on the page, and on every later visit.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../utils/background/handlers';
import { knowledgeOf } from '../../utils/background/knowledge';
import { PageSession, type RecognizeInput } from '../../utils/content/page-session';
import { BackstoryDb } from '../../utils/db/database';
import { BackgroundResponses, type RecognizeResponse } from '../../utils/messaging/protocol';
import { packMentions, unpackMentions } from '../../utils/messaging/spans';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { testPack } from '../recognition/fixture-pack';

const URL_A = 'https://news.example/2012/01/01/summit';
const SEED = 'Putin è arrivato a Pyongyang da Kim Jong-un; Mosca e la Corea del Nord firmano un patto di mutua difesa.';

describe('the background recognises with the stored correction', () => {
  const open: BackstoryDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });

  it('applies it on every visit of the URL (fragment aside) until the reader takes it back', async () => {
    const db = new BackstoryDb(`correction-${Math.random()}`);
    open.push(db);
    const h = createHandlers({ db, knowledge: async () => knowledgeOf(testPack), uiLang: () => 'en' });
    const ask = async (url: string, lang: string | null, date: string | null) =>
      BackgroundResponses.recognize.parse(await h.recognize({ type: 'recognize', url, title: 't', lang, date, blocks: [SEED] }));

    // Read as English and dated 2012, the Italian description of the 2024 pact finds nothing.
    const before = await ask(URL_A, 'en', '2012-01-01');
    expect(before.context).toEqual({ lang: 'en', date: '2012-01-01', corrected: false });
    const treaty = testPack.entities.find((e) => e.type === 'treaty')!;
    expect(before.entities.map((e) => e.id)).not.toContain(treaty.id);

    await h.setPageContext({ type: 'setPageContext', url: URL_A, context: { lang: 'it', date: '2024-06-19' } });
    const after = await ask(`${URL_A}#comments`, 'en', '2012-01-01');
    expect(after.context).toEqual({ lang: 'it', date: '2024-06-19', corrected: true });
    expect(after.entities.map((e) => e.id)).toContain(treaty.id);
    // Another page keeps its own reading.
    expect((await ask('https://news.example/other', 'en', '2012-01-01')).context?.corrected).toBe(false);
    // The visit log records what recognition used, under the address without its fragment.
    await expect.poll(async () => (await db.visits.get(URL_A))?.date).toBe('2024-06-19');

    await h.setPageContext({ type: 'setPageContext', url: URL_A, context: null });
    expect((await ask(URL_A, 'en', '2012-01-01')).context).toEqual({ lang: 'en', date: '2012-01-01', corrected: false });
  });

  it('a damaged stored correction reads as none and recognition goes on', async () => {
    const db = new BackstoryDb(`correction-bad-${Math.random()}`);
    open.push(db);
    await db.meta.put({ key: `pageContext:${URL_A}`, value: { lang: 42, date: 'yesterday' } });
    const h = createHandlers({ db, knowledge: async () => knowledgeOf(testPack), uiLang: () => 'en' });
    const res = BackgroundResponses.recognize.parse(await h.recognize({ type: 'recognize', url: URL_A, title: 't', lang: 'it', date: '2024-06', blocks: [SEED] }));
    expect(res.context).toEqual({ lang: 'it', date: '2024-06', corrected: false });
    expect(unpackMentions(res, [{ text: SEED }]).mentions.length).toBeGreaterThan(0);
  });
});

describe('the page session takes a correction at once', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.head.innerHTML = '';
  });

  it('re-runs recognition with it, closes the open card, and sends the page’s own reading so the background decides', async () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2012-05-06">';
    document.body.innerHTML = '<article><p>Oggi Putin ha parlato a lungo del vertice con i ministri e con la stampa estera, da Mosca.</p></article>';
    let stored: { lang: string | null; date: string | null } | null = null;
    const calls: RecognizeInput[] = [];
    let closed = 0;
    const recognize = async (req: RecognizeInput): Promise<RecognizeResponse> => {
      calls.push(req);
      const at = req.blocks[0]!.indexOf('Putin');
      return {
        ...packMentions([{ block: 0, start: at, end: at + 5, id: 'Q7747' }], () => 'person'),
        context: { lang: stored?.lang ?? req.lang, date: stored?.date ?? req.date, corrected: !!stored },
      };
    };
    const ctrl = new AbortController();
    const session = new PageSession({
      doc: document,
      win: window,
      signal: ctrl.signal,
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
      recognize,
      describe: async () => [],
      corrections: async () => [],
      openCard: () => {},
      closeCard: () => void closed++,
      isOwnUi: () => false,
    });
    await session.applySettings(DEFAULT_SETTINGS);
    expect(session.date).toBe('2012-05-06');
    expect(calls).toHaveLength(1);

    stored = { lang: null, date: '2024-06-19' };
    const closedBefore = closed;
    expect(await session.applyPageCorrection(stored)).toBe(true);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.date).toBe('2012-05-06');
    expect(session.date).toBe('2024-06-19');
    expect(closed).toBeGreaterThan(closedBefore);
    expect((await session.pageState()).date).toBe('2024-06-19');

    stored = null;
    await session.applyPageCorrection(null);
    expect(session.date).toBe('2012-05-06');
    ctrl.abort();
    session.stop();
  });
});
