import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * Expulsions told with the particle verb "force … out" (`coerce.force-out`, CAMEO 174, branch plover12), on sentences
 * written for this test: "out" must complete the active verb, directly or after its object; expelled aid agencies,
 * peacekeepers or observers are SANCTION 166x as with "expelled"; an armed side driven out of a place, an ousting
 * "out of office" and "forced" without the particle are no expulsion.
 */
const cases: PloverCase[] = [
  { text: 'Soldiers forced hundreds of villagers out of their homes.', type: 'COERCE', code: '174' },
  { text: 'The army forced out more than 500 families from their homes on Monday.', type: 'COERCE', code: '174' },
  { text: 'Militiamen forced out on Sunday dozens of herders from the grazing lands.', type: 'COERCE', code: '174' },
  { text: 'Settlers forcing farmers out of the valley has angered the ministry.', type: 'COERCE', code: '174' },
  { text: 'Kenya forced the aid agencies out of the camp.', type: 'SANCTION', code: '1663' },
  { text: 'The junta forced the UN refugee agency, its last foreign partner, out of the country.', type: 'SANCTION', code: '1663' },
  { text: 'Belgrade forced the observers out of the province.', type: 'SANCTION', code: '1662' },
  // no expulsion
  { text: 'Troops forced the rebels out of the town.', type: null },
  { text: 'Protesters forced the prime minister out of office.', type: null },
  { text: 'The opposition forced a vote on the budget.', type: null },
  { text: 'Police forced them to move out of the square.', type: null },
];

ploverCases(cases);
