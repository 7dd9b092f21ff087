import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../src/resolve/gazetteer.js';

/**
 * Units below the GeoNames admin1 level that country-state-city lists beside it report the unit that holds them as
 * their admin1 (gazetteer-build.ts `subUnitParents`); peers with the same ISO code shape keep their own name.
 */
// [name as written, country ISO3, kind of the reading, admin1 wanted]
const CASES: [string, string, 'admin1' | 'city', string][] = [
  ['Kompienga', 'BFA', 'admin1', 'Est'], // a province of the Est region
  ['Gourma', 'BFA', 'admin1', 'Est'],
  ['Sanmatenga', 'BFA', 'admin1', 'Centre-Nord'],
  ['Taounate', 'MAR', 'admin1', 'Fes-Meknes'], // a Moroccan province of the Fès-Meknès region
  ['Zamora', 'ESP', 'admin1', 'Castilla y León'], // a Spanish province; GeoNames code 55 is Castilla y León
  ['Gironde', 'FRA', 'admin1', 'Nouvelle-Aquitaine'], // a French department
  ['Albay', 'PHL', 'admin1', 'Bicol'], // a Philippine province of region 05
  ['Tacloban', 'PHL', 'city', 'Eastern Visayas'],
  ['Gnagna', 'BFA', 'admin1', 'Est'],
  ['Irkutsk', 'RUS', 'city', 'Irkutsk'], // country-state-city files Irkutsk's towns under a Russian "Sevastopol" (override ru-20)
  ['Bratsk', 'RUS', 'city', 'Irkutsk'],
  ['Sevastopol', 'RUS', 'admin1', 'Sevastopol'], // listed under Russia with the Ukrainian code UA-40: no sub-unit of anything
];

for (const [name, country, kind, want] of CASES) {
  test(`${name} (${country}, ${kind}) has admin1 ${want}`, () => {
    const readings = gazetteer().lookup(name, { country }).filter((p) => p.precision === kind);
    assert.ok(readings.length > 0, `no ${kind} reading of ${name}`);
    assert.equal(readings[0]!.admin1, want);
  });
}

// peers: a unit named like the GeoNames code's unit keeps its own name (Taiwan's counties, Bosnia's cantons)
const PEERS: [string, string][] = [
  ['Changhua', 'TWN'],
  ['Sarajevo Canton', 'BIH'],
];
for (const [name, country] of PEERS) {
  test(`${name} (${country}) is its own admin1`, () => {
    const unit = gazetteer().lookup(name, { country }).find((p) => p.precision === 'admin1');
    assert.ok(unit, `no admin1 reading of ${name}`);
    assert.equal(unit.admin1, unit.name);
  });
}
