/**
 * Cooperative time slicing for DOM work on the page's main thread. A news page
 * can hold thousands of text nodes; doing them in one go would be a long task
 * (> 50 ms) that delays the reader's clicks and scrolling.
 */

export const SLICE_MS = 8;

type SchedulerWin = Window & { scheduler?: { yield?: () => Promise<void> } };

/**
 * Gives the event loop a turn. `scheduler.yield` resumes ahead of other queued
 * tasks (so a long scan does not starve behind ads); elsewhere a MessageChannel
 * message is the fastest macrotask without setTimeout's 4 ms clamp.
 */
export function yieldToEventLoop(win: Window, signal?: AbortSignal): Promise<void> {
  const y = (win as SchedulerWin).scheduler?.yield;
  if (typeof y === 'function') return y.call((win as SchedulerWin).scheduler);
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const ch = new (win as Window & typeof globalThis).MessageChannel();
    ch.port1.addEventListener(
      'message',
      () => {
        ch.port1.close();
        resolve();
      },
      { once: true },
    );
    ch.port1.start();
    ch.port2.postMessage(null);
  });
}

export class Aborted extends Error {
  constructor() {
    super('aborted');
  }
}

/** Time the extension held the main thread, summed over slices (waits for the background excluded). */
export interface BusyMeter {
  ms: number;
  /** Told of a slice over 50 ms (the benchmark's count of long tasks); nothing reaches the page's timeline from here. */
  longSlice?: (ms: number) => void;
}

/** A budget checker: `await slicer.tick()` inside loops yields once a slice's time is used up. */
export class Slicer {
  private sliceStart: number;
  private running = true;
  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
    private readonly budgetMs = SLICE_MS,
    private readonly meter?: BusyMeter,
  ) {
    this.sliceStart = win.performance.now();
  }

  /** True when the current slice has time left (cheap; call per item). */
  hasTime(): boolean {
    return this.win.performance.now() - this.sliceStart < this.budgetMs;
  }

  async tick(): Promise<void> {
    if (this.signal.aborted) throw new Aborted();
    if (this.hasTime()) return;
    this.report();
    this.pause();
    await yieldToEventLoop(this.win, this.signal);
    if (this.signal.aborted) throw new Aborted();
    this.reset();
  }

  /** Starts a fresh slice after an await that already yielded (e.g. a message round trip); pause() before that await. */
  reset(): void {
    this.pause();
    this.sliceStart = this.win.performance.now();
    this.running = true;
  }

  /** Ends the current slice before an await (its time goes to the meter). */
  pause(): void {
    if (!this.running) return;
    this.running = false;
    if (this.meter) this.meter.ms += this.win.performance.now() - this.sliceStart;
  }

  /**
   * Tells the meter of a slice that ran over 50 ms. The page's Long Tasks and LoAF observers don't see
   * extension scripts, so this is how the benchmark counts the extension's own long tasks; the meter
   * writes it only where the benchmark asked for marks (utils/content/perf-marks.ts).
   */
  report(): void {
    const now = this.win.performance.now();
    if (now - this.sliceStart <= 50) return;
    this.meter?.longSlice?.(now - this.sliceStart);
  }
}

/**
 * Listeners, observers and timers that live only while highlighting is on.
 * Its signal follows the content script's (so invalidation ends it too) and
 * also aborts on `dispose`, which is how switching off removes them all.
 */
export class Scope {
  private readonly ctrl = new AbortController();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    parent: AbortSignal,
    private readonly timers: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (id: never) => void },
  ) {
    if (parent.aborted) this.ctrl.abort();
    else parent.addEventListener('abort', () => this.dispose(), { once: true, signal: this.ctrl.signal });
  }

  get signal(): AbortSignal {
    return this.ctrl.signal;
  }

  get disposed(): boolean {
    return this.ctrl.signal.aborted;
  }

  listen<K extends string>(target: EventTarget, type: K, handler: (e: Event) => void, opts: AddEventListenerOptions = {}): void {
    if (this.disposed) return;
    target.addEventListener(type, handler, { ...opts, signal: this.ctrl.signal });
  }

  setTimeout(fn: () => void, ms: number): () => void {
    if (this.disposed) return () => {};
    const id = this.timers.setTimeout(() => {
      if (!this.disposed) fn();
    }, ms);
    const cancel = () => this.timers.clearTimeout(id as never);
    this.onDispose(cancel);
    return cancel;
  }

  onDispose(fn: () => void): void {
    if (this.disposed) fn();
    else this.cleanups.push(fn);
  }

  dispose(): void {
    if (this.disposed) return;
    this.ctrl.abort();
    for (const fn of this.cleanups.splice(0).toReversed()) {
      try {
        fn();
      } catch {
        // A cleanup that throws (a node already gone) must not stop the others.
      }
    }
  }
}
