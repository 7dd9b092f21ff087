import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialVid, internNorm, normHash, tokenVid } from '../../src/recognise/vocab.js';
import { tokenize } from '../../src/segment/tokenize.js';

/** initialVid reads the vocabulary through its own hash table: it must give internNorm's numbers, through every growth of the table. */

/** A fresh copy of a string (not the object internNorm was given, not internalised), as the tokeniser's slices are. */
function fresh(s: string): string {
  return `${s} `.slice(0, -1);
}

test('initialVid gives the number of every vocabulary word, and a negative mark for any other', () => {
  const words: string[] = [];
  // enough words to grow the table several times; accented, apostrophe and dotted forms among them
  for (let k = 0; k < 20_000; k++) words.push(k % 3 === 0 ? `zzvt${k}` : k % 3 === 1 ? `kata'ib${k}` : `é${k}.u.s.`);
  const numbers = words.map((w) => internNorm(w));
  for (let k = 0; k < words.length; k++) assert.equal(initialVid(fresh(words[k]!)), numbers[k], words[k]);
  for (const other of ['zzvt', 'zzvt20000', 'kata\'ib', '', 'constructor', '__proto__', 'zzvt1 ']) assert.ok(initialVid(other) < 0, other);
});

test('tokens carry the numbers tokenVid gives', () => {
  internNorm('ambush');
  internNorm("kata'ib");
  internNorm('u.s.');
  for (const t of tokenize("The AMBUSH by Kata'ib Hezbollah near U.S. forces, unknownwordzz.")) {
    const vid = t.vid ?? 0;
    const expected = tokenVid({ ...t, vid: undefined });
    if (expected > 0) assert.equal(vid, expected, t.text);
    else assert.ok(vid <= 0, t.text);
  }
});

test('normHash is FNV-1a over UTF-16 code units', () => {
  assert.equal(normHash(''), 0x811c9dc5 | 0);
  assert.equal(normHash('a'), Math.imul((0x811c9dc5 | 0) ^ 97, 0x01000193));
  assert.notEqual(normHash('ab'), normHash('ba'));
});
