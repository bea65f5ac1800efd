import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBundledPack } from '../../utils/pack/bundled';
import { Pack } from '../../utils/pack/schema';

describe('the bundled pack as the service worker reads it', () => {
  const json: unknown = JSON.parse(readFileSync('public/pack.json', 'utf8'));

  it('reads the committed pack, which also passes the full schema', () => {
    expect(readBundledPack(json).entities.length).toBeGreaterThan(1000);
    expect(Pack.safeParse(json).success).toBe(true);
  });

  it.each([
    ['another format', { format: 2, version: 'x', asOf: '2026', sources: [], entities: [] }],
    ['no version', { format: 1, asOf: '2026', sources: [], entities: [] }],
    ['entities without ids', { format: 1, version: 'x', asOf: '2026', sources: [], entities: [{ type: 'person' }] }],
    ['not an object', 'pack'],
  ])('rejects %s', (_label, bad) => {
    expect(() => readBundledPack(bad)).toThrow(/bundled pack is malformed/);
  });
});
