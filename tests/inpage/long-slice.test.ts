import { describe, expect, it, vi } from 'vitest';
import { Slicer } from '../../utils/content/schedule';

describe('a slice over 50 ms', () => {
  it('is told to the meter only, never written to the page’s timeline', async () => {
    let now = 0;
    const measure = vi.fn();
    const win = { performance: { now: () => now, measure }, setTimeout, MessageChannel } as unknown as Window;
    const seen: number[] = [];
    const slicer = new Slicer(win, new AbortController().signal, 8, { ms: 0, longSlice: (ms) => seen.push(ms) });
    now = 70;
    slicer.report();
    now = 75;
    slicer.reset();
    now = 80;
    slicer.report();
    expect(seen).toEqual([70]);
    expect(measure).not.toHaveBeenCalled();
  });
});
