import { roleTable } from './role-table.js';

/**
 * A weak people noun before "attempted/tried to" + a violent verb is its doer, as it is right before the violent verb
 * (session 9, our own sentences; src/recognise/actor-rules/composite.ts `violentSubject`).
 */
roleTable('attempted violence', [
  { text: 'A group of people attempted to lynch a suspected thief in the market.', trigger: 'lynch', actor: 'group of people' },
  { text: 'Villagers tried to lynch two suspected cattle thieves.', trigger: 'lynch', actor: 'Villagers' },
]);

/** "to" after a verb of trying opens an infinitive: the attack word is a verb with the subject of "tried" (src/code/voice.ts). */
roleTable('tried to', [
  { text: 'On 6 June, Houthi fighters tried to attack army positions near Harib.', trigger: 'attack', actor: 'Houthi fighters' },
  { text: 'Militants sought to storm a police station in the border town.', trigger: 'storm', actor: 'Militants' },
]);

/** "According to <source>, <subject> …": the name after the comma is the clause's subject, no conjunct of the source (src/code/roles.ts). */
roleTable('according to', [
  { text: 'According to local officials, Houthis shelled a market in the old city.', trigger: 'shelled', actor: 'Houthis', notActor: 'officials' },
]);
