import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletStage } from '../../src/recognise/outlets.js';
import { actorStage } from '../../src/recognise/actors.js';
import { placeStage } from '../../src/recognise/places.js';
import { docFor } from './layer-doc.js';

/**
 * International NGOs carry the transnational code IGO as their country, as the ICRC, Oxfam and the other
 * international NGOs of data/actors/igos.json do (CAMEO codes transnational bodies IGO), never a state's code.
 * Rows: sentence, mention text.
 */
const ROWS: [string, string][] = [
  ['Amnesty International urged the authorities to free the detained journalists.', 'Amnesty International'],
  ['Human Rights Watch accused the army of torturing prisoners.', 'Human Rights Watch'],
  ['Doctors Without Borders evacuated its staff from the hospital.', 'Doctors Without Borders'],
  ['The ICRC visited the detainees in the prison.', 'ICRC'],
];

test('international NGOs: country IGO, sector NGO', () => {
  for (const [sentence, text] of ROWS) {
    const doc = docFor(sentence, [outletStage, actorStage, placeStage]);
    const m = doc.actors.find((a) => a.text === text);
    const seen = doc.actors.map((a) => `${a.text}=${a.entry}/${a.data.country}`).join('; ');
    assert.ok(m, `"${text}" not found in "${sentence}" (got ${seen})`);
    assert.equal(m.data.country, 'IGO', `country of "${text}"`);
    assert.equal(m.data.sector, 'NGO', `sector of "${text}"`);
  }
});
