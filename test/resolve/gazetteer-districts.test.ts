import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { placeKey } from '../../src/resolve/gazetteer-key.js';

/**
 * Places the gazetteer build adds beyond the packages' towns: hand-listed districts (data/places/districts.json, entry
 * geo:district:<row>, ranked like country-state-city additions), country-state-city districts listed as "X District"
 * read as X, and admin1 names from admin1-overrides.json (Nepal's provinces). [name, ISO3, admin1, entry prefix]
 */
const CASES: [string, string, string, string][] = [
  ['Khor Maksar', 'YEM', 'Aden', 'geo:district:'],
  ['As Sabain', 'YEM', 'Amanat al Asimah', 'geo:district:'],
  ['Al Sabeen', 'YEM', 'Amanat al Asimah', 'geo:district:'],
  ['Damt', 'YEM', 'Ad Dali', 'geo:district:'],
  ['Mount Simeon', 'SYR', 'Aleppo', 'geo:csc:'],
  ['Rautahat', 'NPL', 'Madhesh', 'geo:district:'],
  ['Sindhupalchok', 'NPL', 'Bagmati', 'geo:district:'],
  ['Dolpa', 'NPL', 'Karnali', 'geo:district:'],
  ['Byblos', 'LBN', 'Mount Lebanon', 'geo:district:'],
  ['Miniyeh', 'LBN', 'North', 'geo:district:'],
  ['Pokhara', 'NPL', 'Gandaki', 'geo:geonames:'],
  ['Dhangadhi', 'NPL', 'Sudurpashchim', 'geo:geonames:'],
];

for (const [name, country, admin1, prefix] of CASES) {
  test(`gazetteer has ${name} (${country}, ${admin1})`, () => {
    const found = gazetteer().candidates(placeKey(name)).find((c) => c.country === country && c.kind === 'city');
    assert.ok(found, `${name}: ${JSON.stringify(gazetteer().candidates(placeKey(name)).map((c) => [c.name, c.country, c.entry]))}`);
    assert.equal(found.admin1, admin1);
    assert.ok(found.entry.startsWith(prefix), found.entry);
    if (prefix !== 'geo:geonames:') assert.equal(found.featureCode, 'CSC', 'ranked like a country-state-city addition');
  });
}

test('hand-listed districts do not make a GeoNames town ambiguous: the Syrian Ath Thawrah stays first', () => {
  const c = gazetteer().candidates(placeKey('Ath Thawrah')).sort((a, b) => b.prior - a.prior);
  assert.equal(c[0]?.country, 'SYR');
  assert.ok(c.some((x) => x.country === 'YEM' && x.entry.startsWith('geo:district:')));
});

test('Province No. 1 is Koshi', () => {
  const c = gazetteer().candidates(placeKey('Province No. 1'));
  assert.deepEqual(c.map((x) => [x.name, x.country, x.kind]), [['Koshi', 'NPL', 'admin1']]);
});

/**
 * GeoNames admin1 codes named through admin1-overrides.json where country-state-city lacks the unit or lists another
 * level, so the join named a neighbour: [town, ISO3, admin1].
 */
const OVERRIDDEN: [string, string, string][] = [
  ['Las Anod', 'SOM', 'Sool'],
  ['Hargeysa', 'SOM', 'Woqooyi Galbeed'],
  ['Tobruk', 'LBY', 'Albutnan'],
  ['Maidan Shar', 'AFG', 'Wardak'],
  ['Agadir', 'MAR', 'Souss-Massa'],
  ['Antsirabe', 'MDG', 'Vakinankaratra'],
  ['Voi', 'KEN', 'Taita Taveta'],
];
for (const [town, country, admin1] of OVERRIDDEN) {
  test(`admin1 override: ${town} lies in ${admin1}`, () => {
    const found = gazetteer().candidates(placeKey(town)).find((c) => c.country === country && c.kind === 'city');
    assert.equal(found?.admin1 ?? null, admin1);
  });
}
