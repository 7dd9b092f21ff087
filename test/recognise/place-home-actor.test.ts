import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A named trade union, party or home-fighting armed group places a same-name town or province in its own country
 * (WEIGHTS.homeCountry in src/resolve/geo-disambiguate.ts, votes from src/recognise/place-context.ts): Bari is the
 * Italian city when an Italian union marches there, the Somali region when nothing says otherwise.
 * [text, the place's text, its country]
 */
const CASES: [string, string, string][] = [
  ['Dock workers of CGIL marched in Bari against pension cuts.', 'Bari', 'ITA'],
  ['Hundreds of Ukrainians and CGIL members rallied in Bari for peace.', 'Bari', 'ITA'],
  ['FARC dissidents ambushed a patrol in Sucre.', 'Sucre', 'COL'],
  // no actor of a country: the largest reading stays
  ['Dock workers marched in Bari against pension cuts.', 'Bari', 'SOM'],
];

for (const [text, place, country] of CASES) {
  test(`home actor places a namesake: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-home-actor' }, { published: '2022-01-10' });
    const p = doc.places.find((x) => x.text === place);
    assert.equal(p?.data.country, country);
  });
}
