import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';
import { countryTable, type CountryCase } from './country-table.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Parties of news events, session 12 (branch plover16; our own sentences): the place of a trailing speaker ("…, aid
 * workers in Nairobi said") is neither the event's place nor a coordinated victim; a territorial verb's object reached
 * through a unit noun in apposition ("shelled the provincial capital X"); armed nouns "loyal to" a party or "based in" a
 * state take its country; "in defiance of X" names whom a protest is aimed at; a model name between a state and a
 * machine or attack noun ("Turkish F-16 warplanes", "US Reaper strikes") leaves the state the owner; cyber attacks hit
 * things; a place inferred from one side's country (no place named) localises no unnamed actor of the other side;
 * forces "from <state>" heading a clause are that state's; "X (gloss) group" before a verb is X.
 */

roleTable('news parties, roles', [
  // the speaker after a comma and its place are no more victims of the list before them
  { text: 'Rebels shelled the town on Sunday, killing 20 people, aid workers in Nairobi said.', trigger: 'shelled', notRecipient: 'aid workers' },
  { text: 'Troops raided the camp, wounding six villagers, U.N. officials in Geneva said.', trigger: 'raided', notRecipient: 'U.N.' },
  // a name, its gloss in brackets and the kind of body it is, before the verb
  { text: 'The pro-Iranian Hamas (Islamic Resistance Movement) group rejected the proposal.', trigger: 'rejected', actor: 'Hamas' },
  // a protest's aim after "in defiance of"
  { text: 'Hundreds of people blocked roads in Macau in defiance of Chinese authorities.', trigger: 'blocked', recipient: 'Chinese authorities' },
]);

/** Countries of the fillers the rules give (null: none). */
const countries: CountryCase[] = [
  { text: 'Fighters loyal to the Libyan government attacked the airport.', trigger: 'attacked', who: 'Fighters', side: 'actor', country: 'LBY' },
  { text: 'Forces loyal to the Syrian government shelled the village.', trigger: 'shelled', who: 'Forces', side: 'actor', country: 'SYR' },
  { text: 'Militiamen loyal to Ethiopia stormed a border post in Somalia.', trigger: 'stormed', who: 'Militiamen', side: 'actor', country: 'ETH' },
  { text: 'A militant group based in Pakistan claimed the attack on the hotel.', trigger: 'attack', who: 'militant group', side: 'actor', country: 'PAK' },
  { text: 'Gunmen loyal to the warlord attacked the airport.', trigger: 'attacked', who: 'Gunmen', side: 'actor', country: null },
  { text: 'US Steel workers protested outside the plant.', trigger: 'protested', who: 'workers', side: 'actor', country: null },
  // a machine's model name between the state and the machine or attack noun
  { text: 'Turkish F-16 warplanes struck the village.', trigger: 'struck', who: 'Turkish', side: 'actor', country: 'TUR' },
  { text: 'Egyptian Apache helicopters attacked the camp.', trigger: 'attacked', who: 'Egyptian', side: 'actor', country: 'EGY' },
  { text: 'US Reaper strikes killed four militants on Monday.', trigger: 'killed', who: 'US', side: 'actor', country: 'USA' },
  // cyber attacks hit things, whose demonym gives their country
  { text: 'Hackers defaced 300 Latvian web sites.', trigger: 'defaced', who: 'web sites', side: 'recipient', country: 'LVA' },
  // a place inferred from one side's country gives no country to the other side (but to a state's own forces)
  { text: 'Gunmen attacked an Israeli army post.', trigger: 'attacked', who: 'Gunmen', side: 'actor', country: null },
  { text: 'Chadian militiamen attacked a refugee camp.', trigger: 'attacked', who: 'camp', side: 'recipient', country: null },
  { text: 'Police killed two Nigerian protesters.', trigger: 'killed', who: 'Police', side: 'actor', country: 'NGA' },
  // forces "from <state>" at the head of a clause are that state's; not the country a force leaves
  { text: 'Troops from Chad attacked a rebel camp in Sudan on Sunday.', trigger: 'attacked', who: 'Troops', side: 'actor', country: 'TCD' },
  { text: 'On Monday, police from Benin arrested six smugglers in Lagos.', trigger: 'arrested', who: 'police', side: 'actor', country: 'BEN' },
  { text: 'Israel withdrew troops from Lebanon.', trigger: 'withdrew', who: 'Lebanon', side: 'recipient', country: 'LBN' },
  // the town a territorial verb takes through a unit noun is the recipient's country
  { text: 'Rebels shelled the southern provincial capital Malakal on Monday.', trigger: 'shelled', who: 'Malakal', side: 'recipient', country: 'SSD' },
];
countryTable('news parties, countries', countries, ['rule:actor.loyal-to*']);

test('news parties: a trailing speaker\'s place is not a place the event states', () => {
  const text = 'Rebels shelled the town on Sunday, killing 20 people, aid workers in Nairobi said.';
  const ev = eventAtOffset(analyze({ text, published: '2024-03-12' }).events, text.indexOf('shelled'));
  assert.ok(ev);
  assert.ok(!ev.locations.some((l) => l.text === 'Nairobi' && l.provenance.how === 'stated'), ev.locations.map((l) => l.text).join(', '));
});
