import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 7 (branch etype7; invented notes): a take-over told with a note that does not know whether any fighting took
 * place ("it is not clear whether clashes took place", cue group clash-unknown, read anywhere in the note) is a
 * non-violent transfer of territory; a take-over told with fighting stays a battle, and a doubt about who fired back
 * beside shelling says nothing about a take-over.
 */
const rows: NoteRow[] = [
  { why: 'unclear whether clashes took place', text: 'On 3 May 2023, tribal fighters took control of the border post near the river. It is not clear whether clashes took place.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
  { why: 'unknown if there was fighting', text: 'The militia reportedly seized control of the airport. It is unknown if there was fighting.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
  { why: 'take-over after clashes stays a battle', text: 'The militia took control of the airport after heavy clashes with the army.', type: 'Battles' },
  { why: 'take-over with fighting told and a doubt about casualties', text: 'Rebels took control of the town after fighting with the army. It is unclear whether anyone was killed.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-clash-unknown');
