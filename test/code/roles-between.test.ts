import { roleTable } from './role-table.js';

/**
 * The sides of a reciprocal noun (session 9, our own sentences): a clash word read as a verb had no "between" phrase,
 * so "an armed clash between X and Y" had no actor. Before "between", a report adverb and a finite intransitive verb,
 * or "were/have" after a plural in -es, the word is a noun.
 */
roleTable('between sides', [
  { text: 'There was an armed clash between rebel fighters and the army near the bridge.', trigger: 'clash', actor: 'rebel fighters', recipient: 'army' },
  { text: 'Fierce clashes between the militia and police left three dead.', trigger: 'clashes', actor: 'militia', recipient: 'police' },
  { text: 'Clashes reportedly erupted between the army and insurgents in the hills.', trigger: 'Clashes', actor: 'army', recipient: 'insurgents' },
  { text: 'Sporadic clashes were reported between soldiers and rebels near the airport.', trigger: 'clashes', actor: 'soldiers', recipient: 'rebels' },
  { text: 'A gunfight ensued between soldiers and militants at the checkpoint.', trigger: 'gunfight', actor: 'soldiers' },
  { text: 'A clash occurred between police and protesters outside the court.', trigger: 'clash', actor: 'police', recipient: 'protesters' },
  { text: 'A shelling exchange took place between the army and rebels on the front line.', trigger: 'shelling', actor: 'army' },
  // a verb stays a verb: its subject is the actor
  { text: 'The rebels clashed with the army between the two villages.', trigger: 'clashed', actor: 'rebels', recipient: 'army' },
]);

/** "between X against Y": "against" (or "versus") for "and" joins the second side (session 10, src/code/roles.ts `betweenOf`). */
roleTable('between against', [
  { text: 'Heavy fighting took place between the militia against government troops and their allies near the dam.', trigger: 'fighting', actor: 'militia', recipient: 'government troops' },
  { text: 'Clashes broke out between rebels versus the army on the ridge.', trigger: 'Clashes', actor: 'rebels', recipient: 'army' },
]);

/** A partitive first side, and a first side the dictionary lacks: the second side is still read (src/code/roles.ts). */
roleTable('between partitive and unknown sides', [
  { text: 'Clashes broke out between two groups of farmers near the well.', trigger: 'Clashes', actor: 'farmers' },
  { text: 'Clashes took place between Lions of the Valley Brigade and Turkish forces near the dam.', trigger: 'Clashes', actor: 'Turkish forces' },
  // a place pair is no side
  { text: 'A bomb killed two soldiers on the road between Khan Abad and Kunduz.', trigger: 'killed', notActor: 'Kunduz' },
]);

/** A post-modifier, then a verb of occurrence and "between": the clash word heads the subject (src/code/voice.ts). */
roleTable('between after a post-modifier', [
  { text: 'Clashes involving rifles and mortars took place between the militia and the army near the bridge.', trigger: 'Clashes', actor: 'militia', recipient: 'army' },
  { text: 'Heavy clashes and an exchange of mortar fire took place between the militia and the army near the bridge.', trigger: 'clashes', actor: 'militia' },
]);

/** "shoot-out(s)": the compound noun the tokens split, with its "between" sides (src/code/voice.ts `outCompound`). */
roleTable('shoot-out', [
  { text: 'A shoot-out between police and smugglers took place near the river port.', trigger: 'shoot', actor: 'smugglers' },
  { text: 'Shoot-outs between unknown gunmen were heard in the market district.', trigger: 'Shoot', actor: 'gunmen' },
]);

/** "X on one side and Y on the other": the marker is read through both ways (src/code/roles.ts `coordinated`). */
roleTable('on one side and on the other', [
  { text: 'Fighting broke out between the militia on one side and the army on the other near the bridge.', trigger: 'Fighting', actor: 'army' },
  { text: 'Government troops on one side and rebels on the other clashed near the bridge.', trigger: 'clashed', actor: 'Government troops' },
]);

/** A backers' phrase set off by commas after the first side is read through to the second (session 11, `pastBackers`). */
roleTable('between past the backers', [
  { text: 'Clashes took place between government troops, supported by allied militiamen, and rebel fighters near the dam.', trigger: 'Clashes', actor: 'rebel fighters' },
  { text: 'Fighting erupted between the army, backed by tribal fighters and police, and militants on the ridge.', trigger: 'Fighting', actor: 'militants' },
  // no comma before "and": the backers' list goes on, no second side is guessed
  { text: 'Clashes took place between the army, backed by tribal fighters and militants on the ridge.', trigger: 'Clashes', notActor: 'militants' },
]);
