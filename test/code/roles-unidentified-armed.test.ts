import { roleTable } from './role-table.js';

/**
 * An unidentified armed actor (sector UNK: "unidentified gunmen", "unknown assailants") doing a violent act on an
 * object the recogniser does not know is an event, as a named armed force's is (session 9, our own sentences).
 */
roleTable('unidentified armed doers', [
  { text: 'Unidentified gunmen ambushed the mayor of the district convoy on the way back from a wedding.', trigger: 'ambushed', actor: 'gunmen' },
  { text: 'Unknown assailants stormed the headmaster of the school residence at night.', trigger: 'stormed', actor: 'assailants' },
  { text: 'Armed men raided the offices of a local radio station.', trigger: 'raided', actor: 'Armed men' },
  // a count's "at least" is no preposition before the subject
  { text: 'On Monday at least three armed men attacked a fuel depot in the port.', trigger: 'attacked', actor: 'three armed men' },
]);
