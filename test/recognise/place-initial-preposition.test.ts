import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A sentence's capitalised first preposition is no part of a transliterated name (src/recognise/place-match.ts,
 * placeSpans): "In Samarra, ..." once read as one fuzzy name "In Samarra" and was rejected whole.
 * [text, the place's text, its country]
 */
const CASES: [string, string, string][] = [
  ['In Samarra, a roadside bomb killed two policemen.', 'Samarra', 'IRQ'],
  ['In Baghdad, a car bomb exploded near a market.', 'Baghdad', 'IRQ'],
  ['Near Tikrit, gunmen attacked a checkpoint.', 'Tikrit', 'IRQ'],
];

for (const [text, name, country] of CASES) {
  test(`sentence-initial preposition: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-initial-preposition' }, { published: '2022-01-10' });
    const p = doc.places.find((x) => x.text === name);
    assert.equal(p?.data.country, country, JSON.stringify(doc.places.map((x) => x.text)));
  });
}
