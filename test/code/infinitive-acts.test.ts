import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * An act named by an infinitive after a verb of wishing, planning or deciding is a verb, not a
 * noun after the preposition "to" (session 12, branch plover16; our own sentences): "plans to attack the capital" is an
 * attack ahead; after verbs of beginning or attempting it already was (kept rows): "continued to attack the town" is one
 * going on, "attempted to attack the base" one told as done.
 * [text, trigger, modality of its event]
 */
const CASES: Array<[string, string, string]> = [
  ['The rebels plan to attack the capital next week.', 'attack', 'future'],
  ['The junta wants to expel the foreign journalists.', 'expel', 'future'],
  // kept
  ['Militants attempted to attack the police base on Monday.', 'attack', 'asserted'],
  ['The army continued to attack the town on Tuesday.', 'attack', 'ongoing'],
  ['Rebel leaders intend to attack the airport.', 'attack', 'future'],
];

for (const [text, trigger, modality] of CASES) {
  test(`infinitive acts: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.indexOf(trigger));
    assert.ok(ev, `an event at "${trigger}": ${a.events.map((e) => e.triggers.map((t) => t.text).join('+')).join(', ')}`);
    assert.equal(ev.modality, modality);
  });
}

test('infinitive acts: the object of the act is its recipient', () => {
  const text = 'The president wants to attack Iraq.';
  const ev = eventAtOffset(analyze({ text, published: '2024-03-12' }).events, text.indexOf('attack'));
  assert.ok(ev);
  assert.ok(ev.recipients.some((r) => r.country === 'IRQ'));
});
