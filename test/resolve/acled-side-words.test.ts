import { test } from 'node:test';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Whole-text cases for the ACLED words of session 5 (invented notes): a tortured victim was held by the
 * perpetrator (violence against civilians, whoever the victim was); a coalition's strikes or raids are air strikes;
 * a killing told beside a clash in the same note is a casualty of the battle; armed people among the victims make a battle;
 * a seizure with no violence is a strategic development (ground taken unopposed, or goods, money or crops seized);
 * an armed group or alliance formed, or a recruitment drive, is a change to a group (mobilize.form, .formed, .recruit);
 * a bomb threat, or a sound, flash or stun bomb that harmed nobody, is no explosion; tanks that open fire shell (they
 * are no movement of forces); an air strike on a weapons depot is an air strike, not a disrupted weapons use; a road
 * blocked to demand or denounce something is a protest whoever blocks it (src/code/families/protest.ts).
 */
const rows: NoteRow[] = [
  // torture means the victim was held: one-sided violence
  { why: 'a soldier tortured and killed', text: 'A policeman from the northern district was tortured and killed in a rebel jail near the border.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'fighters tortured to death', text: 'Militia commanders tortured to death two soldiers held in a village school.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'killing soldiers without torture stays a battle', text: 'Militants attacked a patrol and killed two soldiers near the bridge.', type: 'Battles', sub: 'Armed clash' },
  // a coalition's strikes are air strikes
  { why: 'coalition strikes reported', text: 'Three coalition strikes were reported on the outskirts of the district. No casualties were reported.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'a coalition raid hit a depot', text: 'Coalition raids struck rebel positions near the airport, killing four fighters.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  // a killing told beside a clash in the note is part of the battle
  { why: 'people killed in a gang shoot-out', text: 'A shoot-out broke out between two rival gangs in the port district. Two people were killed.', type: 'Battles', sub: 'Armed clash' },
  { why: 'a man shot during an exchange of fire', text: 'Police and gunmen exchanged fire near the bus station. A man was shot and wounded.', type: 'Battles', sub: 'Armed clash' },
  { why: 'a killing with no clash stays one-sided', text: 'Gunmen shot and killed a shopkeeper in the port district. The attackers fled on a motorcycle.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'a killing beside a doubted clash stays one-sided', text: 'Gunmen shot and killed a man in the port district. It is unclear whether clashes took place.', type: 'Violence against civilians', sub: 'Attack' },
  // armed people among the victims, named after a civilian
  { why: 'a businessman and the soldiers escorting him', text: 'Unknown gunmen shot dead a businessman and two soldiers escorting him on the highway.', type: 'Battles', sub: 'Armed clash' },
  { why: 'a farmer killed near a checkpoint stays one-sided', text: 'Unknown gunmen shot dead a farmer near an army checkpoint on the highway.', type: 'Violence against civilians', sub: 'Attack' },
  // seizures with no violence
  { why: 'an unknown place seized without resistance', text: 'On 4 March 2021, army troops seized Bokolo Hill without any resistance.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
  { why: 'a headquarters seized, no clashes', text: 'Rebel fighters seized the police headquarters in Kanda; no clashes were reported.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
  { why: 'money seized from a bank', text: 'On 4 March 2021, soldiers seized 300 million in cash from a private bank in the city.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'crops seized by police', text: 'On 4 March 2021, police officers seized 2,000 cannabis plants on a farm near the river.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'people seized are no property', text: 'On 4 March 2021, gunmen seized three traders on the road to the market.', type: 'Violence against civilians' },
  // new armed groups and alliances, recruitment
  { why: 'the formation of an alliance announced', text: 'On 2 May 2021, opposition parties announced the formation of a military alliance against the junta.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a decree to form a brigade', text: 'The president issued a decree to form a new border brigade in the eastern province.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a group announced its formation', text: 'A new armed group calling itself the Northern Front announced its formation on Monday.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a militia held a recruitment drive', text: 'The militia held a recruitment drive in the villages south of the river.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a committee formed is no armed group', text: 'The ministry formed a committee to study the budget.', type: '(none)' },
  // bomb threats and bombs with no blast
  { why: 'a bomb threat closed a school', text: 'On 3 March 2022, classes at a high school in the city were cancelled after a bomb threat was received. No explosive device was found.', type: 'Strategic developments', sub: 'Other' },
  { why: 'aircraft dropped sound bombs', text: 'Military aircraft carried out raids in which they dropped sound bombs over the northern district. No casualties were reported.', type: 'Strategic developments', sub: 'Other' },
  { why: 'a stun grenade that injured people is an attack', text: 'Unknown men threw a stun grenade at a cafe, injuring three customers.', type: 'Violence against civilians' },
  { why: 'a real bomb stays an explosion', text: 'A bomb exploded near the market, injuring three people.', type: 'Explosions/Remote violence' },
  // tanks firing, strikes on weapons depots
  { why: 'tanks opened fire', text: 'On 3 March 2022, army tanks opened fire near the junction south of the town. Casualties unknown.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'tanks moving stay a movement', text: 'On 3 March 2022, dozens of tanks arrived in the border town.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'an air strike on a weapons depot', text: 'Coalition aircraft raided the front and destroyed a rebel weapons depot near the airport.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'a weapons cache seized stays disrupted', text: 'Police seized a weapons cache in a farmhouse near the border.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  // blockades with a protest purpose
  { why: 'union members blocked an avenue to demand', text: 'On 2 June 2022, members of the regional teachers organisation blocked the main avenue to demand the payment of their bonuses.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'relatives blocked a gate, demanding', text: 'On 2 June 2022, relatives of the prisoners blocked the gate of the prison, demanding a visit.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'troops blocking a road to stop a convoy', text: 'On 2 June 2022, army troops blocked the road to stop the rebel convoy.', type: '(none)' },
];

acledNoteTable(rows, 'test:acled-side-words');
