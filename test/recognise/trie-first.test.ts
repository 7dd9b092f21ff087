import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie } from '../../src/recognise/trie.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { internNorm } from '../../src/recognise/vocab.js';

/** The first-word bitmap of PhraseTrie: it must agree with the root's children whatever order words were numbered in. */

/** A trie of [phrase, value] pairs. */
function trieOf(pairs: [string, string][]): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  for (const [p, v] of pairs) t.add(p, v);
  return t;
}

// words numbered by another dictionary first, so this trie's first words get high numbers and its bitmap grows
for (let k = 0; k < 300; k++) internNorm(`zzfirstfiller${k}`);
const late = trieOf([['sandstorm brigade', 'brigade'], ['sandstorm', 'storm'], ['quartz militia', 'quartz']]);
// a word that is only a second word here ("militia") and one numbered after the trie was built
const other = trieOf([['militia', 'militia-alone']]);
for (let k = 0; k < 5000; k++) internNorm(`zzlaterfiller${k}`);
const after = trieOf([['zzlaterfiller4999 unit', 'late-unit']]);

/** [text, token index, trie, expected end and values, or null] */
const CASES: [string, number, PhraseTrie<string>, [number, string[]] | null][] = [
  ['the Sandstorm Brigade attacked', 1, late, [3, ['brigade']]],
  ['the Sandstorm attacked', 1, late, [2, ['storm']]],
  ['Quartz Militia fighters', 0, late, [2, ['quartz']]],
  ['Militia fighters', 0, late, null], // a second word only: starts nothing in this trie
  ['Militia fighters', 0, other, [1, ['militia-alone']]],
  ['zzlaterfiller4999 unit', 0, late, null], // numbered after the trie's last phrase
  ['zzlaterfiller4999 unit', 0, after, [2, ['late-unit']]],
  ['zzlaterfiller10 unit', 0, after, null],
  ['unheardofword here', 0, late, null], // not in the vocabulary (number 0)
  ['sandstorm', 1, late, null], // past the end
];

for (const [text, i, trie, want] of CASES) {
  test(`PhraseTrie.matchAt(${JSON.stringify(text)}, ${i}) with the first-word bitmap`, () => {
    const toks = tokenize(text);
    const m = trie.matchAt(toks, i);
    assert.deepEqual(m ? [m.tokenEnd, m.values] : null, want);
  });
}

test('a limit at or before the start matches nothing', () => {
  const toks = tokenize('Sandstorm Brigade');
  assert.equal(late.matchAt(toks, 0, false, 0), null);
  assert.deepEqual(late.matchAt(toks, 0, false, 1)?.tokenEnd, 1);
});
