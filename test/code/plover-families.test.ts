import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * One or more sentences per PLOVER type: the first asserted event (or the first event when none is
 * asserted, as for announced intents) must carry the expected PLOVER type. Sentences written for this test.
 */
const cases: PloverCase[] = [
  { text: 'Kenya and Uganda agreed to build a new railway link.', type: 'AGREE' },
  { text: 'Norway offered to send doctors to Jordan.', type: 'AGREE' },
  { text: 'Japan will provide food aid to Bangladesh.', type: 'AGREE' },
  { text: 'The Qatari emir will visit Ankara next month.', type: 'AGREE' },
  { text: 'Egypt hosted a Hamas delegation in Cairo.', type: 'CONSULT' },
  { text: 'The Qatari emir mediated between Kenya and Somalia.', type: 'CONSULT' },
  { text: 'Chile and Vietnam established diplomatic relations.', type: 'SUPPORT' },
  { text: 'France praised Ghana for its role in the peace process.', type: 'SUPPORT' },
  { text: 'Argentina apologized to Brazil for the collision.', type: 'SUPPORT' },
  { text: 'Serbia lifted the curfew in Montenegro.', type: 'CONCEDE' },
  { text: 'The Nigerian government pardoned forty political prisoners.', type: 'CONCEDE' },
  { text: 'Zambia extradited the suspect to Britain.', type: 'COOPERATE' },
  { text: 'Jordan and Britain held joint exercises near Aqaba.', type: 'COOPERATE' },
  { text: 'Uganda granted political asylum to the Rwandan officers.', type: 'AID' },
  { text: 'Japan gave Kenya 5 million dollars for flood relief.', type: 'AID' },
  { text: 'The Houthis received weapons from Iran.', type: 'AID' },
  { text: 'Ghana deployed 300 peacekeepers in southern Lebanon.', type: 'AID' },
  { text: 'African Union peacekeeping troops were deployed to Mogadishu on Monday.', type: 'AID' },
  { text: 'Israel lifted the blockade on Gaza.', type: 'RETREAT' },
  { text: 'The Georgian president resigned on Sunday.', type: 'RETREAT' },
  { text: 'Iraq admitted inspectors to the site.', type: 'RETREAT' },
  { text: 'Amnesty International demanded that Sudan release the journalists.', type: 'REQUEST' },
  { text: 'France pressed Iraq to cooperate with the inspectors.', type: 'REQUEST' },
  { text: 'Britain said Libya must hand over the two suspects.', type: 'REQUEST' },
  { text: 'Lebanon complained to the United Nations about the raids.', type: 'ACCUSE' },
  { text: 'Serbian police launched an investigation into the killings.', type: 'ACCUSE' },
  { text: 'The United States presented evidence against Russia.', type: 'ACCUSE' },
  { text: 'Hamas declined to attend the meeting in Cairo.', type: 'REJECT' },
  { text: 'The United States vetoed the resolution.', type: 'REJECT' },
  { text: 'Azerbaijan threatened to break relations with Russia.', type: 'THREATEN' },
  { text: 'Peru issued an ultimatum to Ecuador.', type: 'THREATEN' },
  { text: 'Japan said it would halt economic aid to Serbia.', type: 'THREATEN' },
  { text: 'Thousands of students demonstrated in Dhaka against the new law.', type: 'PROTEST' },
  { text: 'Japan halted economic aid to Serbia.', type: 'SANCTION' },
  { text: 'Italy suspended air links with Serbia.', type: 'SANCTION' },
  { text: 'Israeli troops remained on alert in the West Bank.', type: 'MOBILIZE' },
  { text: 'Turkey deployed additional troops to the Syrian border.', type: 'MOBILIZE' },
  { text: 'Hundreds of Turkish troops arrived in the border town on Monday.', type: 'MOBILIZE' },
  { text: 'The Qatari emir arrived in Tehran on Sunday.', type: 'CONSULT' },
  { text: 'Police arrested twelve opposition activists in Harare.', type: 'COERCE' },
  { text: 'Israeli aircraft bombed a Hezbollah base in southern Lebanon.', type: 'ASSAULT' },
];

ploverCases(cases);

/** Object-gated verbs: without an object of the right kind they are no event. */
const gatedNone: string[] = [
  'The company lifted its profit forecast.',
  'The club suspended its coach for two games.',
  'Norway is ready to attack.',
  'We must defend our country, the Kenyan president said.',
  'The talks must continue, Egypt said.',
];
for (const text of gatedNone) {
  test(`no cooperative event: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const coop = a.events.filter((e) => ['AGREE', 'CONCEDE', 'RETREAT', 'SANCTION', 'AID', 'REQUEST'].includes(e.codes.plover.type));
    assert.equal(coop.length, 0, `got ${coop.map((e) => `${e.codes.plover.type}:${e.family}`).join(', ')}`);
  });
}
