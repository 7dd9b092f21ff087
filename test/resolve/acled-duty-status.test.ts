import { test } from 'node:test';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Whole-text cases for the ACLED rules of session 6 (branch etype4; invented notes): the duty status of an armed
 * victim (off duty, a former member of the state forces, on leave, leaving home, on the way home or to prayer) makes
 * violence against civilians, also when another sentence tells it and when the attack was an ambush; so does
 * custody told anywhere in the note or a beating after an arrest; security
 * measures (curfews, states of emergency, closed crossings) are strategic developments, also when "extended" or
 * imposed by unnamed authorities; refugees or asylum seekers who arrived somewhere are a displacement (a visit entry kept
 * for that one rule); a shell that landed is a shelling, while Shell the company is no event; civilians who set up blockades or barricades block in protest; a device shot down, or blown up while planted or launched, is a disrupted weapons use; facilities of an armed group destroyed with no one hurt are property destruction;
 * a crowd's violence told twice stays a riot in the choice rule.
 */
const rows: NoteRow[] = [
  // duty status
  { why: 'an ambush on a bus of off-duty soldiers', text: 'Gunmen ambushed a minibus carrying off-duty soldiers on the northern highway. Three soldiers were killed.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'a soldier shot on his way home', text: 'Two men on a motorbike shot and killed a soldier of the 5th brigade while he was heading home from the market.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'a former police officer killed', text: 'Unknown gunmen killed a former police officer of the old regime in the eastern district.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'a soldier on leave', text: 'Militants shot dead a sergeant who was on leave in his home village.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'duty status told in the next sentence', text: 'A police captain was shot dead by unknown gunmen in the old town. The captain was leaving his house for the mosque when the attackers opened fire.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'soldiers at a checkpoint stay a battle', text: 'Gunmen attacked an army checkpoint on the northern highway, killing three soldiers.', type: 'Battles', sub: 'Armed clash' },
  { why: 'an ambush on a patrol stays a battle', text: 'Militants ambushed an army patrol near the river, killing two soldiers.', type: 'Battles', sub: 'Armed clash' },
  { why: 'an off-duty soldier in a told exchange of fire', text: 'Gunmen attacked a group of off-duty soldiers near the market. The soldiers exchanged fire with the attackers for an hour.', type: 'Battles' },
  { why: 'an off-duty soldier abducted stays an abduction', text: 'Gunmen abducted an off-duty soldier on his way home from the market.', type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
  // the victims of an outcome participle far after the verb
  { why: 'fishermen injured after a long place phrase', text: 'On 3 May 2022, naval forces opened fire near the fishing port, off the coast of the northern city (North District, Coastal Province), injuring two fishermen.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'soldiers killed after a long place phrase stay a battle', text: 'On 3 May 2022, militants opened fire near the fishing port, off the coast of the northern city (North District, Coastal Province), killing two soldiers.', type: 'Battles' },
  // a light verb before a prepositional phrase is no light verb: "fired without warning at a car" is the firing
  { why: 'fired without warning at a car', text: 'Police fired without warning at a car on the highway, injuring the driver.', type: 'Violence against civilians', sub: 'Attack' },
  // held victims: custody told in another sentence, beatings after an arrest, humiliation as sexual violence
  { why: 'custody told in the sentence before', text: 'A young man was held overnight in police custody in the port town. Officers beat him with batons until he lost consciousness.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'arrested and beaten', text: 'Three students were arrested and beaten by soldiers at a checkpoint outside the town.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'stripped naked by police', text: 'Two boys were arrested, attacked and stripped naked by police in the market.', type: 'Violence against civilians', sub: 'Sexual violence' },
  { why: 'fighters abducted and killed stay a battle', text: 'An armed group abducted and killed three rebel fighters on the road to the border.', type: 'Battles' },
  // security measures
  { why: 'a curfew extended', text: 'On 3 May 2022, the governor extended the dusk-to-dawn curfew in the northern county for another month.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a curfew extended, passive', text: 'The night curfew in the port city was extended by two weeks on Sunday.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a curfew imposed by unnamed authorities', text: 'The authorities imposed a curfew in the river town on Sunday.', type: 'Strategic developments' },
  { why: 'a border crossing closed', text: 'On 3 May 2022, the regional government closed the main border crossing with its neighbour over security fears.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a loan extended stays no ACLED event', text: 'The bank extended a loan of 50 million dollars to the ministry.', type: '(none)' },
  // facilities of armed groups
  { why: 'rebel shelters destroyed', text: 'On 3 May 2022, gendarmes destroyed two rebel shelters found during an operation in the mountains.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'hideouts found and destroyed', text: 'Army units discovered and destroyed three militant hideouts in the valley.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'an attack on a hideout that killed fighters stays a battle', text: 'Troops stormed a rebel hideout in the valley and killed four fighters.', type: 'Battles' },
  { why: 'an air strike on a tunnel stays an air strike', text: 'Warplanes destroyed a militant tunnel near the border.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  // refugees who arrived somewhere are displaced; anyone else's arrival is a visit or a movement of forces
  { why: 'refugees arrived in a country', text: 'On 3 May 2022, about 1,500 refugees from the war arrived in the neighbouring country and were registered at the border.', type: 'Strategic developments', sub: 'Other' },
  { why: 'asylum seekers arrived', text: 'Some 300 asylum seekers arrived in the port city on Tuesday.', type: 'Strategic developments', sub: 'Other' },
  { why: 'a minister arrived: no ACLED event', text: 'The foreign minister arrived in the capital on Monday for talks.', type: '(none)' },
  { why: 'armoured vehicles arrived: a movement of forces', text: 'Dozens of armoured vehicles arrived in the border town on Monday.', type: 'Strategic developments', sub: 'Change to group/activity' },
  // a bare shell is the weapon of an impact; Shell the company is no event
  { why: 'a shell landed on a house', text: 'A shell landed on a house in the eastern district, wounding two children.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'the oil company Shell', text: 'The oil company Shell closed a refinery in the delta on Monday.', type: '(none)' },
  { why: 'Shell said', text: 'Shell said its profits rose in the third quarter.', type: '(none)' },
  // barricades and blockades set up by civilians with stones or burning tyres are violent demonstrations
  { why: 'farmers set up blockades with rocks', text: 'Dairy farmers set up blockades with rocks and branches on the highway to complain about feed prices.', type: 'Riots', sub: 'Violent demonstration' },
  { why: 'residents erected barricades of burning tyres', text: 'Residents erected barricades of burning tyres on the main road to demand electricity.', type: 'Riots', sub: 'Violent demonstration' },
  // failed weapons use: a missile shot down, a device that blew up while being planted (told in the next sentence) or launched
  { why: 'a missile shot down', text: 'Air defence units fired two missiles at an incoming cruise missile near the port, shooting it down.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'planting told in the next sentence', text: 'Three militants were killed in an explosion of a roadside bomb near the bridge. The men were trying to plant the bomb on the road when it blew up.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'a rocket that blew up at launch', text: 'Five fighters were killed when a rocket exploded while it was being launched from their base.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'a bomb that hit a patrol stays an explosion', text: 'Four soldiers were killed when a roadside bomb exploded as their patrol passed near the bridge.', type: 'Explosions/Remote violence' },
  // live fire at demonstrators who were violent themselves is a riot; at peaceful ones excessive force
  { why: 'stone-throwing demonstrators met with live fire', text: 'Demonstrators threw stones at the police station during a protest over fuel prices, and police fired live ammunition, killing two.', type: 'Riots', sub: 'Violent demonstration' },
  { why: 'peaceful demonstrators met with live fire', text: 'Soldiers opened fire on protesters demanding the release of detained students, killing two.', type: 'Protests', sub: 'Excessive force against protesters' },
  // bare strikes and raids with no weapon named are air strikes; raids with arrests stay arrests
  { why: 'strikes reported', text: 'Strikes were reported on Saturday near Kandahar.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'raids launched overnight', text: 'Twenty raids were reportedly launched on Saada and Hajjah overnight.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'police raids with arrests', text: 'Police raids in the capital led to the arrest of twelve suspects.', type: 'Strategic developments', sub: 'Arrests' },
  // a crowd's violence told twice
  { why: 'rioters attacked, then the group beat the man', text: 'Rioters attacked a young man accused of theft in the market. The group chased and beat him until police arrived.', type: 'Riots' },
];

acledNoteTable(rows, 'test:acled-duty-status');
