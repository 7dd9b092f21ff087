import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * A town's part named after the town and a spaced dash (src/recognise/place-city-part.ts; the part before the town in
 * an event's places: finestFirst and partOfSentence in src/resolve/events.ts). Made-up part names, our own sentences.
 * [text, trigger, the event's first location (null: no part at all), its country]
 */
const CASES: [string, string, string | null, string | null][] = [
  ['Israeli jets struck a house in Gaza - Al Qaryah (Gaza City, Gaza Strip) on Monday.', 'struck', 'Gaza - Al Qaryah', 'PSE'],
  ['Nurses rallied outside the ministry in Tehran - District North (Tehran) over pay.', 'rallied', 'Tehran - District North', 'IRN'],
  ['Unions picketed in front of city hall (Busan - Haeundae). They urged higher wages.', 'picketed', 'Busan - Haeundae', 'KOR'],
  ['Gunmen shot a trader in Mogadishu - Hamar Weyne, police said.', 'shot', 'Mogadishu - Hamar Weyne', 'SOM'],
  // particles and glued apostrophes inside the part
  ['Two shells fell in Aden - Madinat al Shaab camp (Aden) at dawn.', 'fell', 'Aden - Madinat al Shaab', 'YEM'],
  // a title inside a part closed by a bracket
  ['Drones struck a car in Gaza - Sheikh Hamdan (Gaza City, Gaza Strip).', 'struck', 'Gaza - Sheikh Hamdan', 'PSE'],
  // the part named in a bracket after the town the event is placed in
  ['Artillery shelled the east of Gaza City (coded as Gaza - Al Burj, Gaza Strip).', 'shelled', 'Gaza - Al Burj', 'PSE'],
  // the part before a site the gazetteer lacks inside it
  ['Warplanes struck a house in Al Manshiya area of Gaza - Al Burj (Gaza City, Gaza Strip).', 'struck', 'Gaza - Al Burj', 'PSE'],
  // no part: an aside after a dash, a dateline, a route, a province after a district, a country after the dash
  ['Crowds gathered in Kyiv - President Zelensky said the city was calm.', 'gathered', null, null],
  ['Rebels shelled the road Aleppo - Damascus near Saraqib.', 'shelled', null, null],
  ['Troops shelled the Homs - Palmyra highway on Friday.', 'shelled', null, null],
  ['Fighters were killed in Usaylan district - Shabwah governorate on Monday.', 'killed', null, null],
];

for (const [text, trigger, place, country] of CASES) {
  test(`town part after a dash: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.indexOf(trigger));
    assert.ok(ev, 'an event');
    const parts = ev.locations.filter((l) => l.entry === 'place:city-part');
    if (place === null) {
      assert.deepEqual(parts.map((l) => l.text), []);
      return;
    }
    const first = ev.locations[0];
    assert.ok(first, 'a location');
    assert.equal(first.name, place, `[${ev.locations.map((l) => l.name).join(', ')}]`);
    assert.equal(first.country, country);
  });
}
