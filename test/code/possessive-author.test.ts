import { roleTable } from './role-table.js';

/**
 * The owner of a demand, proposal or offer named with a possessive, and the author of one an infinitive answers, is the
 * recipient of rejecting, accepting or yielding to it (src/code/author-object.ts, src/code/families/consult.ts).
 * Session 10 (our own sentences).
 */
roleTable('possessive and infinitive authors', [
  // "meet" a demand: the owner of the demand is yielded to, or refused once negated
  { text: "Bolivia said it would not meet the kidnappers' demands.", trigger: 'meet', actor: 'Bolivia', recipient: 'kidnappers' },
  { text: "Peru would not meet Chile's conditions for the talks.", trigger: 'meet', actor: 'Peru', recipient: 'Chile' },
  // an infinitive and its preposition between the verb and the speech noun
  { text: 'Ghana refused to respond to a demand from Togo.', trigger: 'refused', actor: 'Ghana', recipient: 'Togo' },
  { text: 'Serbia refused to comply with calls by the European Union.', trigger: 'refused', actor: 'Serbia', recipient: 'European Union' },
]);

/** An opening "according to <source noun>" with no comma: the name after the noun opens the clause (src/code/roles.ts inPrepPhrase). */
roleTable('according to a source with no comma', [
  { text: 'According to reports the UK is pushing hard for Chile to back the plan.', trigger: 'pushing', actor: 'UK' },
  { text: 'According to sources Peru is pushing hard for talks with Chile.', trigger: 'pushing', actor: 'Peru' },
]);
