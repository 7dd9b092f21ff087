import { roleTable } from './role-table.js';

/**
 * "came under attack/fire", "suffered heavy shelling", "repelled an attack" (src/code/under-attack.ts; our own sentences): the subject of the verb before "under" is the
 * one attacked, never the attacker; the attacker comes with "by"/"from" after the noun or as its modifier.
 */
roleTable('under attack', [
  { text: 'UN peacekeepers came under fire from rebels in the north.', trigger: 'fire', actor: 'rebels', recipient: 'peacekeepers', notActor: 'peacekeepers' },
  { text: 'Government troops came under attack by Islamist militants near Gao.', trigger: 'attack', actor: 'militants', recipient: 'Government troops' },
  { text: 'A military convoy came under attack near the border.', trigger: 'attack', recipient: 'convoy' },
  { text: 'The base came under rocket fire on Sunday.', trigger: 'fire', recipient: 'base' },
  { text: 'The hospital has come under repeated attack this week.', trigger: 'attack', recipient: 'hospital' },
  { text: 'Residents said the town was under heavy shelling by the army.', trigger: 'shelling', actor: 'army', recipient: 'town' },
  // no "under": the subject still fires
  { text: 'Rebels opened fire on the convoy.', trigger: 'fire', actor: 'Rebels', recipient: 'convoy' },
]);

roleTable('attack noun undergone or repelled', [
  { text: 'The town suffered heavy shelling overnight.', trigger: 'shelling', recipient: 'town' },
  { text: 'Civilians in the north are enduring daily bombing raids.', trigger: 'raids', recipient: 'Civilians', notActor: 'Civilians' },
  { text: 'Troops repelled an attack by militants near the dam.', trigger: 'attack', actor: 'militants', recipient: 'Troops', notActor: 'Troops' },
]);
