import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * A manner word between a demand and its noun ("demanding the immediate withdrawal of troops") does not make the
 * demanded act an event (src/code/bind.ts, nounRejection); the same noun after a verb of doing still codes. Own
 * sentences.
 */
const CASES: [string, string, boolean][] = [
  ['Thousands of demonstrators marched on Saturday, demanding the immediate withdrawal of troops from Iraq.', 'retreat', false],
  ['The senator demanded a prompt investigation into the killing of the journalist.', 'accuse', false],
  ['Protesters demanded the complete withdrawal of foreign forces from the country.', 'retreat', false],
  ['Russia began the immediate withdrawal of its troops from the town on Monday.', 'retreat', true],
];

for (const [text, family, coded] of CASES) {
  test(`${coded ? 'a' : 'no'} ${family} event: ${text}`, () => {
    assert.equal(analyze(text).events.some((e) => e.family === family), coded);
  });
}

/** Talks that are rejected or boycotted, and a proposal of dialogue, are no talks held (src/code/bind.ts, nounRejection). */
const TALKS: [string, boolean][] = [
  ['Last week the senator rejected talks between the government and the drug traffickers.', false],
  ['President Cristiani rejected the dialogue proposal made by the guerrillas.', false],
  ['Last week the senator welcomed talks between Colombia and the drug traffickers.', true],
];

for (const [text, coded] of TALKS) {
  test(`${coded ? 'a' : 'no'} consult event: ${text}`, () => {
    assert.equal(analyze(text).events.some((e) => e.family === 'consult'), coded);
  });
}
