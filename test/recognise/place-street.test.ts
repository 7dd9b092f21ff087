import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { STREET_ENTRY } from '../../src/recognise/place-street.js';

/**
 * Streets, roads and numbered highways are toponyms of doc.placeNames (src/recognise/place-street.ts), placed at the
 * nearest town of the document, never an event's place; "St." before a capitalised word is a title ("St. Louis"), and
 * a street inside a longer name ("the Wall Street Journal") is left.
 * [text, streets as "text/admin1", places]
 */
const CASES: [string, string[], string[]][] = [
  ['Police arrested a man at 612 Magnolia St., Alexandria, La., on Sunday.', ['Magnolia St./Louisiana'], ['Alexandria', 'La.']],
  ['A truck overturned on Highway 71 near Bemidji, Minnesota, and closed County Road 12.', ['Highway 71/Minnesota', 'County Road 12/Minnesota'], ['Bemidji', 'Minnesota']],
  ['Traffic backed up on I-40 outside Knoxville, Tenn.', ['I-40/Tennessee'], ['Knoxville', 'Tenn.']],
  ['Fire damaged a house on Seventh Street Northwest in Roanoke, Virginia.', ['Seventh Street Northwest/Virginia'], ['Roanoke', 'Virginia']],
  ['The parade will go down Glenwood Avenue in Raleigh.', ['Glenwood Avenue/North Carolina'], ['Raleigh']],
  // not streets
  ['She flew from St. Louis to Denver on Friday.', [], ['St. Louis', 'Denver']],
  ['He told the Wall Street Journal in New York that prices would rise.', [], ['New York']],
];

for (const [text, streets, places] of CASES) {
  test(`street toponym: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-street' }, { published: '2022-01-10' });
    assert.deepEqual(doc.placeNames.filter((p) => p.entry === STREET_ENTRY).map((p) => `${p.text}/${p.data.admin1}`), streets);
    assert.deepEqual(doc.places.map((p) => p.text), places);
  });
}
