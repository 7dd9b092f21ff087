import { roleTable } from './role-table.js';

/**
 * The one accused, blamed or punished "of/for" a gerund did the act; the accuser is the source of the accusation
 * only. A gerund after a preposition with a direct object is a verb ("of shelling the plant"). Our own sentences.
 */
roleTable('accused doer', [
  { text: "Iran's foreign minister accused Israel of assassinating a nuclear scientist.", trigger: 'assassinating', actor: 'Israel', notActor: 'minister' },
  { text: "Iran's foreign minister accused Israel of assassinating a nuclear scientist.", trigger: 'accused', actor: 'minister', recipient: 'Israel' },
  { text: 'The Salvadoran army accused the FMLN of assassinating the mayor.', trigger: 'assassinating', actor: 'FMLN', notActor: 'army' },
  { text: 'Ukraine accused Russia of shelling the power plant.', trigger: 'shelling', actor: 'Russia', recipient: 'power plant', notActor: 'Ukraine' },
  { text: 'The government blamed the rebels for killing 20 villagers.', trigger: 'killing', actor: 'rebels', recipient: 'villagers' },
  { text: 'A military court convicted two soldiers of killing the protesters.', trigger: 'killing', actor: 'soldiers', recipient: 'protesters', notActor: 'court' },
  // the noun after "the" stays a noun with its "of" phrase
  { text: 'Kenya blamed al-Shabaab for the bombing of the hotel.', trigger: 'bombing', actor: 'al-Shabaab', recipient: 'hotel' },
]);
