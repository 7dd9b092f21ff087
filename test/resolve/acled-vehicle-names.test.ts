import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 7 (branch etype7; invented notes): a vehicle name that holds a fighting word ("infantry fighting vehicle") tells
 * no fight, so an air strike on one stays an air strike; "aircrafts" (a common plural in news English) is aircraft.
 */
const rows: NoteRow[] = [
  { why: 'air raid on an infantry fighting vehicle', text: 'On 4 May 2023, a coalition air raid hit an infantry fighting vehicle of the rebels near the front.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'aircrafts launched strikes', text: 'Coalition aircrafts launched several strikes on rebel sites in the provincial capital.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { why: 'infantry fighting vehicles in a clash', text: 'Rebels clashed with soldiers backed by infantry fighting vehicles near the dam.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-vehicle-names');
