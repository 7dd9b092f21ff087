import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';

/**
 * News-prose roles (session 7, our own sentences): a thing target before a verb ("the checkpoint fled"), raid verbs
 * with a thing object, claims of responsibility, poisoning and hanging, figures with scale words, age modifiers,
 * light verbs of waging and planning.
 */
roleTable('news roles', [
  // a verb after a target head ends its phrase
  { text: 'Militants who attacked the checkpoint fled into the hills.', trigger: 'attacked', actor: 'Militants', recipient: 'checkpoint' },
  { text: 'The airstrike on the hospital killed 20 patients.', trigger: 'airstrike', recipient: 'hospital' },
  // raid and storm verbs with a building or vehicle as object are events without an armed actor
  { text: 'Gunmen stormed a hotel in the capital on Friday.', trigger: 'stormed', actor: 'Gunmen', recipient: 'hotel' },
  { text: 'Unknown men raided a house in the village at night.', trigger: 'raided', recipient: 'house' },
  // the claimant of an attack is its actor
  { text: 'The Taliban took responsibility for the attack on the base.', trigger: 'attack', actor: 'Taliban', recipient: 'base' },
  { text: 'Hezbollah claimed full responsibility for the bombing.', trigger: 'bombing', actor: 'Hezbollah' },
  // poisoning, hanging, annihilating
  { text: 'The defector was poisoned by two agents in a hotel.', trigger: 'poisoned', actor: 'agents' },
  { text: 'Prosecutors described the poisoning of the former spy.', trigger: 'poisoning', recipient: 'former spy' },
  { text: 'The insurgents hanged two informers in the market.', trigger: 'hanged', actor: 'insurgents' },
  { text: 'The militants annihilated the garrison.', trigger: 'annihilated', actor: 'militants' },
  // figures with a scale word, age modifiers
  { text: 'The 1915 massacre of 1.5 million people by the army is remembered.', trigger: 'massacre', actor: 'army', recipient: 'people' },
  { text: 'Gunmen killed a 13-year-old girl near the school.', trigger: 'killed', actor: 'Gunmen', recipient: 'girl' },
  // light verbs
  { text: 'Rebels are waging attacks on the convoy routes.', trigger: 'attacks', actor: 'Rebels' },
  { text: 'Prosecutors say the militants orchestrated the bombing of the market.', trigger: 'bombing', actor: 'militants' },
]);

/** Uses of the new trigger words that are no attack. */
const noEvent = [
  'His remarks poisoned relations between the two countries.',
  'Dozens were treated for food poisoning after the wedding.',
  'The storm hit the town on Monday.',
  'Aid workers evacuated 80 children from the besieged city.',
];
for (const text of noEvent) {
  test(`news roles, no event: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    assert.deepEqual(a.events.filter((e) => e.codes.plover.type === 'ASSAULT').map((e) => e.triggers.map((t) => t.text).join('+')), []);
  });
}
