import { describe, expect, it } from 'vitest';
import { benchmarkMarks } from '../../utils/content/perf-marks';

function fakePerf() {
  let now = 10;
  const marks: { name: string; startTime: number }[] = [];
  const measures: { name: string; duration: number }[] = [];
  return {
    marks,
    measures,
    advance: (ms: number) => (now += ms),
    perf: {
      now: () => now,
      mark: (name: string, o?: PerformanceMarkOptions) => {
        marks.push({ name, startTime: o?.startTime ?? now });
        return undefined as unknown as PerformanceMark;
      },
      measure: (name: string, o?: string | PerformanceMeasureOptions) => {
        measures.push({ name, duration: (o as PerformanceMeasureOptions).duration ?? NaN });
        return undefined as unknown as PerformanceMeasure;
      },
    },
  };
}

describe('benchmark marks', () => {
  it('write nothing at all for a reader (no opt-in), before or after the flag is read', async () => {
    const f = fakePerf();
    let answer!: (v: boolean) => void;
    const m = benchmarkMarks(f.perf, new Promise((ok) => (answer = ok)));
    m.mark('backstory:start');
    answer(false);
    await Promise.resolve();
    m.mark('backstory:done');
    m.measure('backstory:main-thread', 5);
    expect(f.marks).toEqual([]);
    expect(f.measures).toEqual([]);
  });

  it('nothing either when the flag could not be read', async () => {
    const f = fakePerf();
    const m = benchmarkMarks(f.perf, Promise.reject(new Error('no storage')));
    m.mark('backstory:start');
    await new Promise((ok) => setTimeout(ok, 0));
    m.mark('backstory:done');
    expect(f.marks).toEqual([]);
  });

  it('write every mark with the time it was taken when the benchmark opted in, even marks taken before the flag arrived', async () => {
    const f = fakePerf();
    let answer!: (v: boolean) => void;
    const m = benchmarkMarks(f.perf, new Promise((ok) => (answer = ok)));
    m.mark('backstory:start');
    f.advance(7);
    m.mark('backstory:collected');
    m.measure('backstory:main-thread', 3);
    expect(f.marks).toEqual([]);
    answer(true);
    await Promise.resolve();
    f.advance(5);
    m.mark('backstory:done');
    expect(f.marks).toEqual([
      { name: 'backstory:start', startTime: 10 },
      { name: 'backstory:collected', startTime: 17 },
      { name: 'backstory:done', startTime: 22 },
    ]);
    expect(f.measures).toEqual([{ name: 'backstory:main-thread', duration: 3 }]);
  });
});
