import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { deadStart, fuzzyMatchAt, matchAt } from '../../src/recognise/place-match.js';
import { internNorm } from '../../src/recognise/vocab.js';

/**
 * placeSpans skips both walks at a dictionary word that deadStart marks (place-match.ts): for every such word, in
 * any sentence and whatever follows it (an Arabic article, a hyphen, a quote mark, another capitalised word), the exact
 * and the transliteration walk must find nothing there. Own sentences, every word numbered in the vocabulary.
 */
const SENTENCES = [
  'The officials said He would travel on Monday to Al Mukalla and Ras al Ain.',
  'But Police in Deir ez-Zor reported that Gunmen from the Hadda area attacked.',
  'Yesterday The Zzqqdead al Khor road and Zzqqdead-Ar Raqqa were closed.',
  "Reporters saw Ma'rib, Tal ‘Afar and New York from the Gulf of Aden on Friday.",
  'Some Residents fled while Witnesses and Officials in Saraqeb counted the dead.',
];

for (const text of SENTENCES) {
  test(`no walk finds a name at a start deadStart marks: "${text}"`, () => {
    const g = gazetteer();
    const tokens = tokenize(text);
    for (const t of tokens) if (t.kind === 'word') internNorm(t.norm);
    // twice: the first pass decides and remembers each word's flag, the second reads it
    for (let round = 0; round < 2; round++) {
      const fresh = tokenize(text);
      let dead = 0;
      for (let i = 0; i < fresh.length; i++) {
        const t = fresh[i]!;
        if (t.kind !== 'word' || !deadStart(g, t)) continue;
        dead++;
        for (const upper of [false, true]) assert.equal(matchAt(g, fresh, i, fresh.length, upper, () => false), null, `${t.text} (upper: ${upper})`);
        assert.equal(fuzzyMatchAt(g, fresh, i, fresh.length, () => false), null, t.text);
      }
      assert.ok(dead > 0, 'some word of the sentence starts no name');
    }
  });
}

// words that start names are never marked (the articles that the transliteration walk steps over included)
for (const word of ['Aden', 'New', 'Al', 'Ras', 'Deir', 'Saraqeb', 'Gaza']) {
  test(`deadStart("${word}") is false`, () => {
    const g = gazetteer();
    internNorm(tokenize(word)[0]!.norm);
    assert.equal(deadStart(g, tokenize(word)[0]!), false);
  });
}
