import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from './schema';

const item = storage.defineItem<unknown>('local:settings');

export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

/** Applies a change to the current settings; the result is validated before it is stored. */
export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const next = parseSettings({ ...current, ...change(current) });
  await item.setValue(next);
  return next;
}

/** Calls `cb` with the new settings on every change; returns the function that stops watching. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(parseSettings(v)));
}
