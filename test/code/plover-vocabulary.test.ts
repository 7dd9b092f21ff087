import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * News phrasings of the PLOVER types, written for this test from the PLOVER and CAMEO codebook descriptions:
 * inflections, phrasal verbs with an object between verb and particle ("put its forces on high alert",
 * "pulled its observers out"), object-decided codes (withdrawing an ambassador or peacekeepers is SANCTION,
 * forces RETREAT; "imposed a curfew" COERCE) and announced retreats and concessions (CAMEO 035, AGREE).
 * The first asserted event (else the first event) must carry the expected type.
 */
const cases: PloverCase[] = [
  { text: 'Amnesty International deplored the executions.', type: 'ACCUSE' },
  { text: 'Iraq said it would allow the return of the inspectors.', type: 'AGREE' },
  { text: 'Tamil rebels said they will release the hostages next week.', type: 'AGREE' },
  { text: 'Israel will withdraw its troops from the town next month.', type: 'AGREE' },
  { text: 'Russia said it will withdraw its troops from the town.', type: 'AGREE' },
  { text: 'Serbia said it would lift the curfew next week.', type: 'AGREE' },
  { text: 'Chinese authorities imposed a night-time curfew in the capital.', type: 'COERCE' },
  { text: 'The Sudanese government cut off electricity to the rebel-held town.', type: 'COERCE' },
  { text: 'The Nigerian army cordoned off the village during the search.', type: 'COERCE' },
  { text: 'Egypt closed its border with Gaza on Sunday.', type: 'COERCE' },
  { text: 'Japan cut off electricity supplies to the rebel-held town.', type: 'COERCE' },
  { text: 'The Sudanese government agreed to the demands of the protesters.', type: 'CONCEDE' },
  { text: 'President Putin spoke by phone with the French president.', type: 'CONSULT' },
  { text: 'The Nigerian army put its forces on high alert.', type: 'MOBILIZE' },
  { text: 'Russia moved tanks closer to the Ukrainian border.', type: 'MOBILIZE' },
  { text: 'India placed its troops on alert along the border.', type: 'MOBILIZE' },
  { text: 'The French navy sent two warships to the Gulf.', type: 'MOBILIZE' },
  { text: 'Tamil rebels regrouped in the mountains.', type: 'MOBILIZE' },
  { text: 'Iran conducted naval manoeuvres in the Gulf.', type: 'MOBILIZE' },
  { text: 'Russia pulled its troops out of the region.', type: 'RETREAT' },
  { text: 'The Nigerian army completed its withdrawal from the border area.', type: 'RETREAT' },
  { text: 'The Hema militia returned the seized vehicles to the United Nations.', type: 'RETREAT' },
  { text: 'Serbia allowed UN inspectors into the country.', type: 'RETREAT' },
  { text: 'Israel returned the bodies of three soldiers to Lebanon.', type: 'RETREAT' },
  { text: 'Egypt withdrew its forces from the Sinai town.', type: 'RETREAT' },
  { text: 'The UN withdrew its peacekeepers from the town.', type: 'SANCTION' },
  { text: 'The African Union suspended Mali from the organisation.', type: 'SANCTION' },
  { text: 'Washington imposed a trade embargo on Cuba.', type: 'SANCTION' },
  { text: 'Tamil rebels pulled out of the peace talks.', type: 'SANCTION' },
  { text: 'The United Nations pulled its observers out of the country.', type: 'SANCTION' },
  { text: 'Egypt withdrew its ambassador from Israel.', type: 'SANCTION' },
  { text: 'The UN pulled its observers out of Angola.', type: 'SANCTION' },
  { text: 'Tamil rebels pulled out of the peace talks.', type: 'SANCTION' },
  { text: 'France backed the UN peace plan for Syria.', type: 'SUPPORT' },
  { text: 'China recognized the new government in Kabul.', type: 'SUPPORT' },
  { text: 'Arab leaders rallied behind the Palestinian Authority.', type: 'SUPPORT' },
  { text: 'Nigeria will withdraw its peacekeepers from Liberia unless the rebels disarm.', type: 'THREATEN' },
  { text: 'The Kenyan president said he will extend the curfew in Nairobi.', type: 'THREATEN' },
  { text: 'The United States said it would prohibit military aid to the Sudanese army.', type: 'THREATEN' },
  { text: 'Egyptian police prevented a student demonstration in Cairo.', type: 'COERCE' },
  { text: 'Thousands of Nigerian doctors downed tools on Monday over unpaid salaries.', type: 'PROTEST' },
  { text: 'Greek dockworkers began an indefinite strike on Tuesday.', type: 'PROTEST' },
  { text: 'The Lebanese parliament threatened on Sunday to sever ties with Syria.', type: 'THREATEN' },
  { text: 'Hungarian farmers threatened to boycott the elections.', type: 'THREATEN' },
  { text: 'Japanese doctors handed over two tons of medicine to the Red Cross in Kabul.', type: 'AID' },
  { text: 'The World Bank released 40 million dollars for the reconstruction of Gaza.', type: 'AID' },
  { text: 'The Egyptian president defended Sudan against Western criticism of its human rights record.', type: 'SUPPORT' },
  { text: 'The Israeli army evacuated two military outposts near Hebron.', type: 'RETREAT' },
  { text: 'Israel said it will evacuate all settlements in the northern West Bank.', type: 'AGREE' },
  { text: 'Kofi Annan said on Monday that he will withdraw the weapons inspectors from Iraq.', type: 'THREATEN' },
  { text: 'Ugandan rebels said they had released twelve hostages.', type: 'RETREAT' },
  { text: 'They surrendered to the Ugandan army on Friday.', type: 'RETREAT' },
  { text: 'Turkish authorities closed down two pro-Kurdish newspapers.', type: 'COERCE' },
  { text: 'Ethiopian troops searched homes in the town of Gondar.', type: 'COERCE' },
  { text: 'Israel called up 300,000 reservists on Saturday.', type: 'MOBILIZE' },
  { text: 'The IMF suspended its loan program for Zambia.', type: 'SANCTION' },
  { text: 'A curfew was imposed on the Kenyan town of Garissa after the attack.', type: 'COERCE' },
  { text: 'A state of emergency was declared in the Ethiopian region of Amhara.', type: 'COERCE' },
  { text: 'The curfew in the Nigerian city of Jos was lifted on Monday.', type: 'CONCEDE' },
  { text: 'The ban on the Muslim Brotherhood was lifted by the Jordanian government.', type: 'CONCEDE' },
  { text: 'Cuban authorities restricted internet access across the island.', type: 'COERCE' },
  { text: 'Germany halted arms exports to Saudi Arabia.', type: 'SANCTION' },
  { text: 'Fresh sanctions were imposed on North Korea by the Security Council.', type: 'SANCTION' },
  { text: 'Ethiopian troops returned the captured soldiers to Eritrea.', type: 'RETREAT' },
  { text: 'France rolled out the red carpet for the Indian prime minister.', type: 'CONSULT' },
  { text: 'Qatar played host to the Afghan delegation.', type: 'CONSULT' },
  { text: 'A group of Moroccan diplomats held their first meeting with the Egyptian president.', type: 'CONSULT' },
  { text: 'A delegation of Hamas officials visited Cairo on Sunday.', type: 'CONSULT' },
];

ploverCases(cases);

/** Gated verbs ("returned", "backed", "put", "declared", "imposed", "sent") are no event without their object. */
const none: string[] = [
  'The refugees returned to their homes in Kosovo.',
  'The Kenyan company put its new products on sale.',
  'Kenyan officials declared the election results on Monday.',
  'The Indian government declared war on corruption.',
  'The French minister sent a letter to the Iranian president.',
  'The Israeli army imposed a heavy toll on Hamas.',
  'The polls closed at eight in the evening.',
  'The Turkish company closed its factory in Izmir.',
  'The Kenyan minister called up his old friend.',
  'Police searched for the missing boy.',
];
for (const text of none) {
  test(`no event: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    assert.equal(a.events.length, 0, `got ${a.events.map((e) => `${e.codes.plover.type}:${e.codes.cameo.code}`).join(', ')}`);
  });
}

test('an eased ban in the passive subject is no COERCE event of its own', () => {
  const a = analyze({ text: 'The ban on the Muslim Brotherhood was lifted by the Jordanian government.', published: '2024-03-12' });
  assert.deepEqual(a.events.map((e) => e.codes.plover.type), ['CONCEDE']);
});

test('civilians evacuated from a city are no military withdrawal', () => {
  const a = analyze({ text: 'On 30 April 2022, 20 civilians were evacuated from Mariupol.', published: '2024-03-12' });
  assert.equal(a.events.filter((e) => e.codes.plover.type === 'RETREAT').length, 0);
});

test('"backed by" is no SUPPORT event before the attack', () => {
  const a = analyze({ text: 'Rebels backed by Rwanda attacked the town of Goma.', published: '2024-03-12' });
  assert.deepEqual(a.events.map((e) => e.codes.plover.type), ['ASSAULT']);
});

/** Recipients behind the prepositions of verbal cooperation and conflict ("apologized to", "lodged a protest with", "demanded … from"). */
const recipientCases: { text: string; recipient: string }[] = [
  { text: 'Argentina apologized to Chile for the border incident.', recipient: 'CHL' },
  { text: 'Serbia lodged an official protest with Albania on Monday.', recipient: 'ALB' },
  { text: 'Kurdish leaders demanded autonomy from Iraq.', recipient: 'IRQ' },
  { text: 'Norway offered humanitarian aid to Ethiopia.', recipient: 'ETH' },
  { text: 'Jordan shared intelligence with Egypt about the cell.', recipient: 'EGY' },
  { text: 'Egypt withdrew its ambassador from Israel.', recipient: 'ISR' },
  { text: 'The Turkish president telephoned his Russian counterpart on Monday.', recipient: 'RUS' },
];
for (const c of recipientCases) {
  test(`recipient ${c.recipient}: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const first = a.events[0];
    assert.ok(first, 'no event');
    const countries = first.recipients.map((r) => r.country);
    assert.ok(countries.includes(c.recipient), `got ${JSON.stringify(first.recipients.map((r) => [r.name, r.country]))}`);
  });
}
