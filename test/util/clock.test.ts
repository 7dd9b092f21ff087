import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nowMs } from '../../src/util/clock.js';

/** util/clock.ts: milliseconds on the same scale as performance.now() differences, never going back. */
test('nowMs is monotonic and in milliseconds', () => {
  const a = nowMs();
  const p0 = performance.now();
  const until = Date.now() + 30;
  while (Date.now() < until) { /* spin ~30 ms */ }
  const b = nowMs();
  const p = performance.now() - p0;
  assert.ok(b >= a);
  assert.ok(Math.abs((b - a) - p) < 5, `nowMs measured ${b - a} ms, performance.now ${p} ms`);
});
