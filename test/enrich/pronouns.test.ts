import { roleTable, type RoleCase } from '../code/role-table.js';

/**
 * Pronoun antecedents of violent events (src/enrich/pronouns.ts): the event at `trigger` must have `actor` among
 * its actors or `recipient` among its recipients (substring), and must not have `notActor`/`notRecipient`. Own sentences.
 */
const cases: RoleCase[] = [
  // the subject of a passive: the victim
  { text: 'A soldier was wounded at the checkpoint. He was killed two days later in hospital.', trigger: 'killed', recipient: 'soldier' },
  // an object pronoun after the verb
  { text: 'Governor Ahmed Khan visited the market on Monday. Gunmen shot him outside the mosque.', trigger: 'shot', recipient: 'Ahmed Khan', notRecipient: 'Gunmen' },
  // an active subject: the attacker
  { text: 'Hamas regrouped in Rafah. It attacked Israeli troops on Tuesday.', trigger: 'attacked', actor: 'Hamas' },
  { text: 'The rebels withdrew from Goma. They attacked the town of Sake on Tuesday.', trigger: 'attacked', actor: 'rebels' },
  // the pronoun must fit: "he" is not a plural group, "they" not one person
  { text: 'Gunmen stormed the village on Monday. He was killed in the attack.', trigger: 'killed', notRecipient: 'Gunmen' },
  { text: 'Governor Ahmed Khan visited the market on Monday. They attacked the convoy later.', trigger: 'attacked', notActor: 'Ahmed Khan' },
  // a possessive "her" before a noun is no object; the actor is not its own victim
  { text: 'Minister Amina Yusuf spoke on Monday. Gunmen killed her husband on Tuesday.', trigger: 'killed', notRecipient: 'Amina Yusuf' },
  { text: 'A gunman entered the school. He shot him twice.', trigger: 'shot', actor: 'gunman', notRecipient: 'gunman' },
  // a passive "it" is mostly a thing: no actor antecedent
  { text: 'Hamas fighters fired at a patrol boat. It was struck twice.', trigger: 'struck', notRecipient: 'Hamas' },
  // only him, her and them are object pronouns: not a word that names a property of every object
  { text: 'Governor Ahmed Khan visited the market on Monday. Gunmen shot constructor teams near the port.', trigger: 'shot', notRecipient: 'Ahmed Khan' },
  // the pronoun subject of a light verb before an attack noun (session 12)
  { text: 'The Islamic State lost ground in the north. It launched a large attack on the town of Hit on Monday.', trigger: 'attack', actor: 'Islamic State' },
  { text: 'The rebels regrouped in the hills. They carried out an ambush on an army convoy on Tuesday.', trigger: 'ambush', actor: 'rebels' },
  // a passive light verb's subject is no doer
  { text: 'Governor Ahmed Khan visited the market on Monday. It was carried out as an attack on the town.', trigger: 'attack', notActor: 'Ahmed Khan' },
  // too far back: no antecedent beyond two sentences
  { text: 'Hamas regrouped in Rafah. Talks stalled. Prices rose. Schools closed. It attacked the crossing on Tuesday.', trigger: 'attacked', notActor: 'Hamas' },
];

roleTable('pronouns', cases, { last: true });
