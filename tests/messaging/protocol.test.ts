import { describe, expect, it, vi } from 'vitest';
import { BackgroundRequest, ContentRequest, ContentRequests, NoteInput } from '../../utils/messaging/protocol';
import { createRouter } from '../../utils/messaging/router';

describe('message schemas', () => {
  it('accepts a well-formed request of each kind', () => {
    expect(BackgroundRequest.safeParse({ type: 'recognize', url: 'https://a.example/x', title: 't', lang: 'it', date: '2024-06', blocks: ['Putin'] }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ type: 'getCard', id: 'Q7747', date: null, uiLang: 'en' }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ type: 'saveNote', note: { text: 'hello' } }).success).toBe(true);
    expect(ContentRequest.safeParse({ type: 'getPageState' }).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'dropDatabase' }],
    ['no type', { id: 'Q7747' }],
    ['a missing field', { type: 'getCard', id: 'Q7747' }],
    ['a wrong field type', { type: 'deleteNote', id: 42 }],
    ['a bad date', { type: 'recognize', url: 'u', title: 't', lang: null, date: '24 June', blocks: [] }],
    ['blocks that are not strings', { type: 'recognize', url: 'u', title: 't', lang: null, date: null, blocks: [{}] }],
    ['a null message', null],
    ['a string message', 'getCard'],
  ])('rejects %s', (_label, msg) => {
    expect(BackgroundRequest.safeParse(msg).success).toBe(false);
  });

  it('rejects oversized note text and tags', () => {
    expect(NoteInput.safeParse({ text: 'x'.repeat(100_001) }).success).toBe(false);
    expect(NoteInput.safeParse({ text: 'ok', tags: Array(51).fill('t') }).success).toBe(false);
  });
});

describe('router', () => {
  const handler = vi.fn(async () => ({ deleted: true }));
  const log = vi.fn();
  const route = createRouter(BackgroundRequest, {
    recognize: vi.fn(),
    getCard: vi.fn(),
    listNotes: vi.fn(),
    saveNote: vi.fn(),
    deleteNote: handler,
  } as never, { extensionId: 'self', log });

  it('answers a valid message from this extension', async () => {
    await expect(route({ type: 'deleteNote', id: 'n1' }, { id: 'self' })).resolves.toEqual({ deleted: true });
    expect(handler).toHaveBeenCalledWith({ type: 'deleteNote', id: 'n1' }, { role: null, incognito: false });
  });

  it('ignores a message from another extension', () => {
    handler.mockClear();
    expect(route({ type: 'deleteNote', id: 'n1' }, { id: 'someone-else' })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('drops a malformed message with a warning', () => {
    handler.mockClear();
    log.mockClear();
    expect(route({ type: 'deleteNote' }, { id: 'self' })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(log.mock.calls[0]?.[0]).toMatch(/malformed/);
  });
});

describe('router over one schema per request type (the content script\'s)', () => {
  const show = vi.fn(async ({ id }: { id: string }) => ({ shown: id === 'Q1' }));
  const log = vi.fn();
  const route = createRouter(ContentRequests, { showEntity: show } as never, { extensionId: 'self', log });

  it('parses a message with its own type\'s schema', async () => {
    await expect(route({ type: 'showEntity', id: 'Q1' }, { id: 'self', tab: { id: 4 }, frameId: 0 })).resolves.toEqual({ shown: true });
    expect(show).toHaveBeenCalledWith({ type: 'showEntity', id: 'Q1' }, { role: null, tabId: 4, frameId: 0, incognito: false });
  });

  it.each([
    ['an unknown type', { type: 'dropDatabase' }],
    ['a type named after an object property', { type: '__proto__' }],
    ['a type named after a prototype method', { type: 'toString' }],
    ['a malformed request of a known type', { type: 'showEntity', id: 7 }],
    ['no type', { id: 'Q1' }],
    ['null', null],
  ])('drops %s', (_label, msg) => {
    show.mockClear();
    log.mockClear();
    expect(route(msg, { id: 'self' })).toBeUndefined();
    expect(show).not.toHaveBeenCalled();
    expect(log.mock.calls[0]?.[0]).toMatch(/malformed/);
  });
});
