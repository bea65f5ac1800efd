import { describe, expect, it } from 'vitest';
import { PACK_INDEX, PART_BYTES, readPackParts, splitPack } from '../../utils/pack/parts';
import { testPack } from '../recognition/fixture-pack';

const serve = (files: Map<string, string>) => async (path: string) => {
  const f = files.get(path);
  if (f === undefined) throw new Error(`no such file ${path}`);
  return JSON.parse(f) as unknown;
};

describe('the pack in parts', () => {
  it('splits into parts under the size asked and reads back the same pack, in order', async () => {
    const { index, parts } = splitPack(testPack, 1500);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.json.length).toBeLessThanOrEqual(1500 + 1000);
    const files = new Map<string, string>([[PACK_INDEX, JSON.stringify(index)], ...parts.map((p) => [p.path, p.json] as [string, string])]);
    expect(await readPackParts(serve(files))).toEqual(testPack);
  });

  it('keeps every part of the real pack under the size a linter parses', async () => {
    const { readFileSync } = await import('node:fs');
    const pack = JSON.parse(readFileSync('public/pack.json', 'utf8'));
    const { parts } = splitPack(pack);
    expect(parts.length).toBeGreaterThanOrEqual(1);
    for (const p of parts) expect(Buffer.byteLength(p.json)).toBeLessThan(5 * 1024 * 1024);
    expect(PART_BYTES).toBeLessThan(5 * 1024 * 1024);
  });

  it('refuses a malformed index or a part that is not a list, with a clear message', async () => {
    await expect(readPackParts(async () => ({ format: 1 }))).rejects.toThrow(/index is malformed/);
    const { index } = splitPack(testPack);
    const bad = new Map<string, string>([[PACK_INDEX, JSON.stringify(index)], [index.parts[0]!, '{"not":"a list"}']]);
    await expect(readPackParts(serve(bad))).rejects.toThrow(/not a list of entities/);
    await expect(readPackParts(async () => ({ ...index, parts: ['/elsewhere.json'] }))).rejects.toThrow(/index is malformed/);
  });
});
