import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDoc } from '../../src/analyze.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { placeKey } from '../../src/resolve/gazetteer-key.js';
import { dataPath } from '../../src/util/paths.js';

/** Every row of data/places/aliases.json gives its alias a reading in its country (its `name` was found). */
test('aliases.json: every alias reads as a place of its country', () => {
  const g = gazetteer();
  const rows = JSON.parse(readFileSync(dataPath('places/aliases.json'), 'utf8')) as { id: string; alias: string; country: string }[];
  const missing = rows.filter((r) => {
    const iso3 = g.countryByIso2(r.country)?.iso3;
    return !g.candidates(placeKey(r.alias)).some((c) => c.country === iso3);
  });
  assert.deepEqual(missing.map((r) => r.id), []);
});

/** Common English spellings of Yemeni and Gaza towns and quarters. [text, place "name/country"] */
const CASES: [string, string][] = [
  ['Gunmen shot dead a soldier in Seiyun on Sunday.', 'Sayun/YEM'],
  ['Fighting continued near Mokha port.', 'Al Mukhā’/YEM'],
  ['A car bomb exploded in Khormaksar.', 'Khawr Maksar/YEM'],
  // GeoNames names the Basque cities in both languages ("Donostia / San Sebastián"): either name alone finds them
  ['Thousands marched through San Sebastian on Saturday.', 'Donostia / San Sebastián/ESP'],
  ['Workers rallied in Vitoria-Gasteiz.', 'Gasteiz / Vitoria/ESP'],
  // Gaza towns as the news spells them, and Gaza City quarters read as the city
  ['Tanks advanced towards Beit Hanoun overnight.', 'Bayt Ḩānūn/PSE'],
  ['A strike hit a school in Beit Lahia.', 'Bayt Lāhyā/PSE'],
  ['An airstrike destroyed a tower in the Rimal neighbourhood.', 'Gaza/PSE'],
  ['Heavy fighting was reported in Shujaiyya.', 'Gaza/PSE'],
];
for (const [text, want] of CASES) {
  test(`alias in text: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-aliases' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.data.name}/${p.data.country}`), [want]);
  });
}

/** The Philippines' capital region under its official names: the units after a town must not rule it out. */
test('admin1 aliases: Quezon City (Metropolitan Manila, National Capital Region)', () => {
  const doc = analyzeDoc({ text: 'Teachers held a rally outside a school in Quezon City (Metropolitan Manila, National Capital Region).', url: 'test:place-aliases' }, { published: '2022-01-10' });
  assert.deepEqual(doc.places.map((p) => `${p.data.name}/${p.data.country}`), ['Quezon City/PHL', 'Metro Manila/PHL', 'Metro Manila/PHL']);
});
