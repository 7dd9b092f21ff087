import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a64Hex } from '../../src/util/fnv.js';

/** util/fnv.ts: 16 hex digits, deterministic, and different for inputs that differ slightly. */
const PAIRS: Array<[string, string]> = [
  ['', ' '],
  ['a', 'b'],
  ['tokenize', 'tokenise'],
  ['export function f() {}\n', 'export function f() {} \n'],
  ['ab', 'ba'],
  ['x'.repeat(5000), 'x'.repeat(5001)],
  ['київ', 'кйив'],
];

for (const [x, y] of PAIRS) {
  test(`fnv1a64Hex ${JSON.stringify(x.slice(0, 20))} vs ${JSON.stringify(y.slice(0, 20))}`, () => {
    assert.match(fnv1a64Hex(x), /^[0-9a-f]{16}$/);
    assert.equal(fnv1a64Hex(x), fnv1a64Hex(x));
    assert.notEqual(fnv1a64Hex(x), fnv1a64Hex(y));
  });
}
