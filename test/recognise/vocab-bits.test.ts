import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { WordBits, internNorm, tokenVid } from '../../src/recognise/vocab.js';
import { coveredMask } from '../../src/recognise/time-mention.js';
import type { Mention, Token } from '../../src/pipeline/doc.js';

/** WordBits must answer exactly as Set.has(token.norm), whatever the vocabulary held when a token was first looked up. */

const WORDS = ['ambush', 'ceasefire', "kata'ib", 'u.s.', 'qaaa', 'zzbitsonly'];
const set = new Set(WORDS);

// tokens looked up before the set's words were numbered: their "unknown" marks must not stick
const early = tokenize('Zzbitsonly and the ambush: a Ceasefire near QAAA.');
for (const t of early) tokenVid(t);
const bits = new WordBits(WORDS);
// the vocabulary grows after the set was built: the set's answers stay the same
for (let k = 0; k < 2000; k++) internNorm(`zzbitsfiller${k}`);

const TEXTS = [
  'The ambush on the ceasefire line',
  'AMBUSH, CEASEFIRE, U.S. forces',
  "Kata'ib Hezbollah and the U.S. embassy",
  'zzbitsfiller1999 zzbitsonly qaaa qaa qaaaa',
  'constructor toString __proto__ hasOwnProperty',
  '',
];

for (const text of TEXTS) {
  test(`WordBits agrees with Set.has on ${JSON.stringify(text)}`, () => {
    for (const t of tokenize(text)) assert.equal(bits.hasToken(t), set.has(t.norm), t.norm);
  });
}

test('WordBits: tokens looked up before the words were numbered', () => {
  for (const t of early) assert.equal(bits.hasToken(t), set.has(t.norm), t.norm);
});

test('WordBits: a token built without a vocabulary number', () => {
  const t: Token = { start: 0, end: 6, text: 'Ambush', norm: 'ambush', kind: 'word', space: true, cap: true, sentence: 0 };
  assert.equal(bits.hasToken(t), true);
  const u: Token = { start: 0, end: 4, text: 'Dusk', norm: 'dusk', kind: 'word', space: true, cap: true, sentence: 0 };
  assert.equal(bits.hasToken(u), false);
});

test('WordBits: an empty set holds nothing', () => {
  const none = new WordBits([]);
  for (const t of tokenize('the ambush')) assert.equal(none.hasToken(t), false);
});

/** A mention over tokens [a, b). */
function over(a: number, b: number): Mention<null> {
  return { start: 0, end: 0, tokenStart: a, tokenEnd: b, sentence: 0, text: '', entry: '', data: null };
}

/** [token count, layers, covered indices] */
const MASKS: [number, Mention<null>[][], number[]][] = [
  [5, [], []],
  [5, [[over(1, 3)]], [1, 2]],
  [6, [[over(0, 1), over(4, 6)], [over(2, 3)]], [0, 2, 4, 5]],
  [4, [[over(1, 3)], [over(2, 4)]], [1, 2, 3]],
];

for (const [n, layers, covered] of MASKS) {
  test(`coveredMask(${n}, ${JSON.stringify(layers.map((l) => l.map((m) => [m.tokenStart, m.tokenEnd])))})`, () => {
    const mask = coveredMask(n, ...layers);
    assert.equal(mask.length, n);
    for (let k = 0; k < n; k++) assert.equal(mask[k], covered.includes(k) ? 1 : 0, `token ${k}`);
  });
}
