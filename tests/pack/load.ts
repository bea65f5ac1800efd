// Shared test helpers: the committed pack, and where ../shared would be.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pack } from '../../utils/pack/schema.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(resolve(SHARED, 'kb'));
export const PACK_PATH = resolve(ROOT, 'public/pack.json');

export function committedPackText(): string {
  return readFileSync(PACK_PATH, 'utf8');
}
export function committedPack(): Pack {
  return Pack.parse(JSON.parse(committedPackText()));
}
export function byLabel(pack: Pack, en: string) {
  return pack.entities.find((e) => e.labels.en === en);
}
