/**
 * What the content script needs before its first scan, asked for at
 * document_start by a tiny script of its own (entrypoints/prefetch.content.ts),
 * so the answers are in by the time the page is ready: the reader's settings
 * (a storage read takes 5–15 ms on a loading page) and, where the site is on,
 * a service worker awake with its matcher loaded (a stopped worker takes
 * 100 ms and more to wake). Both scripts run in the extension's one isolated
 * world per frame, so they meet on its global object; the page never sees it.
 */

const KEY = Symbol.for('backstory.prefetch');

interface Prefetched {
  settings: Promise<unknown>;
}

type Holder = Record<symbol, Prefetched | undefined>;

export interface PrefetchApi {
  getSettings: () => Promise<unknown>;
  warmUp: () => Promise<unknown>;
}

/**
 * The stored settings as they are (the content script validates them), and a
 * wake-up call to the background unless the settings switch this site off. No
 * schema here on purpose: this runs on every page at document_start and must
 * stay small.
 */
export function startPrefetch(global: object, hostname: string, api: PrefetchApi): void {
  const g = global as Holder;
  if (g[KEY]) return;
  const settings = api.getSettings();
  g[KEY] = { settings };
  settings
    .then((raw) => {
      const s = (raw ?? {}) as { enabled?: unknown; disabledSites?: unknown };
      const off = s.enabled === false || (Array.isArray(s.disabledSites) && s.disabledSites.includes(hostname));
      if (!off) return api.warmUp();
    })
    .catch(() => undefined);
}

/** The settings read ahead, once; null when nothing was read ahead (the script did not run, or it was taken). */
export function takePrefetched(global: object): Promise<unknown> | null {
  const g = global as Holder;
  const p = g[KEY];
  if (!p) return null;
  g[KEY] = undefined;
  return p.settings;
}
