/** Performance marks the benchmark reads; a browser without the API just skips them. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // not measurable here
  }
}

export function measure(name: string, start: string, end: string): void {
  try {
    performance.measure(name, start, end);
  } catch {
    // a start mark missing (a search begun before a reload): nothing to measure
  }
}
