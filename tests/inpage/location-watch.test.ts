import { describe, expect, it } from 'vitest';
import { watchLocation } from '../../utils/content/location-watch';

describe('the content script hears single-page navigations without telling the page', () => {
  it('through the Navigation API where there is one, once per new address, until aborted', () => {
    const listeners: ((e: { destination: { url: string } }) => void)[] = [];
    const ctrl = new AbortController();
    const win = {
      location: { href: 'https://news.example/a' },
      navigation: { addEventListener: (_t: 'navigate', cb: (e: { destination: { url: string } }) => void) => void listeners.push(cb) },
    };
    const seen: string[] = [];
    const dispatched: string[] = [];
    const origDispatch = globalThis.dispatchEvent;
    globalThis.dispatchEvent = (e: Event) => (dispatched.push(e.type), true);
    try {
      watchLocation({ signal: ctrl.signal, setInterval: () => { throw new Error('no polling with the Navigation API'); } }, (u) => seen.push(u), win);
      for (const url of ['https://news.example/a', 'https://news.example/b', 'https://news.example/b', 'https://news.example/c']) listeners[0]!({ destination: { url } });
      ctrl.abort();
      listeners[0]!({ destination: { url: 'https://news.example/d' } });
    } finally {
      globalThis.dispatchEvent = origDispatch;
    }
    expect(seen).toEqual(['https://news.example/b', 'https://news.example/c']);
    // Nothing went to the window, where page scripts listen.
    expect(dispatched).toEqual([]);
  });

  it('by polling the address elsewhere', () => {
    let tick: (() => void) | null = null;
    const win = { location: { href: 'https://news.example/a' } };
    const seen: string[] = [];
    watchLocation({ signal: new AbortController().signal, setInterval: (fn) => (tick = fn) }, (u) => seen.push(u), win);
    tick!();
    win.location.href = 'https://news.example/b';
    tick!();
    tick!();
    expect(seen).toEqual(['https://news.example/b']);
  });
});
