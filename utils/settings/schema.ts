import * as z from 'zod/mini';
import { ENTITY_TYPES, EntityType } from '../messaging/wire';
import { UI_LANGS } from './ui-lang';

const int = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

/**
 * The reader's settings, kept in extension storage (not IndexedDB) so every part can watch them.
 * One schema for every part, in zod/mini: the content script reads it too, and classic zod would
 * add about 90 KB to the script that runs on every page (see utils/messaging/wire.ts).
 */
export const Settings = z.object({
  enabled: z.boolean(),
  /** Hostnames where highlighting is switched off. */
  disabledSites: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(10_000)),
  types: z.array(EntityType),
  style: z.enum(['underline', 'background']),
  trigger: z.enum(['click', 'hover']),
  hoverDelayMs: int(0, 5000),
  uiLang: z.enum(['auto', ...UI_LANGS]),
  onlineLookups: z.boolean(),
  /*
   * How long and how much visit history is kept ("pages seen"); older and excess visits are
   * pruned on every write. Defaulted, so settings stored or exported before they existed still parse.
   */
  historyDays: z._default(int(1, 3650), 90),
  historyMaxVisits: z._default(int(100, 100_000), 5000),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  types: [...ENTITY_TYPES],
  style: 'underline',
  trigger: 'click',
  hoverDelayMs: 400,
  uiLang: 'auto',
  onlineLookups: false,
  historyDays: 90,
  historyMaxVisits: 5000,
};

/** Stored settings merged over the defaults; anything malformed falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(obj[key]);
    if (field.success) out[key] = field.data;
  }
  return out as Settings;
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
