import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';
import { roleTable } from './role-table.js';

/**
 * Session 11: commanders and officers' ranks without a name are victims when harmed (data/actors/generic.json
 * `gen:commanders`, victimOnly), also before an of-phrase ("a commander of the militia was killed",
 * src/recognise/actor-rules/composite.ts `harmedPerson`); elsewhere they are no actor ("the commander said").
 */
roleTable('a harmed commander', [
  { text: 'A senior commander was killed in the air strike on Tuesday.', trigger: 'killed', recipient: 'senior commander' },
  { text: 'A field commander of the rebel alliance was shot dead near the market.', trigger: 'shot', recipient: 'field commander' },
  { text: 'The drone strike killed a commander and his two guards.', trigger: 'killed', recipient: 'commander' },
  { text: 'A brigadier general was killed when a roadside bomb hit his convoy.', trigger: 'killed', recipient: 'brigadier general' },
  { text: 'Gunmen killed a colonel outside his home.', trigger: 'killed', recipient: 'colonel' },
]);

test('a commander who speaks is no actor', () => {
  const text = 'The commander said his men attacked the checkpoint at dawn.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('attacked'));
  assert.ok(ev, 'an event at attacked');
  assert.ok(!ev.actors.some((x) => x.text.includes('commander')), ev.actors.map((x) => x.text).join(', '));
});

test('a former commander harmed is a civilian', () => {
  const text = 'A former commander of the border guard was shot dead by unknown men.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('shot'));
  assert.ok(ev, 'an event at shot');
  const r = ev.recipients.find((x) => x.text.includes('commander'));
  assert.ok(r, ev.recipients.map((x) => x.text).join(', '));
  assert.equal(r.sector, 'CVL');
});
