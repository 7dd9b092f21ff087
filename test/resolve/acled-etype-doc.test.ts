import { test } from 'node:test';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Whole-text cases for the ACLED event type: the extractor, the classifier and the `severity` choice
 * together, on invented notes. `type` is the ACLED event type of the chosen event ('(none)': no event).
 */
const rows: NoteRow[] = [
  // "set" is a future marker only before an infinitive ("set to visit"), not in "set a bus on fire"
  { why: 'set … on fire is an act, not a plan', text: 'On 3 May 2021, two masked men set a minibus on fire outside the depot.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'set to is still future', text: 'Rebels are set to attack the town next week.', type: '(none)' },
  { why: 'arson with the object between set and on fire', text: 'Masked men set a shopkeeper\'s van on fire outside the mosque.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  // one verb's victim read as the other's subject stays the victim when the two verbs merge
  { why: 'a villager was shot and killed', text: 'A villager was shot and killed near the market by unknown gunmen.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'coordinated participles share the passive', text: 'A local teacher was shot and killed outside the school gate.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'three coordinated participles', text: 'Four men were killed and their bodies were found burned beside a rural road.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'two people were killed and their bodies found', text: 'Two people were killed and their bodies were found dumped beside the highway.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'air strike answered in the next sentence', text: 'Israeli warplanes carried out airstrikes on militia positions near the airport. Syrian air defenses engaged and intercepted several missiles.', type: 'Battles', sub: 'Armed clash' },
  // capture and front-line phrasings that found no event
  { why: 'made advances', text: 'Regime forces made advances towards the town, likely against rebel factions.', type: 'Battles', sub: 'Armed clash' },
  { why: 'repelled an attack', text: 'Government troops repelled an attack on their positions near the dam.', type: 'Battles', sub: 'Armed clash' },
  { why: 'able to regain full control of', text: 'The army was able to regain full control of the town after the rebels seized it.', type: 'Battles', sub: 'Government regains territory' },
  { why: 'gained control over', text: 'Rebel fighters gained control over the airport and two nearby villages.', type: 'Battles', sub: 'Non-state actor overtakes territory' },
  { why: 'wrest control of', text: 'The militants were able to wrest control of three villages from the army.', type: 'Battles', sub: 'Non-state actor overtakes territory' },
  // the sentence after a demonstration that says what it was about: the violence named there is its topic
  { why: 'they denounced the invasion', text: 'On 4 March 2022, about 200 people demonstrated in Lyon. They denounced the Russian military invasion of Ukraine and called for peace.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'the protesters condemned the killing', text: 'Hundreds of students marched in the capital on Monday. The protesters condemned the killing of a classmate by soldiers.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'violence the crowd did after the purpose still counts', text: 'Students demonstrated in the capital. They demanded reforms and threw stones at the police.', type: 'Riots', sub: 'Violent demonstration' },
  // an event noun that heads an actor's words is the event when the sentence tells no other
  { why: 'coalition air raids were reported', text: 'Two coalition air raids were reported near the airport of the port city.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'the head noun stays inside the actor when a verb tells the event', text: 'Coalition air raids hit a fuel depot near the port.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  // a weapon noun after "with"/"using" is the means of the attack, not a second event whose words hide it
  { why: 'targeted soldiers with a shell', text: 'The PKK targeted 12 Turkish soldiers with a thermobaric shell near the bridge.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'shell as a verb stays an event', text: 'Rebels continued to shell the town with mortars on Sunday.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  // a body found with words between the noun and the find verb; lynching attempts
  { why: 'a body wrapped in a sheet was found', text: 'On 2 May 2021, a body wrapped in a white sheet was found in a ditch near Tijuana.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'dead men were found', text: 'On 9 June 2021, three dead men with their hands tied were found on the road to Fresnillo.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'the body of a fighter is a battle casualty', text: 'On 4 July 2021, the body of a rebel fighter with gunshot wounds was found near Idlib.', type: 'Battles', sub: 'Armed clash' },
  { why: 'a governing body is no body', text: 'On 4 July 2021, the governing body of the university met in Leeds to discuss fees.', type: '(none)' },
  { why: 'attempted to lynch', text: 'On 8 August 2021, a group of neighbours attempted to lynch a man accused of stealing a motorbike in Puebla.', type: 'Riots', sub: 'Mob violence' },
  { why: 'an adjective between the article and a protest noun', text: 'On 3 May 2021, members of a teachers union joined the nationwide protest to report unpaid wages in Rosario.', type: 'Protests', sub: 'Peaceful protest' },
  // forces that arrive somewhere are moving, not visiting
  { why: 'forces arrived in a town', text: 'On 5 March 2021, government forces with armoured vehicles arrived in the port town of Mocha.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a minister arriving is a visit', text: 'On 5 March 2021, the foreign minister arrived in Tehran for talks.', type: '(none)' },
  // forced displacement with no violence told
  { why: 'families were displaced from villages', text: 'On 7 May 2021, hundreds of families were displaced from their villages near Tillaberi after threats by militants.', type: 'Strategic developments', sub: 'Other' },
  { why: 'militants forcibly evicted fishermen', text: 'On 7 May 2021, militants forcibly evicted fishermen from several hamlets near Mopti.', type: 'Strategic developments', sub: 'Other' },
  { why: 'armed men robbed a bank', text: 'On 2 June 2021, armed men robbed a bank branch in the city centre of Mukalla and stole a large sum of money.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'opened fire is not arson', text: 'Soldiers opened fire on an army checkpoint held by the rebels.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-etype');
