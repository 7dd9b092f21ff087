import { roleTable } from './role-table.js';

/** "exchanged/traded" + a fire noun is a light verb: its subject does the firing (session 9, our own sentences). */
roleTable('exchange light verbs', [
  { text: 'The army and the rebels exchanged artillery barrages near the dam.', trigger: 'barrages', actor: 'army' },
  { text: 'Militants traded mortar shelling with the troops overnight.', trigger: 'shelling', actor: 'Militants' },
]);
