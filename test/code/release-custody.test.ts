import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * Releases and the custody that describes the person freed (branch plover15), on sentences written for this test: a
 * release of a profession or office noun ("the mayor", "a correspondent") is a release (CAMEO 0841) like one of named
 * people; an arrest told in a relative clause or reduced relative of the person a sentence reports freed is no new
 * arrest (`coerce:held-before-release`); an arrest by a named force, a release only asked for, or no release at all
 * keep the arrest.
 */
const cases: PloverCase[] = [
  // a person noun as the object of the release
  { text: 'Militants on Sunday freed the mayor of Tikrit after two weeks in captivity.', type: 'RETREAT', code: '0841' },
  { text: 'The army released a kidnapped engineer on Friday.', type: 'RETREAT', code: '0841' },
  { text: 'Police released the correspondent late on Tuesday.', type: 'RETREAT', code: '0841' },
  // the custody describes the person freed
  { text: 'Police released the photographer, who was detained for three days and questioned about his pictures.', type: 'RETREAT', code: '0841', never: 'COERCE' },
  { text: 'The students arrested at the border crossing were released on bail on Monday.', type: 'RETREAT', code: '0841', never: 'COERCE' },
  { text: 'The authorities freed the opposition leader, a veteran activist jailed since 2019, the party said.', type: 'RETREAT', code: '0841', never: 'COERCE' },
  { text: 'Police said the men detained in the raid were released.', type: 'RETREAT', code: '0841', never: 'COERCE' },
  { text: 'The dissidents imprisoned for insulting the king were released by royal pardon.', type: 'RETREAT', code: '0841', never: 'COERCE' },
  // the arrest stays an event
  { text: 'Police arrested 20 protesters on Monday and released them on Tuesday.', type: 'COERCE', code: '173' },
  { text: 'Families demanded the release of relatives detained by the security forces.', type: 'REQUEST', also: 'COERCE:asserted' },
  { text: 'The students arrested during the sit-in face charges of vandalism.', type: 'COERCE', code: '173' },
  // no person freed
  { text: 'The company released a new engineer report on Monday.', type: null },
  { text: "The ministry released the mayor's statement on Monday.", type: null },
  { text: 'The statement by the mayor was released on Monday.', type: null },
  { text: 'The report on the engineers was released on Monday.', type: null },
];

ploverCases(cases);
