import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../../src/code/arguments.js';

/** wordCount (the kill verb's words in singleVictim) equals `split(' ').length` on every kind of phrase. */
const phrases = ['killed', 'shot dead', 'found dead', 'beaten to death', '', ' ', 'a  b', ' lead', 'trail '];
for (const p of phrases) {
  test(`wordCount(${JSON.stringify(p)}) = split(' ').length`, () => {
    assert.equal(wordCount(p), p.split(' ').length);
  });
}
