import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nowMs } from '../../src/util/clock.js';

/**
 * util/clock.ts: milliseconds on the scale of performance.now(). The nowMs interval encloses the
 * performance.now() one, so it is at least as long; the upper bound is loose (a loaded machine may
 * deschedule us between the calls) but catches seconds or microseconds.
 */
test('nowMs is monotonic and in milliseconds', () => {
  const a = nowMs();
  const p0 = performance.now();
  const until = Date.now() + 30;
  while (Date.now() < until) { /* spin ~30 ms */ }
  const p = performance.now() - p0;
  const b = nowMs();
  assert.ok(b - a >= p - 1, `nowMs measured ${b - a} ms, performance.now ${p} ms`);
  assert.ok(b - a < p * 10 + 1000, `nowMs measured ${b - a} ms, performance.now ${p} ms`);
});
