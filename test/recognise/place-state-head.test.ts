import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A state of the story's own country heading a longer name ("the Florida Division of Forestry"), and a country written
 * as an abbreviation or before a public body's word ("the U.S. Census Bureau"), are toponyms of doc.placeNames, no
 * event's place (`stateHead` in src/recognise/places.ts); a given name, a stop word, a unit abroad ("West" as a
 * province of Cameroon) or a country before a firm's name ("Egypt Telecom") is not.
 * [text, place names, places]
 */
const CASES: [string, string[], string[]][] = [
  ['The Florida Division of Forestry said two fires burned near Ocala on Sunday.', ['Florida'], ['Ocala']],
  ['The U.S. Census Bureau said Gainesville grew by four percent.', ['U.S.'], ['Gainesville']],
  ['Soldiers of the Missouri National Guard were sent to Joplin.', ['Missouri'], ['Joplin']],
  // not toponyms
  ['Officer Chad Walker of Tampa was hurt in the crash.', [], ['Tampa']],
  ['Doctors at Valley West Community Hospital in Dayton treated him.', [], ['Dayton']],
  ['Shares of Egypt Telecom rose in Cairo on Monday.', [], ['Cairo']],
];

for (const [text, names, places] of CASES) {
  test(`state or country heading a name: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-state-head' }, { published: '2022-01-10' });
    assert.deepEqual(doc.placeNames.map((p) => p.text), names);
    assert.deepEqual(doc.places.map((p) => p.text), places);
  });
}
