import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletStage } from '../../src/recognise/outlets.js';
import { actorStage } from '../../src/recognise/actors.js';
import { placeStage } from '../../src/recognise/places.js';
import { docFor } from './layer-doc.js';

/**
 * Two-letter country abbreviations are state names only in their exact case (data/actors/country-extras.json `exact`):
 * "the UK" is Britain as "the US" is the United States; never in all-upper-case copy, never lower-case.
 * Rows: sentence, mention text, expected country (null: no such mention).
 */
type Row = [string, string, string | null];

const ROWS: Row[] = [
  ['The UK imposed new sanctions on Russian banks on Monday.', 'UK', 'GBR'],
  ['Officials said the UK would send more aid to Sudan.', 'UK', 'GBR'],
  ['The US and the UK condemned the missile launch.', 'UK', 'GBR'],
  ['THE UK IMPOSED NEW SANCTIONS ON RUSSIAN BANKS', 'UK', null],
  ['Shipping to the uk port resumed on Monday.', 'uk', null],
];

test('short country names: "UK" is Britain in its exact case', () => {
  for (const [sentence, text, country] of ROWS) {
    const doc = docFor(sentence, [outletStage, actorStage, placeStage]);
    const m = doc.actors.find((a) => a.text === text);
    const seen = doc.actors.map((a) => `${a.text}=${a.entry}/${a.data.country}`).join('; ');
    if (country === null) assert.equal(m, undefined, `"${text}" in "${sentence}" (got ${seen})`);
    else assert.equal(m?.data.country, country, `"${text}" in "${sentence}" (got ${seen})`);
  }
});
