import { roleTable } from './role-table.js';

/** The state whose proposal, act or presence is rejected, condemned or demanded is the recipient (src/code/owner-object.ts). */
roleTable('object owner', [
  { text: 'Nepal rejected a Chinese proposal to build the road.', trigger: 'rejected', actor: 'Nepal', recipient: 'Chinese' },
  { text: 'Chile flatly rejected an Argentine ultimatum on Tuesday.', trigger: 'rejected', actor: 'Chile', recipient: 'Argentine' },
  // a possessive owner is an actor of its own and stays the recipient
  { text: "Chile rejected Argentina's proposal on Tuesday.", trigger: 'rejected', actor: 'Chile', recipient: 'Argentina' },
]);
