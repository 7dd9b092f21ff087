import { test } from 'node:test';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Strategic developments with no violence (invented notes): evacuations of civilians (PLOVER AID, kept for ACLED by
 * rules.json `keepEntries`), evacuation orders, and forces that arrive somewhere with no named actor; and demonstrations told
 * with verbs that are protests only when a crowd does them ("protesters came out", "residents cut the road").
 */
const rows: NoteRow[] = [
  { why: 'civilians were evacuated from a city', text: 'On 3 May 2021, 120 civilians were evacuated from the besieged city.', type: 'Strategic developments', sub: 'Other' },
  { why: 'people were evacuated to another town', text: 'On 3 May 2021, 85 people, including 40 children, were evacuated to Lviv.', type: 'Strategic developments', sub: 'Other' },
  { why: 'an agency evacuated residents', text: 'On 3 May 2021, the Red Cross evacuated residents of the flooded camp to a school.', type: 'Strategic developments', sub: 'Other' },
  { why: 'a rescue beside a killing keeps the killing', text: 'On 3 May 2021, gunmen shot dead two villagers in the market and three wounded fishermen were rescued by neighbours.', type: 'Violence against civilians' },
  { why: 'issued an evacuation order', text: 'On 3 May 2021, the army issued an evacuation order for all residents of the northern district.', type: 'Strategic developments' },
  { why: 'evacuation warnings', text: 'Israeli forces issued evacuation warnings for the residents of two neighbourhoods, describing them as combat zones.', type: 'Strategic developments' },
  { why: 'ordered the evacuation of villages', text: 'The army ordered the evacuation of five villages near the border.', type: 'Strategic developments' },
  { why: 'military vehicles arrived, no actor named', text: 'On 3 May 2021, dozens of military vehicles reportedly arrived in the port town.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'reinforcements of a brigade arrived', text: 'On 3 May 2021, reinforcements of the 4th brigade reportedly arrived in the city.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'a minister arriving is still a visit', text: 'On 3 May 2021, the foreign minister arrived in the capital for talks.', type: '(none)' },
  { why: 'fighters entered a port', text: 'Rebel fighters have also entered the port of the city, security officials said.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'vehicles entered a district', text: 'On 2 May 2021, dozens of pro-government vehicles entered the district as reinforcements.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'protesters entering a building are no force', text: 'On 2 May 2021, students entered the rectorate building and held a sit-in.', type: 'Protests' },
  { why: 'the talks entered their third day', text: 'The talks entered their third day on Monday.', type: '(none)' },
  { why: 'prevented from entering', text: 'Police officers prevented the people from entering the university building.', type: '(none)' },
  // demonstrations told with verbs that are protests only when a crowd does them (protest.crowd, protest.block)
  { why: 'protesters came out', text: 'On 8 February 2020, protesters in the city came out to reiterate their rejection of the new prime minister.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'residents cut the road', text: 'On 6 June 2022, residents of the neighbourhood cut the road leading to the port to denounce electricity cuts.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'students took to the street', text: 'On 8 May 2021, a few dozen students took to the street in front of the ministry.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'workers carried out a motorcade', text: 'On 3 June 2022, delivery workers carried out a motorcade to demand better security.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'the army cutting a road is no protest', text: 'On 3 May 2021, the army cut off the road to the village.', type: '(none)' },
  { why: 'a report coming out is no protest', text: 'The report came out on Monday.', type: '(none)' },
  { why: 'people coming out of a bar leave it', text: 'On 2 February 2020, armed men shot at people coming out of a bar near the junction.', type: 'Violence against civilians' },
  { why: 'journalists arriving are no force', text: 'On 3 May 2021, foreign journalists arrived in the town, after the troops had left.', type: '(none)' },
];

acledNoteTable(rows, 'test:acled-sd-events');
