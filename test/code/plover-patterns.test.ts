import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ploverCases, type PloverCase } from './plover-table.js';
import { refusalCode } from '../../src/code/refusal.js';

/**
 * Verb-pattern logic of the CAMEO/PLOVER coder, on sentences written for this test: diplomatic ties with any
 * modifiers ("restored full diplomatic ties"), "about to" as an announced act, refusals ("will not withdraw",
 * "won't lift the sanctions" are REJECT and happened, "did not withdraw" is a negated act), and "meet" with
 * demands as its object (a concession, not a meeting). `code` is the CAMEO code of the first asserted event
 * (else the first event); `type` its PLOVER type; `modality` its modality; null type: no event.
 */
const cases: PloverCase[] = [
  { text: 'Qatar and Chad restored full diplomatic ties on Tuesday after a four-year break.', type: 'SUPPORT', code: '054' },
  { text: 'Egypt and Iran renewed formal diplomatic relations in May.', type: 'SUPPORT', code: '054' },
  { text: 'Saudi Arabia welcomed the resumption of diplomatic ties between Iran and Egypt.', type: 'SUPPORT' },
  { text: 'Niger has broken all relations with France after the coup.', type: 'SANCTION', code: '161' },
  { text: 'Morocco cut diplomatic ties with Iran over its support for the Polisario Front.', type: 'SANCTION' },
  { text: 'Iran is about to restore full diplomatic ties with Egypt.', type: 'AGREE', code: '032', modality: 'future' },
  { text: 'Turkey is about to impose a curfew in Cizre.', type: 'THREATEN' },
  { text: 'Israel will not withdraw from the Golan Heights.', type: 'REJECT', code: '1246', modality: 'asserted' },
  { text: "The US won't lift the sanctions on Cuba.", type: 'REJECT', code: '1244', modality: 'asserted' },
  { text: "Britain said it would not meet the kidnappers' demands.", type: 'REJECT', code: '124', modality: 'asserted' },
  { text: 'Vladimir Putin will not meet Volodymyr Zelensky in Istanbul.', type: 'REJECT', code: '125', modality: 'asserted' },
  { text: 'Russia did not withdraw its troops from the town.', type: 'RETREAT', modality: 'negated' },
  { text: 'Hamas would not attack civilians, its spokesman said.', type: 'ASSAULT', modality: 'negated' },
  { text: "The army didn't withdraw from the town.", type: 'RETREAT', modality: 'negated' },
  { text: 'Iran cannot accept the proposal.', type: 'REJECT', modality: 'asserted' },
  // not events of these kinds
  { text: 'Police broke up the protest in Cairo.', type: 'ASSAULT' },
  { text: 'Rebels cut the road to the airport.', type: null },
  { text: 'The ministry restored electricity to the district.', type: null },
  { text: 'Mines worked around the clock to meet demand for coal.', type: null },
  { text: 'Growing demand for oil lifted prices in Asia.', type: null },
  { text: 'The opposition repeated its demand for early elections.', type: 'REQUEST' },
];

ploverCases(cases);

test('refusal codes: cooperative acts only', () => {
  const table: [string, string | null][] = [['042', '125'], ['036', '120'], ['0874', '1246'], ['085', '1244'], ['073', '122'], ['061', '121'], ['190', null], ['111', null], ['173', null]];
  for (const [act, refusal] of table) assert.equal(refusalCode(act), refusal, act);
});
