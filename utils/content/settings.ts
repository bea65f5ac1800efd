import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, type Settings } from '../settings/schema';

/*
 * The reader's settings as the content script reads, watches and (for the
 * "on this site" toggle) writes them: utils/settings/store.ts's functions over
 * `browser.storage` directly, with the one schema of utils/settings/schema.ts
 * (zod/mini). WXT's storage wrapper would add 9 KB to every page for one key.
 */

export { DEFAULT_SETTINGS, isSiteEnabled, parseSettings };

/** The storage.local key, as utils/settings/store.ts's `local:settings` item. */
const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(KEY))[KEY]);
}

/** Applies a change to the current settings; the result is validated before it is stored. */
export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const next = parseSettings({ ...current, ...change(current) });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `cb` with the new settings on every change; returns the function that stops watching. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, KEY)) cb(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
