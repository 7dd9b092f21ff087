import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 11 (branch acled13; invented notes). A crowd's violence told in one sentence ("Police fired tear gas at the
 * rioters.") of a text whose other sentence tells a demonstration that happened is the demonstration turned violent:
 * ACLED codes it a violent demonstration, and mob violence only for a crowd that is not demonstrating
 * (rules riot.violent-demonstration.told and .told-civilians, signal doc:demonstration from events.ts demonstrationTold).
 */
const rows: NoteRow[] = [
  { why: 'rioters at a demonstration told before', text: 'On 3 May 2022, residents of Kara held a demonstration against the closure of the main road. Police fired tear gas and rubber bullets at the rioters.', type: 'Riots', sub: 'Violent demonstration' },
  { why: 'demonstrators beat drivers in a later sentence', text: 'On 3 May 2022, in Kara, truck drivers blocked the highway to protest against fuel prices. They beat up two drivers who tried to cross the blockade.', type: 'Riots', sub: 'Violent demonstration' },
  { why: 'no demonstration told: mob violence', text: 'On 3 May 2022, in Kara, police fired tear gas at rioters who had set fire to a lorry after a road accident.', type: 'Riots', sub: 'Mob violence' },
  { why: 'a planned demonstration is none told', text: 'On 3 May 2022, activists planned to demonstrate in Kara next week. Police fired tear gas at rioters who had set fire to a lorry after a road accident.', type: 'Riots', sub: 'Mob violence' },
];

acledNoteTable(rows, 'test:acled-demonstration-told');
