import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * CAMEO verb coverage written from the CAMEO 1.1b3 code descriptions (our own sentences): travel for talks (042),
 * handing out aid (07x), letting in peacekeepers, inspectors or aid workers (086x), amnesties granted (0811), trade bans
 * (163), occupation by armed forces (192), hostages taken (181), chemical weapons and riot-control means used (2041,
 * 175), visits told with "is on a visit" (042), brokered agreements (045), support said in words (051), loans (071),
 * aid cut (162), present-tense expulsions, seized territory (190), proposals accepted (038), truces announced or declared (0871), readiness signalled (030), diplomats ordered out (161), promised aid (033x), clampdowns (175), snubs and measures blocked (120); and the ordinary uses of the same verbs that must stay no event.
 */
const cases: PloverCase[] = [
  // 042 make a visit: a verb of travel with a meeting noun in its object
  { text: 'The Iraqi prime minister flew to Tehran on Sunday for talks with Iranian leaders.', type: 'CONSULT', code: '042' },
  { text: 'The Russian foreign minister left for Beijing on Monday for talks with Chinese officials.', type: 'CONSULT', code: '042' },
  { text: 'The Japanese prime minister flew to Washington for a summit with the US president.', type: 'CONSULT', code: '042' },
  { text: 'The Turkish defence minister departed for Baghdad for consultations on border security.', type: 'CONSULT', code: '042' },
  { text: 'The singer flew to London for treatment at a private clinic.', type: null },
  { text: 'The football team flew to Madrid for the match.', type: null },
  // 07 provide aid: handing out or paying out aid, the object picks the code
  { text: 'The World Food Programme distributed food to 40,000 refugees in eastern Chad.', type: 'AID', code: '073' },
  { text: 'Japan disbursed 20 million dollars to the Palestinian Authority.', type: 'AID', code: '071' },
  { text: 'Kenya gave shelter to thousands of Somali refugees.', type: 'AID', code: '073' },
  { text: 'The school distributed leaflets to parents.', type: null },
  // 086 allow international involvement
  { text: 'Iraq admitted UN weapons inspectors on Tuesday.', type: 'RETREAT', code: '0862' },
  { text: 'The Ethiopian government accepted the observers\' report on the election.', type: null },
  { text: 'The Ethiopian government accepted the findings of the inspectors.', type: null },
  { text: 'The suspect was admitted to hospital.', type: null },
  // 0811 amnesty granted (CONCEDE), not aid
  { text: 'The Syrian government granted an amnesty to political prisoners.', type: 'CONCEDE', code: '0811' },
  // 163 embargo: "banned" with trade in its object
  { text: 'Russia banned imports of Georgian wine.', type: 'SANCTION', code: '163' },
  { text: 'The Egyptian government banned the Muslim Brotherhood.', type: 'COERCE', code: '1723' },
  // 192 occupy territory: armed forces only; the adjective and a crowd keep their readings
  { text: 'Israeli troops occupied the town on Tuesday.', type: 'COERCE', code: '192' },
  { text: 'Russian forces have occupied the airport.', type: 'COERCE', code: '192' },
  { text: 'Protesters occupied the parliament building.', type: 'PROTEST', code: '144' },
  { text: 'Tenants occupied the building for ten years.', type: null },
  { text: 'The Golan Heights were occupied by Israel in 1967.', type: null },
  { text: 'Israeli troops in the occupied West Bank arrested five men.', type: 'COERCE', code: '173' },
  { text: 'A bomb exploded when an Israeli patrol passed near the village, in the Israeli occupied zone of south Lebanon.', type: 'ASSAULT' },
  // 181 take hostage with the people between verb and noun
  { text: 'Gunmen took 30 guests hostage in a hotel in the capital.', type: 'ASSAULT', code: '181' },
  { text: 'The rebels took the hostages to a hospital in the capital.', type: null },
  // 2041 chemical weapons, 175 riot-control means
  { text: 'Government forces used chemical weapons against the rebel-held suburb.', type: 'ASSAULT', code: '2041' },
  { text: 'Kenyan police used tear gas on opposition supporters in Nairobi.', type: 'ASSAULT', code: '175' },
  { text: 'A report on the alleged use of chemical weapons by the army was published on Monday.', type: 'ACCUSE', code: '112' },
  { text: 'The council used the money to repair roads.', type: null },
  { text: 'The chemical plant used toxic gas in its production line.', type: null },
  // 042 a visit told with "is on": the subject of the be-verb is the visitor
  { text: 'The Chinese president is on a three-day visit to Russia.', type: 'CONSULT', code: '042' },
  // 045 mediate: a third party brokering an agreement
  { text: 'Egypt brokered a ceasefire between Israel and Hamas.', type: 'CONSULT', code: '045' },
  // 051 support said in words, the support noun heading the object
  { text: 'The US vice president reaffirmed strong support for Taiwan.', type: 'SUPPORT', code: '051' },
  { text: 'The Turkish foreign minister reiterated his country\'s solidarity with Azerbaijan.', type: 'SUPPORT', code: '051' },
  { text: 'The Kenyan president voiced concern over the lack of support for the refugees.', type: null },
  // 071 lending money
  { text: 'China lent 2 billion dollars to Pakistan.', type: 'AID', code: '071' },
  // 162 cut aid; "funding cuts" is a noun
  { text: 'Britain cut aid to Rwanda over its support for the rebels.', type: 'SANCTION', code: '162' },
  { text: 'The Kenyan governor said the money must restore funding cuts from county budgets and help aid schools.', type: null },
  // present-tense headlines: expulsions (diplomats 161, people 174); "massacre(s)" stays a noun
  { text: 'Venezuela expels Spanish ambassador.', type: 'SANCTION', code: '161' },
  { text: 'Tunisia deports hundreds of migrants to the Libyan border.', type: 'COERCE', code: '174' },
  { text: 'Residents patrolled their streets after two weekend massacres that left 100 people dead.', type: 'MOBILIZE', also: 'ASSAULT:asserted' },
  // territory seized is a capture (190), goods seized a confiscation (1711)
  { text: 'Rebels seized the airport on Tuesday.', type: 'ASSAULT', code: '190' },
  { text: 'Islamic State fighters seized Palmyra.', type: 'ASSAULT', code: '190' },
  { text: 'Nigerian police seized weapons and ammunition.', type: 'COERCE', code: '1711' },
  // 038 accept a proposal, the object picks the code (peacekeepers 0861); the accepted offer is no event of its own
  { text: 'The rebels accepted a UN peace plan on Monday.', type: 'AGREE', code: '038' },
  { text: 'Hamas accepted the Egyptian ceasefire proposal.', type: 'AGREE', code: '038' },
  { text: 'Sudan accepted the deployment of UN peacekeepers in Darfur.', type: 'RETREAT', code: '0861' },
  // 0871 truces announced or declared with words between verb and noun; not their end
  { text: 'The Sudanese army announced a unilateral 72-hour ceasefire on Sunday.', type: 'RETREAT', code: '0871' },
  { text: 'Ethiopia declared a three-day truce in Tigray.', type: 'RETREAT', code: '0871' },
  { text: 'The mediators announced the collapse of the truce on Friday.', type: null },
  // 030 readiness signalled: the subject of "signalled"/"indicated" carries the nominal
  { text: 'Turkey signalled its willingness to join the talks.', type: 'AGREE', code: '030' },
  { text: 'Iran indicated its readiness to resume negotiations with the EU.', type: 'AGREE', code: '030' },
  // 161 diplomats ordered out; an order with another purpose is none
  { text: 'Mali orders French ambassador to leave the country.', type: 'SANCTION', code: '161' },
  { text: 'Russia told two Estonian diplomats to leave within 48 hours.', type: 'SANCTION', code: '161' },
  { text: 'The Kenyan foreign minister told the ambassador to attend the ceremony.', type: null },
  // 033x intent to give aid: the object of a promise picks the code, and the aid promised is no aid given
  { text: 'Saudi Arabia pledged 500 million dollars to rebuild Gaza.', type: 'AGREE', code: '0331' },
  { text: 'The United States pledged military aid to Ukraine.', type: 'AGREE', code: '0332' },
  { text: 'Russia offered military assistance to Syria on Monday.', type: 'AGREE', code: '0332' },
  { text: 'Norway offered to send medical teams to Jordan.', type: 'AGREE', code: '030' },
  // 175 repression and 12 rejections in headline verbs; a clampdown on crime is none
  { text: 'The Chinese authorities clamped down on dissidents in Tibet.', type: 'ASSAULT', code: '175' },
  { text: 'The Mombasa county council clamped down on illegal parking.', type: null },
  { text: 'The Indian prime minister snubbed the Chinese invitation.', type: 'REJECT', code: '120' },
  // 120 a measure blocked is rejected (the sanctions blocked are not imposed); a road blocked stays a protest or nothing
  { text: 'Hungary blocked the EU sanctions package against Russia.', type: 'REJECT', code: '120' },
  { text: 'The Kenyan opposition blocked the finance bill in parliament.', type: 'REJECT', code: '120' },
  { text: 'Protesters blocked the main road to the airport.', type: 'PROTEST', code: '144' },
];

ploverCases(cases);
