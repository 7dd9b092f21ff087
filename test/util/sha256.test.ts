import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex, sha256Js } from '../../src/util/sha256.js';

/** util/sha256.ts gives node:crypto's digest: block edges (55/56/63/64 bytes), UTF-8, and the long-input path. */
const INPUTS: Array<[string, string]> = [
  ['empty', ''],
  ['abc', 'abc'],
  ['55 bytes (padding fits one block)', 'a'.repeat(55)],
  ['56 bytes (padding needs a second block)', 'a'.repeat(56)],
  ['63 bytes', 'b'.repeat(63)],
  ['64 bytes', 'c'.repeat(64)],
  ['several blocks', 'text:the quick brown fox '.repeat(40)],
  ['non-ASCII', 'text:kyiv — київ, غزة, 東京 and an emoji 🚀'],
  ['lone surrogate (encoded as U+FFFD by both)', 'x\ud800y'],
  ['over the long-input limit (node:crypto path)', 'ab '.repeat(30_000)],
];

for (const [name, input] of INPUTS) {
  test(`sha256Hex: ${name}`, () => {
    const want = createHash('sha256').update(input).digest('hex');
    assert.equal(sha256Hex(input), want);
    assert.equal(sha256Js(new TextEncoder().encode(input)), want);
  });
}
