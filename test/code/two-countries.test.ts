import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * "the two countries", "both nations" as a subject stand for the last two states named, at most two sentences back
 * (session 12, branch plover16; src/code/two-countries.ts; our own sentences). [text, trigger, actor countries]
 */
const CASES: Array<[string, string, string[]]> = [
  ['Peru and Chile held talks in Lima on Monday. The two countries agreed to reopen the border.', 'agreed', ['PER', 'CHL']],
  ['Washington and Moscow traded accusations. Both countries have expelled diplomats.', 'expelled', ['USA', 'RUS']],
  ['Ghana and Togo signed a pact on Friday. The two governments also agreed to hold talks.', 'agreed', ['GHA', 'TGO']],
  // one state only, or none near: no subject
  ['Israeli troops killed two men. The two countries agreed.', 'agreed', []],
  ['Kenya held talks on Monday. The two countries agreed to reopen the border.', 'agreed', []],
];

for (const [text, trigger, countries] of CASES) {
  test(`two countries: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.lastIndexOf(trigger));
    assert.ok(ev, `an event at "${trigger}"`);
    assert.deepEqual(ev.actors.map((x) => x.country).sort(), [...countries].sort());
    for (const x of ev.actors) assert.equal(x.provenance.how, 'inferred');
  });
}
