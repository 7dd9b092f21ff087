import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Country and admin1 of the first event's place, from the context rules of src/recognise/place-*.ts and the hand-listed
 * districts (data/places/districts.json). Our own sentences. [text, country, admin1 (null: not checked), place name as
 * shown (null: not checked)]
 */
const CASES: [string, string, string | null, string | null][] = [
  // a place name read as its government ("Tripoli" for Libya's) does not vouch for its own reading: the Lebanese army
  // points to Lebanon's Tripoli (src/recognise/place-context.ts)
  ['Lebanese army troops fired at a car in Tripoli on Sunday night.', 'LBN', 'North', null],
  ['Libyan National Army units shelled a depot in Tripoli.', 'LBY', null, null],
  // districts the packages lack (data/places/districts.json)
  ['An explosive device went off near a school in the city of Damt in Al Dhali.', 'YEM', 'Ad Dali', 'Damt'],
  ['Gunmen on a motorcycle shot a police officer in Khor Maksar district of Aden.', 'YEM', 'Aden', null],
  ['Warplanes struck a military camp in Bani Al Harith district north of Sanaa.', 'YEM', 'Amanat al Asimah', null],
  ['Shelling hit several houses north of Qaatabah, killing a woman.', 'YEM', 'Ad Dali', null],
  // a compass compound between a name and the unit that holds it: no reading of Rabat lies in Lahij, so no Moroccan city
  ['The coalition carried out an air raid on a militant position in Rabat, northeastern Lahij governorate.', 'YEM', 'Lahij', null],
  // terrain words between a name and its district: the Algerian province is not meant
  ['Clashes erupted between pro-Houthi forces and tribesmen on the Al-Bayadh mountain in Nihm district.', 'YEM', null, null],
  // a country after a compass compound says where the city lies, and the names after it are no units of it
  ['Fighting raged on the eastern front of Taizz city - southwestern Yemen - in the areas of Thabat and Kalabah.', 'YEM', 'Taizz', null],
  // a comma names an oblast that holds none of the name's readings: a village of that oblast, named as written
  ['Rebel forces fired mortars at army positions near Troitske, Donetsk.', 'UKR', 'Donetsk', 'Troitske'],
  ['Russian troops attacked Ukrainian positions near Petrivske, Luhansk, on Tuesday.', 'UKR', 'Luhansk', 'Petrivske'],
  // a list is no unit after a comma
  ['Fighting was reported in Homs, Hama and Idlib.', 'SYR', 'Homs', null],
  // a country that opens a bracket of units: the units in the bracket hold the area named before the country
  ['Two air raids hit the Wadi Hurab area in northern Yemen (Khabb wa ash Shaaf Al-Jawf) on Monday.', 'YEM', 'Al Jawf', null],
  ['Rebels fired artillery at the Al-Jar\'ub area in northern Yemen (Al-Matun Al-Jawf).', 'YEM', 'Al Jawf', null],
  // Nepal's provinces (GeoNames codes 1-7)
  ['Students burned tyres in Pokhara to protest against fuel prices.', 'NPL', 'Gandaki', null],
  ['Police arrested ten demonstrators in Janakpur.', 'NPL', 'Madhesh', null],
  // Baghdad's districts and Kurdish towns under their English names
  ['Unidentified gunmen threw a hand grenade at a house in Kadhimiya.', 'IRQ', 'Baghdad', null],
  ['A Turkish drone struck a car near Zakho on Friday.', 'IRQ', 'Duhok', null],
  // Afghanistan's Wardak province (GeoNames code 27, absent from country-state-city)
  ['Taliban fighters ambushed an army convoy in Maidan Wardak province.', 'AFG', 'Wardak', null],
  ['A roadside bomb killed two soldiers near Maidan Shar.', 'AFG', 'Wardak', null],
  // Nepal's districts that no town is named after (data/places/districts.json)
  ['Cadres of the Nepali Congress clashed with police in Rautahat district.', 'NPL', 'Madhesh', 'Rautahat'],
];

for (const [text, country, admin1, name] of CASES) {
  test(`place context: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-country-context' }, { published: '2022-03-10' });
    const loc = doc.events[0]?.locations[0];
    const seen = JSON.stringify(doc.places.map((p) => [p.text, p.data.name, p.data.country, p.data.admin1]));
    assert.equal(loc?.country ?? null, country, seen);
    if (admin1 !== null) assert.equal(loc?.admin1 ?? null, admin1, seen);
    if (name !== null) assert.equal(loc?.name ?? null, name, seen);
  });
}
