import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supportNoun } from '../../src/resolve/support-act.js';

/** [sentence text before an attack noun, is the noun the object of a phrase of backing?] (src/resolve/support-act.ts) */
const CASES: [string, boolean][] = [
  ['Government troops, supported by allied air ', true],
  ['Rebel units backed by heavy ', true],
  ['The militia advanced with the support of foreign ', true],
  ['Troops pushed forward under the cover of intense ', true],
  // a comma or a clause word ends the phrase: the noun is an act of its own
  ['Troops backed by militias, and later ', false],
  ['Soldiers supported by tribesmen were hit by ', false],
  ['Rebels launched ', false],
];

test('attack nouns that back another act', () => {
  for (const [before, want] of CASES) assert.equal(supportNoun(before), want, before);
});
