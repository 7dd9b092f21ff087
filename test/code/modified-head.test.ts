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
