import { roleTable } from './role-table.js';

/**
 * The party a predicate around an attack noun names as responsible is the attack's actor (src/code/responsible-party.ts,
 * blamedFor in src/code/bind.ts); our own sentences.
 */
roleTable('responsible party', [
  { text: 'Officials said the Islamic State was behind the suicide bombing in the market.', trigger: 'suicide bombing', actor: 'Islamic State' },
  { text: 'Police believe the Shining Path is probably behind these attacks on power pylons.', trigger: 'attacks', actor: 'Shining Path' },
  { text: 'The ambush was blamed on the Taliban.', trigger: 'ambush', actor: 'Taliban', notRecipient: 'Taliban' },
  { text: 'The bombing, which was attributed to the FMLN, damaged a power station.', trigger: 'bombing', actor: 'FMLN' },
  { text: 'A wave of kidnappings attributed to the ELN has shaken the region.', trigger: 'kidnappings', actor: 'ELN' },
  { text: 'The government blamed the leftist ELN for the bombing of a police academy.', trigger: 'bombing', actor: 'ELN' },
  { text: "Nobody doubts the rebels' responsibility for the massacre of ten farmers.", trigger: 'massacre', actor: 'rebels', recipient: 'farmers' },
  // no party: "behind" as a place, a blamed thing that is no actor
  { text: 'Two soldiers were wounded in an attack behind the barracks.', trigger: 'attack', notActor: 'soldiers' },
  { text: 'The bombing was blamed on poor security at the station.', trigger: 'bombing', notActor: 'security' },
]);

/**
 * A bare noun for an armed group before an attack noun names its doer ("a rebel attack", "the militant ambush",
 * src/recognise/actor-rules/composite.ts armedDoer), and the attack word after "a/the" and that noun is a noun
 * (src/code/voice.ts); places and properties after such a noun stay attributes ("rebel positions").
 */
roleTable('armed noun before an attack noun', [
  { text: 'A rebel attack destroyed the power station on Monday.', trigger: 'attack', actor: 'rebel' },
  { text: 'The terrorist attack killed five soldiers in the capital.', trigger: 'attack', actor: 'terrorist', recipient: 'soldiers' },
  { text: 'Three villagers died in a militant ambush on the highway.', trigger: 'ambush', actor: 'militant' },
  { text: 'Army troops shelled rebel positions near the river.', trigger: 'shelled', actor: 'Army troops', notActor: 'rebel' },
  // a place noun after an armed noun stays an attribute: the station is what was attacked, the police no doer
  { text: 'The police station was attacked by gunmen.', trigger: 'attacked', actor: 'gunmen', notActor: 'police' },
]);

/** A hyphenated compound modifier before the agent noun is read through ("by a people-smuggling gang", src/code/roles.ts actorAt). */
roleTable('hyphenated modifier before an agent', [
  { text: 'Police said the blast was carried out by a people-smuggling gang.', trigger: 'blast', actor: 'gang' },
  { text: 'The trader was shot dead by a drug-trafficking gang on Sunday.', trigger: 'shot', actor: 'gang' },
]);
