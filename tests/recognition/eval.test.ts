// Gold-set regression: entity-level figures over tests/gold (+ the seed), against the targets.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED, precision, recall, runEval, type EvalResult } from '../../scripts/eval.ts';

const haveShared = existsSync(SHARED) && existsSync('public/pack.json');
if (!haveShared) console.warn(`eval.test: ${SHARED} not found, gold evaluation skipped`);

describe.skipIf(!haveShared)('gold evaluation', () => {
  let result: EvalResult;
  const get = (): EvalResult => (result ??= runEval());

  it('evaluates at least 15 corpus pages plus the seed', () => {
    expect(get().pages.length).toBeGreaterThanOrEqual(16);
  });

  it('core tier: recall ≥ 0.95, precision ≥ 0.97', () => {
    const r = get();
    expect(recall(r.core), `core recall; pack gaps: ${r.packGaps.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(precision(r.core)).toBeGreaterThanOrEqual(0.97);
  });

  it('all in scope: recall ≥ 0.85', () => {
    const r = get();
    expect(recall(r.all), `pack gaps: ${r.packGaps.join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('the seed is perfect on its core tier', () => {
    const seed = get().seed;
    expect(seed).not.toBeNull();
    expect(seed!.misses.filter((m) => m.tier === 'core')).toEqual([]);
    expect(precision(seed!.core)).toBe(1);
    expect(seed!.mustNotHits).toEqual([]);
  });
}, 120_000);
