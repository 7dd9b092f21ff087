import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * "on" after a strike, a raid or a shelling introduces the ground hit, as strongly as "in" (data/places/place-words.json
 * "attack-on", locativeBefore in src/recognise/place-words.ts): a small town with no other context is then a place.
 * [text, places found as "name/country"]
 */
const CASES: [string, string[]][] = [
  ['Warplanes carried out two raids on Midi at dawn.', ['Midi/YEM']],
  ['Artillery shells fell on Harad, wounding a boy.', ['Ḩaraḑ/YEM']],
  // "on" after other words says nothing of ground: a small town needs other context
  ['Residents protested on Harad street.', []],
  ['The talks on Midi ended.', []],
];

for (const [text, want] of CASES) {
  test(`attack on: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-attack-on' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.data.name}/${p.data.country}`), want);
  });
}
