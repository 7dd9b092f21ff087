import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * A fight whose infinitive aims at a social ill is a campaign, as "the fight against poverty" (`sense.fight-to-end-ill`,
 * branch plover15), on sentences written for this test; a fight to take or hold ground stays a fight.
 */
const cases: PloverCase[] = [
  { text: 'As part of its fight to eradicate hunger, the ministry opened food banks in Lagos.', type: null },
  { text: 'The government stepped up its battle to end corruption in Kenya.', type: null },
  { text: 'Rebels fought government troops in a battle to retake the town of Kidal.', type: 'ASSAULT' },
];

ploverCases(cases);
