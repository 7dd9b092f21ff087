import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * US counties, parishes and boroughs (country-state-city's county rows, gazetteer featureCode ADM2) are units of their
 * own, keyed by the whole name with its unit word: "Henry County" is the county in the state the story is about, not
 * a town called Henry elsewhere; "Rapides Parish" has no town of its name at all. A county heading a longer name
 * ("the Orange County Jail", "Douglas County Public Works") is a toponym of doc.placeNames, not where things happen
 * (`accept:county`, `reject:head-of-name` in src/recognise/place-filter.ts). The names of a list closed by "counties" or
 * "parishes" are counties too (`countyList` in src/recognise/place-match.ts).
 * [text, places as "text/admin1", place names as "text/admin1"]
 */
const CASES: [string, string[], string[]][] = [
  ['A barn burned down in Henry County, Tenn., on Sunday.', ['Henry County/Tennessee', 'Tenn./Tennessee'], []],
  ['Deputies arrested two men in Rapides Parish near Alexandria, La.', ['Rapides Parish/Louisiana', 'Alexandria/Louisiana', 'La./Louisiana'], []],
  ['Floodwater closed roads in Otter Tail County and in Fergus Falls, Minnesota.', ['Otter Tail County/Minnesota', 'Fergus Falls/Minnesota', 'Minnesota/Minnesota'], []],
  ['About forty people rallied outside the Yellowstone County Courthouse in Billings, Montana.', ['Billings/Montana', 'Montana/Montana'], ['Yellowstone County/Montana']],
  ['Protesters gathered at the Rice County Government Center in Faribault, Minnesota.', ['Faribault/Minnesota', 'Minnesota/Minnesota'], ['Rice County/Minnesota']],
  // a list closed by a plural unit word: each name is a county, all in the state holding most of them
  ['School boards in Barrow, Jackson and Madison counties cut jobs.', ['Barrow/Georgia', 'Jackson/Georgia', 'Madison/Georgia'], []],
  ['Roads in Becker, Clay and Otter Tail counties flooded.', ['Becker/Minnesota', 'Clay/Minnesota', 'Otter Tail/Minnesota'], []],
];

for (const [text, places, names] of CASES) {
  test(`US county: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-us-county' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.text}/${p.data.admin1}`), places);
    assert.deepEqual(doc.placeNames.map((p) => `${p.text}/${p.data.admin1}`), names);
  });
}
