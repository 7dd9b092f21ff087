import { roleTable } from './role-table.js';

/**
 * A fight noun in a time adjunct ("after clashes with", "following fighting") takes the main clause's subject as its
 * doer when it names the other side or the subject is armed (session 9, our own sentences; src/code/adjunct-fight.ts).
 */
roleTable('adjunct fight subject', [
  { text: 'The army retook the hill after clashes with the rebels.', trigger: 'clashes', actor: 'army', recipient: 'rebels' },
  { text: 'Rebel fighters seized two villages following clashes with government troops.', trigger: 'clashes', actor: 'Rebel fighters', recipient: 'troops' },
  { text: 'Government troops withdrew from the town during heavy fighting.', trigger: 'fighting', actor: 'Government troops' },
  // not a doer: the subject of a passive
  { text: 'Two soldiers were wounded after clashes with rebels near the border.', trigger: 'clashes', notActor: 'soldiers' },
]);
