import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * "the X neighbourhood of <town>": the town is the event's first place, the neighbourhood stays among its places
 * (src/resolve/place-neighbourhood.ts). Made-up neighbourhood names, our own sentences.
 * [text, trigger, first place's text, a later place's text (null: none asked)]
 */
const CASES: [string, string, string, string | null][] = [
  ['Gunmen killed a shopkeeper in the Bab Sharqi neighbourhood of Aleppo.', 'killed', 'Aleppo', 'Bab Sharqi'],
  ['Protesters gathered in Yeni Tepe neighborhood in Kadikoy, Istanbul.', 'gathered', 'Kadikoy', 'Yeni Tepe'],
  ['A bomb exploded in Al-Nour neighbourhood of the city of Mosul.', 'exploded', 'Mosul', 'Al-Nour'],
  // an area or a village of a town keeps the smaller place first (measured: ACLED codes it as often as the town)
  ['Gunmen killed a shopkeeper in the Bab Sharqi area of Aleppo.', 'killed', 'Bab Sharqi', null],
  ['Troops shelled Tal Sabbagh village of Hama.', 'shelled', 'Tal Sabbagh', null],
];

for (const [text, trigger, first, later] of CASES) {
  test(`neighbourhood's town first: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.indexOf(trigger));
    assert.ok(ev, 'an event');
    const texts = ev.locations.map((l) => l.text);
    assert.equal(texts[0], first, texts.join(', '));
    if (later) assert.ok(texts.slice(1).includes(later), texts.join(', '));
  });
}
