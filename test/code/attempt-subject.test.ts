import { roleTable } from './role-table.js';

/**
 * A weak people noun before "attempted/tried to" + a violent verb is its doer, as it is right before the violent verb
 * (session 9, our own sentences; src/recognise/actor-rules/composite.ts `violentSubject`).
 */
roleTable('attempted violence', [
  { text: 'A group of people attempted to lynch a suspected thief in the market.', trigger: 'lynch', actor: 'group of people' },
  { text: 'Villagers tried to lynch two suspected cattle thieves.', trigger: 'lynch', actor: 'Villagers' },
]);
