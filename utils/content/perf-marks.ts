/**
 * Performance marks for the in-page benchmark, and only for it. Marks and
 * measures land in the page's own performance timeline, where any page
 * script can list them: named after the extension, they would tell the page
 * that the reader runs it. So they are written only when the benchmark asked
 * for them, by a flag in the extension's storage (which pages can't set), and
 * not at all for readers.
 *
 * The flag arrives a few milliseconds after the content script starts, so
 * entries are kept with their own times until then and written afterwards
 * with those times: the benchmark's figures don't move.
 */

/** The storage key the benchmark sets to true in `storage.local`. */
export const BENCHMARK_MARKS_KEY = 'benchmarkMarks';

export interface PerfMarks {
  mark: (name: string) => void;
  /** A duration measured by the content script itself (e.g. its main-thread time). */
  measure: (name: string, ms: number) => void;
}

type Entry = { kind: 'mark'; name: string; at: number } | { kind: 'measure'; name: string; ms: number };

export function benchmarkMarks(perf: Pick<Performance, 'now' | 'mark' | 'measure'>, optIn: Promise<boolean>): PerfMarks {
  let state: 'pending' | 'on' | 'off' = 'pending';
  let buffer: Entry[] = [];
  const write = (e: Entry) => {
    try {
      if (e.kind === 'mark') perf.mark(e.name, { startTime: e.at });
      else perf.measure(e.name, { start: 0, duration: e.ms });
    } catch {
      // A page that replaced `performance` must not stop the extension.
    }
  };
  const take = (e: Entry) => {
    if (state === 'on') write(e);
    else if (state === 'pending') buffer.push(e);
  };
  optIn.then(
    (on) => {
      state = on ? 'on' : 'off';
      if (on) for (const e of buffer) write(e);
      buffer = [];
    },
    () => {
      state = 'off';
      buffer = [];
    },
  );
  return {
    mark: (name) => take({ kind: 'mark', name, at: perf.now() }),
    measure: (name, ms) => take({ kind: 'measure', name, ms }),
  };
}
