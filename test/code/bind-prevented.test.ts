import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * An act that was prevented, averted or avoided, or only simulated in a drill, did not happen (src/code/bind.ts, nounRejection: the irrealis heads of
 * src/code/words.ts, read over a possessive name after a preventing verb); the same noun after a verb of doing, or
 * after a possessive that no preventing verb governs, still codes. Own sentences (branch news1).
 */
const CASES: [string, string, boolean][] = [
  ['He lied to detectives in order to prevent Martin\'s arrest.', 'coerce', false],
  ['The deal averted a general strike.', 'protest', false],
  ['Police prevented an investigation into the mayor.', 'accuse', false],
  ['The drill simulated a terrorist attack on the subway.', 'assault', false],
  ['Police held an exercise simulating a bombing at the airport.', 'assault', false],
  ['Police made Martin\'s arrest on Friday near the station.', 'coerce', true],
  ['Dockers began a strike at the port on Monday.', 'protest', true],
  ['The union leaders are concerned about Garcia\'s calls for new elections.', 'request', true],
];

for (const [text, family, coded] of CASES) {
  test(`${coded ? 'a' : 'no'} ${family} event: ${text}`, () => {
    assert.equal(analyze(text).events.some((e) => e.family === family), coded);
  });
}
