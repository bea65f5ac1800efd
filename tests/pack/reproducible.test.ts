import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildPack } from '../../scripts/pack/compile.ts';
import { HAS_SHARED, ROOT, SHARED, committedPackText } from './load.ts';

if (!HAS_SHARED) console.warn('pack reproducibility test skipped: ../shared is not present beside the project');

describe.skipIf(!HAS_SHARED)('pack build', () => {
  it('rebuilds public/pack.json byte for byte from ../shared and data/curated', () => {
    const { json } = buildPack(SHARED, resolve(ROOT, 'data/curated'));
    // Compared as strings, not parsed, so ordering or formatting drift also fails.
    expect(json === committedPackText()).toBe(true);
  }, 60_000);
});
