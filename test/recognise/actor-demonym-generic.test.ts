import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletStage } from '../../src/recognise/outlets.js';
import { actorStage } from '../../src/recognise/actors.js';
import { placeStage } from '../../src/recognise/places.js';
import { docFor } from './layer-doc.js';

/**
 * A demonym before a generic noun gives the noun its country (data/actors/generic.json, modifiers.json):
 * "immigrants" are refugees/migrants; "peacekeeping" may stand between the demonym and the noun.
 * Rows: sentence, mention text, expected country, expected sector.
 */
type Row = [string, string, string, string];

const ROWS: Row[] = [
  ['Border guards detained forty Honduran immigrants near the river.', 'Honduran immigrants', 'HND', 'REF'],
  ['A Haitian immigrant was deported on Friday.', 'Haitian immigrant', 'HTI', 'REF'],
  ['Nepalese peacekeeping troops were ambushed near the airport.', 'Nepalese peacekeeping troops', 'NPL', 'MIL'],
  ['Ghanaian peacekeeping soldiers arrived in the capital.', 'Ghanaian peacekeeping soldiers', 'GHA', 'MIL'],
];

test('demonym + generic noun: immigrants and peacekeeping troops take the demonym\'s country', () => {
  for (const [sentence, text, country, sector] of ROWS) {
    const doc = docFor(sentence, [outletStage, actorStage, placeStage]);
    const m = doc.actors.find((a) => a.text === text);
    const seen = doc.actors.map((a) => `${a.text}=${a.entry}/${a.data.country}/${a.data.sector}`).join('; ');
    assert.ok(m, `"${text}" not found in "${sentence}" (got ${seen})`);
    assert.equal(m.data.country, country, `country of "${text}"`);
    assert.equal(m.data.sector, sector, `sector of "${text}"`);
  }
});
