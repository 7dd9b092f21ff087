import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitWarmup } from '../../bench/corpus.js';

const a = (source: string, id: string) => ({ source, id });

const cases: { name: string; every: number; input: { source: string; id: string }[]; warmup: string[]; measured: string[] }[] = [
  { name: 'every 2nd of each source, counted per source', every: 2, input: [a('x', 'x0'), a('y', 'y0'), a('x', 'x1'), a('x', 'x2'), a('y', 'y1')], warmup: ['x0', 'y0', 'x2'], measured: ['x1', 'y1'] },
  { name: 'a source with one article still warms up', every: 20, input: [a('x', 'x0'), a('y', 'y0'), a('x', 'x1')], warmup: ['x0', 'y0'], measured: ['x1'] },
  { name: 'a nonsensical step falls back to 20', every: 0, input: Array.from({ length: 21 }, (_, i) => a('x', `x${i}`)), warmup: ['x0', 'x20'], measured: Array.from({ length: 19 }, (_, i) => `x${i + 1}`) },
];

for (const c of cases) {
  test(`splitWarmup: ${c.name}`, () => {
    const { warmup, measured } = splitWarmup(c.input, c.every);
    assert.deepEqual(warmup.map((x) => x.id), c.warmup);
    assert.deepEqual(measured.map((x) => x.id), c.measured);
    assert.equal(warmup.length + measured.length, c.input.length, 'no article lost or doubled');
  });
}
