/**
 * Calls back when the page's address changes (single-page navigation). WXT's own `wxt:locationchange`
 * is a window event named after the extension's id, which every script on the page can hear: a
 * fingerprint of the reader. This watcher tells only the content script.
 */
export interface WatchContext {
  signal: AbortSignal;
  setInterval: (fn: () => void, ms: number) => unknown;
}

interface NavigationLike {
  addEventListener(type: 'navigate', cb: (e: { destination: { url: string } }) => void, opts: { signal: AbortSignal }): void;
}

export function watchLocation(
  ctx: WatchContext,
  onChange: (url: string) => void,
  win: { location: { href: string }; navigation?: NavigationLike } = globalThis as never,
  pollMs = 1000,
): void {
  let last = win.location.href;
  const seen = (url: string) => {
    if (url === last || ctx.signal.aborted) return;
    last = url;
    onChange(url);
  };
  // The Navigation API tells at once where it has it (Chromium); elsewhere the address is polled, as WXT does.
  if (typeof win.navigation?.addEventListener === 'function') win.navigation.addEventListener('navigate', (e) => seen(e.destination.url), { signal: ctx.signal });
  else ctx.setInterval(() => seen(win.location.href), pollMs);
}
