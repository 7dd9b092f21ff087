import { roleTable } from './role-table.js';

/** A verb after "and/but" with no subject of its own shares the earlier verb's subject (session 9, our own sentences). */
roleTable('coordinated verb subject', [
  { text: 'Demonstrators gathered outside the ministry but clashed with riot police.', trigger: 'clashed', actor: 'Demonstrators', recipient: 'police' },
  { text: 'The militants seized the checkpoint and then attacked a convoy.', trigger: 'attacked', actor: 'militants' },
  // a second subject is the verb's own
  { text: 'Soldiers searched the houses and rebels attacked the camp.', trigger: 'attacked', actor: 'rebels', notActor: 'Soldiers' },
]);
