/**
 * Milliseconds from a monotonic clock, for timings kept with loaded data (actor-data loadMs, actor-lexicon
 * compileMs). `process.hrtime` is there at start-up; the global `performance` loads perf_hooks and about
 * ten other built-in modules on first use (~2 ms of a cold start).
 */
export function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
