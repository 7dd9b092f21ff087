import { roleTable } from './role-table.js';

/**
 * A coordination read leftwards through a short gloss in brackets after the first name, as it was already read
 * rightwards (session 9, our own sentences; src/code/roles.ts `coordinated`).
 */
roleTable('coordination through a gloss', [
  { text: 'The national army (loyalists) and allied militiamen shelled the village.', trigger: 'shelled', actor: 'national army' },
  { text: 'The Chin National Army (CNA) and the military attacked the outpost.', trigger: 'attacked', actor: 'Chin National Army' },
  { text: 'Police (local units) and soldiers raided the camp at dawn.', trigger: 'raided', actor: 'Police' },
]);

/** A bracket inside a name is no clause boundary for the subject ("members of CPN(UML) assaulted"). */
roleTable('bracket inside a name', [
  { text: 'Members of CPN(UML) assaulted a rival candidate near the polling station.', trigger: 'assaulted', actor: 'CPN(UML)' },
]);
