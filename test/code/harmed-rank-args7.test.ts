import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';
import { roleTable } from './role-table.js';

/**
 * Session 11 (args7): a rank classified by an armed or police noun ("a militia commander", "a police captain") is the
 * victim, on that noun's side (src/recognise/actor-rules/composite.ts `classifiedRank`); "shot dead" / "gunned down"
 * before a determiner and a harmed noun (`PARTICLE_HARM`); a second victim after a named person's appositive
 * (src/code/roles.ts `coordinated`, determiners read through).
 */
roleTable('a classified rank harmed', [
  { text: 'A militia commander was killed in the drone strike on the convoy.', trigger: 'killed', recipient: 'militia commander' },
  { text: 'Two gunmen on a motorbike killed a police captain near the bus terminal.', trigger: 'killed', recipient: 'police captain' },
  { text: 'An army sergeant was wounded in a clash at the checkpoint.', trigger: 'wounded', recipient: 'army sergeant' },
  { text: 'Masked men shot dead a retired army colonel in front of his house.', trigger: 'shot', recipient: 'retired army colonel' },
]);

roleTable('a harm verb and its particle before the object', [
  { text: 'Unknown attackers shot dead a colonel in the northern city.', trigger: 'shot', recipient: 'colonel' },
  { text: 'The assailants gunned down the lieutenant as he left the mosque.', trigger: 'gunned', recipient: 'lieutenant' },
]);

roleTable('a second victim after an appositive', [
  { text: 'Militants killed Omar Haddad, a councillor, and his driver on the coast road.', trigger: 'killed', recipient: 'driver' },
  { text: 'Gunmen shot dead Jorge Benitez, the town mayor, and a policeman at the fair.', trigger: 'shot', recipient: 'policeman' },
  { text: 'Gunmen killed Omar Haddad, a councillor, and the police said the attackers fled.', trigger: 'killed', notRecipient: 'police' },
]);

test('a ranked victim keeps the classifier sector', () => {
  const text = 'A police captain was killed in the ambush on the highway.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('killed'));
  assert.ok(ev, 'an event at killed');
  const r = ev.recipients.find((x) => x.text.includes('captain'));
  assert.ok(r, ev.recipients.map((x) => x.text).join(', '));
  assert.equal(r.text, 'police captain');
  assert.equal(r.sector, 'COP');
});

test('a village captain is a local official, not an officer', () => {
  const text = 'A barangay captain was shot dead by two men on a motorcycle.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('shot'));
  assert.ok(ev, 'an event at shot');
  const r = ev.recipients.find((x) => x.text.includes('captain'));
  assert.ok(r, ev.recipients.map((x) => x.text).join(', '));
  assert.equal(r.sector, 'GOV');
});

test('an attributive "shot dead" is no object reading', () => {
  const text = 'Two shot dead men were found in the trunk of a car.';
  const a = analyze({ text, published: '2024-03-12' });
  for (const ev of a.events) assert.ok(!ev.actors.some((x) => x.text.includes('men')), ev.actors.map((x) => x.text).join(', '));
});
