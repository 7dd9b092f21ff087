import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';
import { countryTable, type CountryCase } from './country-table.js';
import { eventAtOffset } from '../event-at.js';

/**
 * PLOVER actor and recipient countries, session 10 (branch plover10; our own sentences): titled persons with no
 * country take their sentence's one state; the party inside an object of relations, aid or rights is the recipient;
 * ethnic minorities and people nouns "of/in <state>" take the state they live in; bodies named "<State> … Commission";
 * an appositive between a subject and its verb; demonym gaps (Serb, Croat, Kyrgyz, Kampuchean, "-led").
 */

/** Recipients inside the object: "halted aid to X", "a suspension of flights with X". */
roleTable('plover countries, object complement', [
  { text: 'Canada halted development aid to Mali on Friday.', trigger: 'halted', actor: 'Canada', recipient: 'Mali' },
  { text: 'Spain announced a suspension of flights with Venezuela.', trigger: 'announced', actor: 'Spain', recipient: 'Venezuela' },
  { text: 'Norway suspended part of a military aid program for Ethiopia.', trigger: 'suspended', recipient: 'Ethiopia' },
  { text: 'The alliance will tighten the naval blockade of Eritrea.', trigger: 'tighten', recipient: 'Eritrea' },
  { text: 'Rebel leaders said they would boycott all contact with Nigeria.', trigger: 'boycott', recipient: 'Nigeria' },
  { text: 'Brazil defended the right of Bolivian farmers to protest.', trigger: 'defended', recipient: 'Bolivian farmers' },
]);

/** Countries of the actors and recipients the new rules give. */
const countries: CountryCase[] = [
  // a titled person takes the sentence's one state (not another person's, nor an IGO's)
  { text: 'President Tomas Varga shortened the curfew imposed in Moldova.', trigger: 'shortened', who: 'Varga', side: 'actor', country: 'MDA' },
  { text: 'Lt. Gen. Rafael Ortiz resigned to allow Bolivia\'s first free elections.', trigger: 'resigned', who: 'Ortiz', side: 'actor', country: 'BOL' },
  { text: 'Judge Marta Silva opened investigations against 12 Peruvian government officials.', trigger: 'investigations', who: 'Silva', side: 'actor', country: 'PER' },
  { text: 'President Alain Dubois welcomed Kenyan leader Samuel Otieno.', trigger: 'welcomed', who: 'Dubois', side: 'actor', country: null },
  { text: 'President Karim Haddad met Tunisia\'s and Algeria\'s envoys.', trigger: 'met', who: 'Haddad', side: 'actor', country: null },
  // the person's own state told next to the name; a unit gives none
  { text: "Egypt's foreign minister Ambassador Samir Fahmy rejected the proposal.", trigger: 'rejected', who: 'Samir Fahmy', side: 'actor', country: 'EGY' },
  { text: 'King Faisal of Jordan rejected the proposal on Monday.', trigger: 'rejected', who: 'King Faisal', side: 'actor', country: 'JOR' },
  { text: 'Adm. John Reed rejected the proposal aboard HMS Kent.', trigger: 'rejected', who: 'John Reed', side: 'actor', country: null },
  // ethnic minorities and people of a state live there
  { text: 'Ethnic Hungarians in southern Slovakia demanded more autonomy.', trigger: 'demanded', who: 'Hungarians', side: 'actor', country: 'SVK' },
  { text: 'The Greeks of southern Albania demanded Greek-language schools.', trigger: 'demanded', who: 'Greeks', side: 'actor', country: 'ALB' },
  { text: 'Ethnic Russian separatists operating in Moldova attacked a police post.', trigger: 'attacked', who: 'Russian separatists', side: 'actor', country: 'MDA' },
  { text: 'Russian troops in Syria attacked a town.', trigger: 'attacked', who: 'Russian troops', side: 'actor', country: 'RUS' },
  { text: 'Romanian refugees in Hungary protested on Monday.', trigger: 'protested', who: 'Romanian refugees', side: 'actor', country: 'ROU' },
  // bodies named with a state
  { text: 'The Ghanaian Union of Nurses called off its strike.', trigger: 'called off', who: 'Ghanaian Union of Nurses', side: 'actor', country: 'GHA' },
  { text: 'Officials demanded support from the Moldova Assembly.', trigger: 'demanded', who: 'Moldova Assembly', side: 'recipient', country: 'MDA' },
  // demonyms and "-led"
  { text: 'Serb forces shelled the village on Tuesday.', trigger: 'shelled', who: 'Serb forces', side: 'actor', country: 'SRB' },
  { text: 'Croat forces shelled the village on Tuesday.', trigger: 'shelled', who: 'Croat forces', side: 'actor', country: 'HRV' },
  { text: 'Kyrgyz Prime Minister Almaz Usenov rejected the proposal.', trigger: 'rejected', who: 'Usenov', side: 'actor', country: 'KGZ' },
  { text: 'Kampuchean guerrillas attacked a camp.', trigger: 'attacked', who: 'Kampuchean guerrillas', side: 'actor', country: 'KHM' },
  { text: 'Nigerian-led forces retook the town after heavy fighting.', trigger: 'retook', who: 'Nigerian-led forces', side: 'actor', country: 'NGA' },
  // an appositive between the subject and its verb
  { text: 'Ghana, a close U.S. ally in the region, has refused to send troops.', trigger: 'refused', who: 'Ghana', side: 'actor', country: 'GHA' },
  // a demonym right before a protest noun names its crowd
  { text: 'Albanian riots against the new tax law continued on Friday.', trigger: 'riots', who: 'Albanian', side: 'actor', country: 'ALB' },
  // "were engaged in" is no passive: the forces are the actors
  { text: 'Serb forces were engaged in ethnic cleansing in the province.', trigger: 'engaged', who: 'Serb forces', side: 'actor', country: 'SRB' },
];
countryTable('plover countries', countries, ['rule:actor.person-context-country', 'rule:actor.people-of-place']);

/** Uses that must stay as they were. */
test('plover countries, kept: the state after "anti-" is no crowd of the protest', () => {
  const a = analyze({ text: 'An anti-Saudi demonstration took place in Sanaa.', published: '2024-03-12' });
  for (const e of a.events) for (const x of e.actors) assert.notEqual(x.country, 'SAU', x.text);
});
test('plover countries, kept: a U.S. state name opens no body of Georgia the country', () => {
  const a = analyze({ text: 'The Georgia Supreme Court ruled against the governor.', published: '2024-03-12' });
  for (const e of a.events) for (const x of [...e.actors, ...e.recipients]) assert.notEqual(x.country, 'GEO', x.text);
});
test('plover countries, kept: no object complement over another preposition', () => {
  const a = analyze({ text: 'The envoy agreed to resign without returning to Kyrgyzstan.', published: '2024-03-12' });
  const ev = a.events.find((e) => e.triggers.some((t) => t.text.startsWith('agreed')));
  assert.ok(ev);
  assert.ok(!ev.recipients.some((x) => x.text.includes('Kyrgyzstan')));
});
