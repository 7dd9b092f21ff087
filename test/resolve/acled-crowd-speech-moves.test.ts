import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 8 (branch etype8; invented notes): a protest told only by what the crowd said ("hundreds of demonstrators …
 * demanded"), with no actor bound (src/enrich/merge.ts crowdSubject), and forces on the move ("headed to", "was headed
 * from", "reached the outskirts", data/triggers/mobilize.json `mobilize.move`); ordinary travel stays no event.
 */
const rows: NoteRow[] = [
  { why: 'demonstrators demanded, date first', text: 'On Mar 3 hundreds of demonstrators in Kut city demanded the dismissal of the provincial council.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'protesters called for', text: 'Protesters in the main square called for the release of the detained students.', type: 'Protests' },
  { why: 'an official demanding is no protest', text: 'The minister demanded the resignation of the governor.', type: '(none)' },
  { why: 'vehicles headed to a town', text: 'Five military vehicles left the airbase and headed to the town of Tal Tamr.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'patrol was headed from', text: 'A military patrol of six armoured vehicles was headed from the airport to the city centre.', type: 'Strategic developments' },
  { why: 'reinforcements reached the outskirts', text: 'Army units reached the outskirts of the provincial capital on Tuesday.', type: 'Strategic developments' },
  { why: 'reaching a village in a fight is the fight', text: 'Rebel forces reached the village following heavy clashes with the army.', type: 'Battles' },
  { why: 'a minister travelling', text: 'The foreign minister headed to Geneva for talks on the crisis.', type: '(none)' },
  { why: 'a delegation headed by a general', text: 'A military delegation headed by a general visited the governor.', type: '(none)' },
  { why: 'a temperature that reached a number', text: 'Temperatures at the army base reached 45 degrees on Monday.', type: '(none)' },
];

acledNoteTable(rows, 'test:acled-crowd-speech-moves');
