import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie } from '../../src/recognise/trie.js';
import { tokenize } from '../../src/segment/tokenize.js';

/**
 * PhraseTrie keeps a node's first child in two fields and the others in a Map, and the root's children in an array
 * by vocabulary number: matches must be the longest phrase starting at each position whatever order phrases were
 * added in (first child, later children, phrases that are prefixes of others, shared second words).
 */

const PHRASES = ['red crescent', 'red cross', 'red', 'red cross society', 'red army faction', 'army', 'cross border', 'society', 'red cross red crescent'];

/** The reference: the longest phrase (by tokens) equal to the text's norms from position i, with its values. */
function reference(phrases: string[], norms: string[], i: number): [number, string[]] | null {
  let best: [number, string[]] | null = null;
  for (const p of phrases) {
    const pn = tokenize(p).map((t) => t.norm);
    if (pn.every((w, k) => norms[i + k] === w) && (!best || pn.length > best[0])) best = [pn.length, [p]];
    else if (best && pn.length === best[0] && pn.every((w, k) => norms[i + k] === w)) best[1].push(p);
  }
  return best;
}

const TEXTS = [
  'The Red Cross Society and the Red Crescent met Red Army Faction members',
  'red cross red crescent red cross border society',
  'Red, Cross; army red army red',
  'crescent red crescent',
  'red cross society red cross red',
];

/** The same phrases in three orders. */
const ORDERS: [string, string[]][] = [
  ['as listed', PHRASES],
  ['reversed', [...PHRASES].reverse()],
  ['longest first', [...PHRASES].sort((a, b) => b.length - a.length)],
];

for (const [name, order] of ORDERS) {
  const trie = new PhraseTrie<string>();
  for (const p of order) trie.add(p, p);
  for (const text of TEXTS) {
    test(`PhraseTrie (${name}) on ${JSON.stringify(text)}`, () => {
      const toks = tokenize(text);
      const norms = toks.map((t) => t.norm);
      for (let i = 0; i < toks.length; i++) {
        const m = trie.matchAt(toks, i);
        const want = reference(order, norms, i);
        assert.deepEqual(m ? [m.tokenEnd - i, [...m.values].sort()] : null, want ? [want[0], want[1].sort()] : null, `at ${i} (${norms[i]})`);
      }
    });
  }
}

test('PhraseTrie.matchAt stops at the limit', () => {
  const trie = new PhraseTrie<string>();
  for (const p of PHRASES) trie.add(p, p);
  const toks = tokenize('red cross society');
  assert.equal(trie.matchAt(toks, 0, false, 2)?.tokenEnd, 2);
  assert.equal(trie.matchAt(toks, 0, false, 1)?.tokenEnd, 1);
  assert.equal(trie.matchAt(toks, 1, false, 1), null);
});
