import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A capital named in apposition after "capital," is the city, not its government (locativeBefore in
 * src/recognise/place-words.ts), though capitals are otherwise places only after a locative preposition
 * (data/places/metonyms.json). [text, places found as "name/country"]
 */
const CASES: [string, string[]][] = [
  ['A bomb exploded near a mosque in the capital, Kabul, on Friday.', ['Kabul/AFG']],
  ['Protesters marched in the Yemeni capital, Sanaa, on Sunday.', ['Sanaa/YEM']],
  // without the apposition the capital still stands for its government
  ['Kabul said the attack would not go unanswered.', []],
];

for (const [text, want] of CASES) {
  test(`capital in apposition: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-capital-apposition' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.data.name}/${p.data.country}`), want);
  });
}
