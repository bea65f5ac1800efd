import { describe, expect, it } from 'vitest';
import { includesSquashed, squash, squashedLength } from '../../utils/article/squash';

// A small seeded generator, so a failure can be replayed.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}
const CHARS = ['a', 'b', 'c', ' ', ' ', '\n', '\t', '\u00a0', '\u2009', 'é'];

describe('squashed text comparisons', () => {
  it('agree with squash() on random text, probes and misses', () => {
    const r = rng(7);
    let hits = 0;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + Math.floor(r() * 40) }, () => CHARS[Math.floor(r() * CHARS.length)]).join('');
      const sq = squash(text);
      expect(squashedLength(text)).toBe(sq.length);
      const cap = Math.floor(r() * 30);
      expect(squashedLength(text, cap)).toBe(Math.min(sq.length, cap));
      // Half the probes come from the squashed text (boundary spaces included), half are random.
      const a = Math.floor(r() * (sq.length + 1));
      const b = a + Math.floor(r() * (sq.length - a + 1));
      const probe = r() < 0.5 ? sq.slice(a, b) : squash(Array.from({ length: 1 + Math.floor(r() * 6) }, () => CHARS[Math.floor(r() * CHARS.length)]).join('')) + (r() < 0.2 ? ' ' : '');
      const want = sq.includes(probe);
      if (want) hits++;
      expect({ text, probe, found: includesSquashed(text, probe) }).toEqual({ text, probe, found: want });
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('match across line breaks and markup whitespace', () => {
    expect(includesSquashed('Il presidente\n   russo Vladimir\u00a0Putin', 'presidente russo Vladimir Putin')).toBe(true);
    expect(includesSquashed('Il presidente russo', 'presidente francese')).toBe(false);
    expect(includesSquashed('  fine', ' fine')).toBe(false);
  });
});
