import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin1Populations, readCache } from '../../src/resolve/gazetteer-cache.js';
import { cachePath, gazetteer } from '../../src/resolve/gazetteer.js';
import { CACHE_VERSION } from '../../src/resolve/gazetteer-build.js';

/**
 * The admin1 population sums (src/resolve/gazetteer-cache.ts): summed when the cache is written and stored in its
 * header, so that start-up does not sum 156k cities. [admin1 of each city, population of each city, units, sums]
 */
const CASES: [number[], number[], number, number[]][] = [
  [[0, 1, 0, 2], [100, 5, 50, 7], 3, [150, 5, 7]],
  // a city without a unit (-1) or of a unit past the table counts nowhere
  [[-1, 1, 4], [100, 5, 50], 2, [0, 5]],
  [[], [], 2, [0, 0]],
];
for (const [admin1, pop, units, want] of CASES) {
  test(`admin1 sums: ${JSON.stringify(admin1)} × ${JSON.stringify(pop)}`, () => {
    assert.deepEqual([...admin1Populations(Int32Array.from(admin1), Int32Array.from(pop), units)], want);
  });
}

test('admin1 sums: the cache stores what summing its cities gives', () => {
  gazetteer();
  const t = readCache(cachePath(), CACHE_VERSION);
  assert.ok(t, 'cache readable');
  assert.equal(t.admin1Pop?.length, t.admin1Table.length);
  assert.deepEqual(t.admin1Pop, admin1Populations(t.admin1, t.pop, t.admin1Table.length));
});
