import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession, type RecognizeInput } from '../../utils/content/page-session';
import { MARK_TAG } from '../../utils/highlight/custom-highlights';
import type { RecognizeResponse } from '../../utils/messaging/protocol';
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
    const mentions: RecognizeResponse['mentions'] = [];
    req.blocks.forEach((text, block) => {
      for (const [name, e] of Object.entries(NAMES)) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ block, start: at, end: at + name.length, id: e.id, surface: name });
      }
    });
    mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    const ids = new Set(mentions.map((m) => m.id));
    const entities = Object.entries(NAMES)
      .filter(([, e]) => ids.has(e.id))
      .map(([name, e]) => ({ id: e.id, type: e.type, label: name }));
    return { mentions, entities };
  };
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
    expect(session.pageState().entities.map((e) => e.id)).toEqual(['Q159']);

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
