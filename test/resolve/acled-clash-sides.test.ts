import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 10 (branch acled12; invented notes). A clash told with armed people ("armed men", "assailants") is no mob
 * violence among civilians even when civilians are named (rule riot.clash.civilians, `none: cue:armed-perpetrators`);
 * a clash of students or villagers stays one. "Fateh al-Sham" (front) is Hayat Tahrir al-Sham's former name
 * (data/actors/groups-middle-east.json), an armed group, not the Palestinian party Fatah.
 */
const rows: NoteRow[] = [
  { why: 'armed men in a clash with residents', text: 'On 3 May 2021, two armed men were killed in a clash with residents of Kara after they shot at a house.', type: 'Battles', sub: 'Armed clash' },
  { why: 'students clash', text: 'On 3 May 2021, students of two colleges clashed on the campus in Kara, injuring a dozen of them.', type: 'Riots', sub: 'Mob violence' },
  { why: 'Fateh al-Sham is an armed group', text: 'Clashes took place between Fateh al-Sham front and the Islamic State near Kara.', type: 'Battles', sub: 'Armed clash' },
];

acledNoteTable(rows, 'test:acled-clash-sides');
