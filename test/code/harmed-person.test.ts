import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';

/**
 * Professions and local offices as victims (session 11, our own sentences): a person noun of
 * data/actors/generic.json marked `victimOnly` ("engineer", "nuclear scientist", "mayor", "deputy governor") is an
 * actor only as the object of a harm verb or the subject of its passive (rule:actor.harmed-person).
 */
roleTable('harmed person nouns', [
  { text: 'Gunmen assassinated the mayor of Kandahar on Monday.', trigger: 'assassinated', actor: 'Gunmen', recipient: 'mayor' },
  { text: 'Unknown attackers killed a nuclear scientist near the capital.', trigger: 'killed', recipient: 'nuclear scientist' },
  { text: 'Bandits kidnapped two engineers and a tourist on the highway.', trigger: 'kidnapped', actor: 'Bandits', recipient: 'engineers' },
  { text: 'A lawyer was shot dead outside the court in Karachi.', trigger: 'shot', recipient: 'lawyer' },
  { text: 'The deputy governor was wounded in an ambush near Herat.', trigger: 'wounded', recipient: 'deputy governor' },
  { text: 'Residents protested after the engineer who was beaten by the guards died.', trigger: 'beaten', recipient: 'engineer' },
  // an owner is no victim: the office is the target
  { text: 'Protesters attacked the mayor\'s office in the town.', trigger: 'attacked', notRecipient: 'mayor' },
  // the noun before another person noun is an attribute ("an engineer officer" is an officer)
  { text: 'Gunmen killed an army engineer officer in the town.', trigger: 'killed', notRecipient: 'army engineer' },
]);

test('harmed person nouns: provenance and sector', () => {
  const a = analyze({ text: 'Militants shot the mayor of Kandahar on Sunday.', published: '2024-03-12' });
  const r = a.events.flatMap((e) => e.recipients).find((x) => x.text === 'mayor');
  assert.ok(r, 'the mayor is a recipient');
  assert.equal(r.sector, 'GOV');
  assert.equal(r.country, 'AFG');
  assert.match(r.provenance.rule, /rule:actor\.harmed-person/);
  const l = analyze({ text: 'Kidnappers abducted a lawyer in Kano.', published: '2024-03-12' });
  const lawyer = l.events.flatMap((e) => e.recipients).find((x) => x.text === 'lawyer');
  assert.ok(lawyer, 'the lawyer is a recipient');
  assert.equal(lawyer.sector, 'CVL');
});

/** Elsewhere these nouns are no actor. */
for (const text of [
  'Engineers repaired the power line in the city.',
  'The mayor said the curfew would be lifted on Friday.',
  'Scientists warned of a drought in the region.',
]) {
  test(`harmed person nouns, no actor: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const all = a.events.flatMap((e) => [...e.actors, ...e.recipients]).map((x) => x.text.toLowerCase());
    for (const w of ['engineer', 'mayor', 'scientist']) assert.ok(!all.some((x) => x.includes(w)), `${w} in [${all.join(', ')}]`);
  });
}
