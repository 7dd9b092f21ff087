import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country } from '../../src/export/codes/countries.js';

// ISO alpha-3 → FIPS 10-4 as GDELT writes it: the codes that differ from ISO alpha-2 (and some that
// swap with another country's ISO code), plus countries whose codes are the same.
const CASES: Array<[iso3: string, fips: string]> = [
  ['DEU', 'GM'], ['GBR', 'UK'], ['ISR', 'IS'], ['ISL', 'IC'], ['IRQ', 'IZ'], ['IRN', 'IR'],
  ['YEM', 'YM'], ['LBN', 'LE'], ['SYR', 'SY'], ['UKR', 'UP'], ['RUS', 'RS'], ['SRB', 'RI'],
  ['NGA', 'NI'], ['NER', 'NG'], ['NIC', 'NU'], ['SDN', 'SU'], ['SSD', 'OD'], ['COD', 'CG'],
  ['COG', 'CF'], ['CAF', 'CT'], ['TCD', 'CD'], ['MMR', 'BM'], ['AUS', 'AS'], ['AUT', 'AU'],
  ['CHN', 'CH'], ['CHE', 'SZ'], ['ESP', 'SP'], ['PHL', 'RP'], ['ZAF', 'SF'], ['ZMB', 'ZA'],
  ['ZWE', 'ZI'], ['BFA', 'UV'], ['MLI', 'ML'], ['SOM', 'SO'], ['AFG', 'AF'], ['USA', 'US'],
  ['PSE', 'WE'], ['KOR', 'KS'], ['PRK', 'KN'], ['TUR', 'TU'], ['LBY', 'LY'], ['MAR', 'MO'],
];

for (const [iso3, fips] of CASES) {
  test(`FIPS code of ${iso3} is ${fips}`, () => {
    assert.equal(country(iso3)?.fips, fips);
  });
}

test('FIPS codes are unique among countries', () => {
  const seen = new Map<string, string>();
  for (const [iso3] of CASES) {
    const f = country(iso3)!.fips;
    assert.ok(!seen.has(f), `${iso3} and ${seen.get(f)} share ${f}`);
    seen.set(f, iso3);
  }
});
