import { roleTable } from './role-table.js';

/**
 * "by Ottoman troops", "by Sandinista soldiers" (src/code/roles.ts `unknownQualifier`; our own sentences): one capitalised
 * word no dictionary knows before a plural group in a by-phrase qualifies the group, which is the agent; not in
 * upper-case text, where every word is capitalised.
 */
roleTable('unknown capitalised qualifier before a by-agent', [
  { text: 'Two farmers were shot by Sandinista soldiers near the border.', trigger: 'shot', actor: 'soldiers', recipient: 'farmers' },
  { text: 'The 1890 massacre of herders by Ottoman troops is still debated.', trigger: 'massacre', actor: 'troops', recipient: 'herders' },
  { text: 'THE VILLAGE WAS ATTACKED BY BRAVE SOLDIERS ON MONDAY.', trigger: 'ATTACKED', notActor: 'SOLDIERS' },
]);
