import { roleTable } from './role-table.js';

/**
 * "A man was found dead": the subject of the found-dead passive is a victim, so a weak people noun ("a man",
 * "a woman") is an actor mention there as it is before "was shot dead" (session 9, our own sentences;
 * src/recognise/actor-rules/composite.ts `harmedSubject`).
 */
roleTable('found-dead victims', [
  { text: 'A man was found dead near the river bank on Sunday.', trigger: 'found dead', recipient: 'man' },
  { text: 'Two women were found murdered in a field outside the town.', trigger: 'found murdered', recipient: 'women' },
]);
