import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 7 (branch etype7; invented notes): a mine named by its kind ("sea mine", "anti-vehicle mine"), by what hit or
 * killed ("by a mine", "hit a mine", "struck a mine") or as planted is an explosive (cue group weapon-explosive), so the
 * blast is Explosions/Remote violence whoever it hit; a mine as a pit or a possessive stays no weapon.
 */
const rows: NoteRow[] = [
  { why: 'killed by a mine', text: 'On 3 May 2023, two shepherds were killed by a mine near the village.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  { why: 'a car hit an anti-vehicle mine', text: 'A farmer was killed when his car hit an anti-vehicle mine planted by the militia.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  { why: 'a boat struck a sea mine', text: 'Four fishermen were killed after their boat struck a sea mine off the coast.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  { why: 'a soldier killed by a mine', text: 'A soldier was killed by a mine on the road to the border post.', type: 'Explosions/Remote violence' },
  { why: 'miners who protest', text: 'Workers of the copper mine protested against unpaid wages.', type: 'Protests' },
];

acledNoteTable(rows, 'test:acled-mine-cues');
