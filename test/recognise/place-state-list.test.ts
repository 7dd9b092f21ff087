import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A name with a first-level-unit reading, listed beside a name that chiefly names a unit of the same country, reads as
 * the unit (`stateListed` in src/recognise/places.ts, `accept:state-list`): three members or more, or two joined by
 * "and"/"or"; a city beside it, a place and its state after a comma, or a bracketed "(district, province)" do not.
 * [text, name, expected kind]
 */
const CASES: [string, string, string][] = [
  ['Choirs travelled from Ohio, New York, Georgia and Maine for the festival.', 'New York', 'admin1'],
  ['Wildfires spread across Oregon and Washington this week.', 'Washington', 'admin1'],
  ['Farmers in Michigan or New York will get the grants.', 'New York', 'admin1'],
  // a city beside it, or no list
  ['Flights between New York and Atlanta resumed on Monday.', 'New York', 'city'],
  ['The mayor of New York visited Albany on Monday.', 'New York', 'city'],
  ['She moved to New York, Texas officials said.', 'New York', 'city'],
];

for (const [text, name, kind] of CASES) {
  test(`state in a list of states: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-state-list' }, { published: '2022-01-10' });
    const p = doc.places.find((m) => m.text === name);
    assert.ok(p, `${name} is a place`);
    assert.equal(p.data.precision, kind);
  });
}
