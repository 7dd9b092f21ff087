import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * AP abbreviations of US states (data/places/us-states-ap.json) are read after a comma also when four tokens long
 * ("W.Va."), and with no comma before them where only the state fits (`stateAlone` in src/recognise/place-match.ts):
 * opening a headline or after a locative, compass word or article and before a lower-case word or a dash; one with a
 * dot inside ("S.C.", "D.C.") after no capitalised word ("Machinsazi S.C." is a club).
 * [text, places as "text/admin1"]
 */
const CASES: [string, string[]][] = [
  ['CHARLESTON, W.Va. -- A Charleston man pleaded guilty on Monday.', ['CHARLESTON/West Virginia', 'W.Va./West Virginia', 'Charleston/West Virginia']],
  ['Western Mass. farmers brace for a late frost.', ['Mass./Massachusetts']],
  ['Ga. pastor to be buried Saturday.', ['Ga./Georgia']],
  ['The charter school opened a second campus in D.C. for older pupils.', ['D.C./District of Columbia']],
  // not states
  ['Fans of Machinsazi S.C. gathered outside the stadium in Tabriz.', ['Tabriz/East Azerbaijan']],
  ['On Sunday the family attended Mass. Then they drove home to Dayton.', ['Dayton/Ohio']],
];

for (const [text, places] of CASES) {
  test(`state abbreviation: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-state-abbreviation' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.text}/${p.data.admin1}`), places);
  });
}
