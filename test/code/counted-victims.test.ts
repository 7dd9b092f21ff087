import { roleTable } from './role-table.js';

/**
 * A bare count as the people a harm verb harms (src/code/counted-victims.ts): the object of an active harm verb, the
 * subject of a passive one, the people an attack left dead; our own sentences.
 */
roleTable('counted victims', [
  { text: 'The explosion killed 12 and injured 30, police said.', trigger: 'killed', recipient: '12' },
  { text: 'Gunmen opened fire on the bus, killing at least nine.', trigger: 'killing', recipient: 'nine' },
  { text: 'In the second incident 22 were killed in the market.', trigger: 'killed', recipient: '22' },
  { text: 'Another 38 were injured in the explosion.', trigger: 'injured', recipient: '38' },
  { text: 'The bombings left 21 dead and almost 200 injured.', trigger: 'bombings', recipient: '21' },
  // a count before a noun is that noun's count, not a victim of its own
  { text: 'Rebels killed 3 soldiers near the border.', trigger: 'killed', recipient: 'soldiers', notRecipient: '3' },
  // a number in a name, a date or a time is no count of people
  { text: 'Flight 17 was shot down over the region.', trigger: 'shot down', notRecipient: '17' },
  { text: 'The convoy was attacked on 12 March near the town.', trigger: 'attacked', notRecipient: '12' },
]);
