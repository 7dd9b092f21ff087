import { roleTable, type RoleCase } from './role-table.js';

/**
 * Session 11 (actors15): the party or group of its own people ("supporters of", "cadres of") is the subject; a time
 * adverb between a harm verb and its object ("abducted overnight a civilian") leaves the verb active.
 */
const cases: RoleCase[] = [
  // a party's or group's own people name it: the party is the actor
  { text: 'Supporters of the ANC attacked a councillor in Durban on Sunday.', trigger: 'attacked', actor: 'ANC' },
  { text: 'Cadres of the CPI (Maoist) attacked a village headman in Jharkhand.', trigger: 'attacked', actor: 'CPI' },
  { text: 'Activists of the Awami League beat up a student leader in Sylhet.', trigger: 'beat up', actor: 'Awami League' },
  // not a state's forces: an acronym read as a police force is no party here
  { text: 'Activists of the ANP held a protest in Peshawar on Friday.', trigger: 'protest', notActor: 'ANP' },
  // not a person's supporters: the politician is not the actor
  { text: 'About 300 supporters of former President Ali Bongo blocked roads in Libreville.', trigger: 'blocked roads', notActor: 'Bongo' },
  // a time adverb, then an object: active, the subject is the actor and the object the victim
  { text: 'Al Shabaab militants abducted overnight a civilian in Mogadishu.', trigger: 'abducted', actor: 'Al Shabaab', recipient: 'civilian', notRecipient: 'Al Shabaab' },
  { text: 'Gunmen kidnapped yesterday two aid workers near Gao.', trigger: 'kidnapped', actor: 'Gunmen', recipient: 'aid workers' },
  // a time adverb, then a preposition or a clause break: still the headline passive
  { text: 'Five soldiers killed overnight in Borno were buried on Friday.', trigger: 'killed', recipient: 'soldiers', notActor: 'soldiers' },
  { text: 'Two policemen killed yesterday, the army said.', trigger: 'killed', notActor: 'policemen' },
];

roleTable('roles: members of a group, time adverb before the object', cases);

// the attack repelled or repulsed was done to the subject: the "of" phrase of the attack noun is the attacker
roleTable('roles: the attack of X, repelled', [
  { text: 'Soldiers repelled the attack of ISWAP fighters on the base in Borno.', trigger: 'attack', actor: 'ISWAP', recipient: 'Soldiers', notRecipient: 'ISWAP' },
  { text: 'The army repulsed an attack by Al Shabaab militants on a base in Lower Shabelle.', trigger: 'attack', actor: 'Al Shabaab', recipient: 'army' },
  // no actor after "of": none invented
  { text: 'Police repelled the attack of the night on the station in Kano.', trigger: 'attack', notActor: 'Police' },
]);
