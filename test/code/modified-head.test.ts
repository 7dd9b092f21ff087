import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';

/**
 * A determiner, a capitalised modifier that names no actor, then the trigger (src/code/voice.ts `modifiedHead`; our own
 * sentences): the trigger heads a noun phrase, so the subject of the verb that takes the phrase as object ("Egypt
 * condemned …") is not its doer. A real subject before a finite verb still acts.
 */
roleTable('modified head noun', [
  { text: 'Egypt condemned the Israeli strike on Doha.', trigger: 'strike', notActor: 'Egypt' },
  { text: 'Jordan denounced the Israeli strikes on the camp.', trigger: 'strikes', notActor: 'Jordan' },
  { text: 'The Arab League criticised a Turkish bombardment of the town.', trigger: 'bombardment', notActor: 'Arab League' },
  // a subject noun between the modifier and the verb: the verb keeps its subject
  { text: 'The Israeli army strikes targets in Gaza every night.', trigger: 'strikes', actor: 'Israeli army' },
  // no modifier: the subject of a finite verb acts
  { text: 'Russian troops attack the town at dawn.', trigger: 'attack', actor: 'Russian troops' },
]);

/**
 * A state's demonym, "strike(s)", "on" and a named state, capital or armed group of the actor lexicon
 * (src/recognise/actor-rules/group-adjective.ts `strikeOn`): the state struck. A day or an employer after "on" is a
 * labour strike, which names no attacker.
 */
roleTable('state demonym before a strike on a named party', [
  { text: 'Egypt condemned the Israeli strike on Doha.', trigger: 'strike', actor: 'Israeli', notActor: 'Egypt' },
  { text: 'Russian strikes on Ukraine killed five people overnight.', trigger: 'strikes', actor: 'Russian', recipient: 'Ukraine' },
  { text: 'A US strike on Hezbollah hit a weapons depot.', trigger: 'strike', actor: 'US', recipient: 'Hezbollah' },
]);

test('a labour strike on a day names no attacker', () => {
  const a = analyze({ text: 'A French strike on Monday halted trains across the country.', published: '2024-03-12' });
  assert.ok(!a.events.some((e) => e.codes.plover.type === 'ASSAULT' && e.actors.some((x) => x.text.includes('French'))), 'no ASSAULT by the French');
});

/**
 * Session 11: the same before a thing attacked that has no name ("the Israeli strike on the hospital"): the state
 * struck and the thing is the target (`struckThing`); a labour strike "on the buses" names no attacker.
 */
roleTable('state demonym before a strike on an unnamed thing', [
  { text: 'Qatar condemned the Israeli strike on the hospital.', trigger: 'strike', actor: 'Israeli', recipient: 'hospital', notActor: 'Qatar' },
  { text: 'Russian strikes on the power plant cut electricity to the region.', trigger: 'strikes', actor: 'Russian', recipient: 'power plant' },
  { text: 'A Turkish strike on a refugee camp near the border killed six people.', trigger: 'strike', actor: 'Turkish', recipient: 'people' },
  { text: 'The American strike on the Ahli depot drew protests.', trigger: 'strike', actor: 'American', recipient: 'Ahli depot' },
]);

test('a labour strike on the buses names no attacker', () => {
  const a = analyze({ text: 'A French strike on the buses left commuters stranded.', published: '2024-03-12' });
  assert.ok(!a.events.some((e) => e.actors.some((x) => x.text.includes('French'))), 'no event by the French');
});
