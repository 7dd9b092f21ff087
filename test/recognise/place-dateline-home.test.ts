import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A dateline (a town in capitals opening a sentence before a spaced dash) is a place (`accept:dateline`); a home town
 * joined to a party letter ("D-Columbus", "R-Marshall") or to "-based"/"-area" is a toponym of doc.placeNames, no
 * event's place (`reject:hyphen-home` in src/recognise/place-filter.ts). Other hyphen compounds stay no toponym. A
 * sentence's first name before a local institution ("Roselle police") is a place when one of its readings lies in a
 * state the document names or places other towns in (`accept:initial-institution`).
 * [text, places, place names]
 */
const CASES: [string, string[], string[]][] = [
  ['MIDDLEBURY — A barn fire on Route 7 was put out by volunteers from Vermont.', ['MIDDLEBURY', 'Vermont'], ['Route 7']],
  ['State Sen. Ann Cole, R-Marietta, said the bill would pass in Atlanta.', ['Atlanta'], ['Marietta']],
  ['The Dallas-based chain opened a store in Tulsa, Okla.', ['Tulsa', 'Okla.'], ['Dallas']],
  // a sentence's first name before a local institution, with a reading in a state the document names
  ['Drivers in Wheaton, Ill., slowed down last month. Roselle police ticketed hundreds of motorists on Tuesday.', ['Wheaton', 'Ill.', 'Roselle'], []],
  // not homes
  ['The Iran-backed militia fired rockets at Erbil.', ['Erbil'], []],
];

for (const [text, places, names] of CASES) {
  test(`dateline or hyphen home: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-dateline-home' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => p.text), places);
    assert.deepEqual(doc.placeNames.map((p) => p.text), names);
  });
}
