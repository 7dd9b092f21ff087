import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/** Where an event with no place of its own happened (src/resolve/events.ts fallbackLocation): one sentence pair per rule. */
const CASES: [string, string, string | null][] = [
  // text, family of the event checked, rule of its first location (null: none)
  ['Fighting broke out in Aden on Monday. Gunmen attacked a checkpoint, killing two soldiers.', 'assault', 'place:document-place'],
  ['Protesters marched in Yemen. Later gunmen attacked a checkpoint.', 'assault', 'place:document-country'],
  ['Clashes erupted in Aden and Kabul. Gunmen attacked a checkpoint.', 'assault', null],
  ['Gunmen attacked a checkpoint (Mwenga, Sud-Kivu) on Sunday.', 'assault', 'place:sentence-fallback'],
  // no place named: the one country both sides act in; a protest's target does not count; sides of two countries: the targets'
  ['Kenyan police arrested Kenyan protesters.', 'coerce', 'place:actors-country'],
  ['Iraqi protesters rallied against Turkish forces.', 'protest', 'place:actors-country'],
  ['Kenyan police arrested Somali fishermen.', 'coerce', 'place:targets-country'],
];

test('fallback location: sentence place, one-country document, none when the places disagree', () => {
  for (const [text, family, rule] of CASES) {
    const e = analyze(text).events.find((x) => x.family === family);
    assert.ok(e, text);
    const got = e.locations[0]?.provenance.rule.split(' ')[0] ?? null;
    assert.equal(got, rule, text);
  }
});
