import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession, type RecognizeInput } from '../../utils/content/page-session';
import { MARK_TAG } from '../../utils/highlight/custom-highlights';
import type { EntitySummary, RecognizeResponse } from '../../utils/messaging/protocol';
import { packMentions } from '../../utils/messaging/spans';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';

/*
 * The session in happy-dom, which has no Highlight API: so these also run the
 * wrapping fallback end to end. Recognition is a stub that finds fixed names.
 */
const NAMES: Record<string, { id: string; type: 'person' | 'country' | 'place' }> = {
  Putin: { id: 'Q7747', type: 'person' },
  Russia: { id: 'Q159', type: 'country' },
  Mosca: { id: 'Q649', type: 'place' },
  Macron: { id: 'Q3052772', type: 'person' },
};

function stubRecognize(calls: RecognizeInput[]) {
  return async (req: RecognizeInput): Promise<RecognizeResponse> => {
    calls.push(req);
    const mentions: { block: number; start: number; end: number; id: string }[] = [];
    req.blocks.forEach((text, block) => {
      for (const [name, e] of Object.entries(NAMES)) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ block, start: at, end: at + name.length, id: e.id });
      }
    });
    mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    return packMentions(mentions, (id) => Object.values(NAMES).find((e) => e.id === id)?.type);
  };
}

async function stubDescribe(ids: string[]): Promise<EntitySummary[]> {
  return Object.entries(NAMES)
    .filter(([, e]) => ids.includes(e.id))
    .map(([name, e]) => ({ id: e.id, type: e.type, label: name }));
}

const PAGE = `<main><article>
  <h1>Putin e la Russia</h1>
  <p>Oggi Putin ha parlato da Mosca della Russia e del suo futuro, con toni duri e lunghi silenzi.</p>
  <p>Un secondo paragrafo abbastanza lungo da sembrare un articolo vero, su Putin e Mosca.</p>
</article></main>`;

function makeSession(calls: RecognizeInput[], ctrl = new AbortController()) {
  const opened: string[] = [];
  const session = new PageSession({
    doc: document,
    win: window,
    signal: ctrl.signal,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    recognize: stubRecognize(calls),
    describe: stubDescribe,
    corrections: async () => [],
    openCard: (id) => opened.push(id),
    closeCard: () => {},
    isOwnUi: () => false,
  });
  return { session, opened, ctrl };
}

const marks = () => Array.from(document.querySelectorAll(MARK_TAG), (m) => m.textContent);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('page session (wrapping fallback)', () => {
  it('highlights, filters by corrections and types at once, and stop() restores the page exactly', async () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const calls: RecognizeInput[] = [];
    const { session } = makeSession(calls);
    await session.applySettings(DEFAULT_SETTINGS);
    expect(marks()).toEqual(['Putin', 'Russia', 'Putin', 'Mosca', 'Russia', 'Putin', 'Mosca']);

    session.addCorrection({ id: 'c1', kind: 'ignoreTerm', term: 'mosca', site: null, createdAt: 0 });
    expect(marks()).not.toContain('Mosca');
    session.addCorrection({ id: 'c2', kind: 'notEntity', term: 'Russia', entityId: 'Q159', site: 'elsewhere.example', createdAt: 0 });
    expect(marks()).toContain('Russia');

    await session.applySettings({ ...DEFAULT_SETTINGS, types: ['country'] });
    expect(marks()).toEqual(['Russia', 'Russia']);
    const state = await session.pageState();
    expect(state.entities.map((e) => [e.id, e.label, e.count])).toEqual([['Q159', 'Russia', 2]]);

    await session.applySettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    expect(session.on).toBe(false);

    // Back on: a fresh scan.
    await session.applySettings(DEFAULT_SETTINGS);
    expect(calls).toHaveLength(2);
    expect(marks().length).toBeGreaterThan(0);
    session.stop();
    expect(document.body.innerHTML).toBe(before);
  });

  it('rescans only the changed paragraph when the page adds text', async () => {
    document.body.innerHTML = PAGE;
    const calls: RecognizeInput[] = [];
    const { session } = makeSession(calls);
    await session.applySettings(DEFAULT_SETTINGS);
    const p = document.createElement('p');
    p.textContent = 'Più tardi Macron ha risposto, e la sua risposta è stata lunga, articolata e molto discussa in Europa.';
    document.querySelector('article')!.append(p);
    await vi.waitFor(() => expect(marks()).toContain('Macron'), { timeout: 2000 });
    expect(calls).toHaveLength(2);
    expect(calls[1]!.incremental).toBe(true);
    expect(calls[1]!.blocks).toEqual([p.textContent]);
    session.stop();
  });

  it('reads the page ahead of its settings, and misses nothing the page adds meanwhile', async () => {
    document.body.innerHTML = PAGE;
    const calls: RecognizeInput[] = [];
    const { session } = makeSession(calls);
    session.prepare();
    await new Promise((r) => setTimeout(r, 20)); // the read-ahead is done
    // The page adds a paragraph while the settings are still on their way.
    const p = document.createElement('p');
    p.textContent = 'Più tardi Macron ha risposto, e la sua risposta è stata lunga, articolata e molto discussa in Europa.';
    document.querySelector('article')!.append(p);
    await session.applySettings(DEFAULT_SETTINGS);
    expect(marks()).toContain('Putin');
    await vi.waitFor(() => expect(marks()).toContain('Macron'), { timeout: 2000 });
    session.stop();
  });

  it('leaves nothing behind when the settings say this site is off', async () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const calls: RecognizeInput[] = [];
    const { session } = makeSession(calls);
    session.prepare();
    await session.applySettings({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Putin parla ancora a lungo, molto a lungo, di molte cose diverse.' }));
    await new Promise((r) => setTimeout(r, 400));
    expect(calls).toHaveLength(0);
    expect(session.on).toBe(false);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    document.querySelector('article')!.lastElementChild!.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('does no work in a hidden tab until it becomes visible', async () => {
    document.body.innerHTML = PAGE;
    const calls: RecognizeInput[] = [];
    const vis = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { session } = makeSession(calls);
    await session.applySettings(DEFAULT_SETTINGS);
    expect(calls).toHaveLength(0);
    vis.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    vis.mockRestore();
    session.stop();
  });

  it('moves a keyboard focus through mentions in page order, wrapping around', async () => {
    document.body.innerHTML = PAGE;
    const { session } = makeSession([]);
    await session.applySettings(DEFAULT_SETTINGS);
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) seen.push(session.navigate('next')!.mention.surface);
    expect(seen.slice(0, 7)).toEqual(['Putin', 'Russia', 'Putin', 'Mosca', 'Russia', 'Putin', 'Mosca']);
    expect(seen[7]).toBe('Putin');
    expect(session.navigate('previous')!.mention.surface).toBe('Mosca');
    session.stop();
  });

  it('stops everything when the content script is invalidated', async () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const ctrl = new AbortController();
    const { session } = makeSession([], ctrl);
    await session.applySettings(DEFAULT_SETTINGS);
    ctrl.abort();
    session.stop();
    expect(document.body.innerHTML).toBe(before);
  });
});
