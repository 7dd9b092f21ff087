import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Confusion, haversineKm, median, prf, prfSplit } from '../../src/eval/metrics.js';

function close(a: number | null, b: number, eps = 1e-9): void {
  assert.ok(a != null && Math.abs(a - b) < eps, `${a} ≈ ${b}`);
}

test('prf from counts', () => {
  const cases: Array<[number, number, number, number | null, number | null, number | null]> = [
    [2, 2, 2, 0.5, 0.5, 0.5],
    [1, 0, 3, 1, 0.25, 0.4],
    [0, 0, 5, null, 0, 0],
    [0, 3, 0, 0, null, 0],
    [0, 0, 0, null, null, null],
  ];
  for (const [tp, fp, fn, p, r, f] of cases) {
    const got = prf(tp, fp, fn);
    assert.deepEqual([got.precision, got.recall, got.f1 == null ? null : Math.round(got.f1 * 1000) / 1000], [p, r, f], `${tp}/${fp}/${fn}`);
  }
});

test('prfSplit counts predicted and gold matches separately', () => {
  const p = prfSplit(1, 2, 2, 4);
  assert.equal(p.precision, 0.5);
  assert.equal(p.recall, 0.5);
  assert.equal(p.f1, 0.5);
});

test('confusion: accuracy, macro-F1 and weighted F1 on a tiny table', () => {
  const c = new Confusion('t');
  // gold A ×3 (2 right, 1 → B), gold B ×1 (→ (none))
  c.add('A', 'A');
  c.add('A', 'A');
  c.add('A', 'B');
  c.add('B', '(none)');
  assert.equal(c.total, 4);
  assert.equal(c.correct, 2);
  assert.equal(c.accuracy(), 0.5);
  // A: P 2/2, R 2/3 → F1 0.8; B: P 0/1, R 0/1 → 0
  close(c.perClass('A').f1, 0.8);
  assert.equal(c.perClass('B').f1, 0);
  close(c.macroF1(), 0.4);
  close(c.weightedF1(), (0.8 * 3) / 4);
  assert.deepEqual(c.toJSON(), { title: 't', labels: ['A', 'B', '(none)'], matrix: [[2, 1, 0], [0, 0, 1]] });
});

test('median and haversine', () => {
  assert.equal(median([]), null);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  // one degree of latitude ≈ 111.2 km
  close(haversineKm(0, 0, 1, 0), 111.19, 0.01);
  // Damascus → Aleppo ≈ 310 km
  const d = haversineKm(33.5138, 36.2765, 36.2021, 37.1343);
  assert.ok(d > 300 && d < 320, String(d));
});
