import { roleTable } from '../code/role-table.js';

/**
 * Session 11 (args7): after a verb done only to a person ("assassinated", "kidnapped", "shot dead", "gunned down") a run
 * of two to four capitalised words names the victim without a listed given name
 * (src/recognise/actor-rules/person-name.ts `afterPersonHarm`); a place, a named group or a single word is no name.
 */
roleTable('a named victim after a person-harm verb', [
  { text: 'Gunmen assassinated Seth Okonkwo outside his pharmacy.', trigger: 'assassinated', recipient: 'Seth Okonkwo' },
  { text: 'Masked men shot dead Thaddeus Ombati on the ring road.', trigger: 'shot', recipient: 'Thaddeus Ombati' },
  { text: 'Bandits kidnapped Chidubem Eze from his farm at night.', trigger: 'kidnapped', recipient: 'Chidubem Eze' },
  { text: 'Militants gunned down Yared Tesfaye near the bus stop.', trigger: 'gunned', recipient: 'Yared Tesfaye' },
  { text: 'Gunmen kidnapped Mexican tourists near the border.', trigger: 'kidnapped', notRecipient: 'Mexican tourists near' },
]);
