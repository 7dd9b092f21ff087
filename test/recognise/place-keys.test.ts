import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { keyOfTokens } from '../../src/resolve/gazetteer-key.js';
import { childKey, extendableKey, firstKey, fuzzyExtendableKey, fuzzyOf, keyRoot, mayContinueKey, readingsOf } from '../../src/recognise/place-keys.js';
import { internNorm } from '../../src/recognise/vocab.js';

/** The place matcher's key memo (place-keys.ts) must give exactly the gazetteer's own answers for the joined key. */

const TEXTS = ['Deir ez-Zor', 'New York', 'Al-Bab', "Ma'rib", 'Ras al Ain', 'Saraqeb', 'Zzqqx Unknownplace', 'the Gulf of Aden', 'São Paulo', 'Tal ‘Afar'];

for (const text of TEXTS) {
  test(`key memo agrees with the gazetteer for "${text}"`, () => {
    const g = gazetteer();
    const toks = tokenize(text);
    // twice: the first walk fills the memo, the second reads it
    for (let round = 0; round < 2; round++) {
      let node = keyRoot(g);
      let key = '';
      for (let j = 0; j < toks.length; j++) {
        // a step ruled out by hash leads to a key that names nothing and starts nothing
        const may = j === 0 || mayContinueKey(g, node, toks[j]!);
        node = childKey(node, toks[j]!);
        const part = keyOfTokens(toks, j, j + 1);
        key = key ? `${key} ${part}` : part;
        assert.equal(node.key, key);
        assert.deepEqual(readingsOf(g, node), g.sharedCandidates(key));
        assert.equal(extendableKey(g, node), g.extendable(key));
        assert.deepEqual(fuzzyOf(g, node), g.sharedFuzzy(key));
        assert.equal(fuzzyExtendableKey(g, node), g.fuzzyExtendable(key));
        if (!may) assert.ok(g.sharedCandidates(key).length === 0 && !g.extendable(key), key);
      }
    }
  });
}

// firstKey finds the root child through the token's vocabulary number when it has one: same node as the root Map's
const FIRST: [text: string, inVocabulary: boolean][] = [
  ['Aden', true], ['aden', true], ['ADEN', true], ['Zzqqfirstkey', false], ['São', true], ['Sao', true], ['Gulf', false], ['-', false],
];

for (const [text, known] of FIRST) {
  test(`firstKey("${text}") is the root's child for that token (vocabulary number: ${known ? 'yes' : 'no'})`, () => {
    const g = gazetteer();
    if (known) internNorm(tokenize(text)[0]!.norm);
    // twice: the first call fills the number's slot, the second reads it; a fresh token each time
    for (let round = 0; round < 2; round++) {
      const t = tokenize(text)[0]!;
      assert.equal(firstKey(g, t), childKey(keyRoot(g), t));
      assert.equal(firstKey(g, t).key, keyOfTokens([t], 0, 1));
    }
  });
}
