import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 10 (branch acled12; invented notes). A body found is an attack on a civilian unless the note shows the dead
 * was armed (rule vac.body-found): the found-body trigger entries count as the body-found cue even when the words are
 * none of the cue phrases ("a body without a head was found"), and a perpetrator named or implied ("criminal groups",
 * "suspected militia members") no longer turns it into a battle. An armed victim keeps the battle. An attack, a killing or a
 * body found is never an agreement because the sentence has an agreement word ("a banner signed by", rule sd.agreement).
 */
const rows: NoteRow[] = [
  { why: 'body told with a gap', text: 'On 3 May 2021, in Kara, a decomposing body without a head was found wrapped in a blanket.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'bodies beside a message of gangs', text: 'On 3 May 2021, four dead bodies wrapped in plastic were found beside the highway near Kara along with a banner about criminal groups.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'bodies beside a signed banner are no agreement', text: 'On 3 May 2021, four bodies were found beside the highway near Kara along with a banner signed by a drug cartel.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'killed and left the body, named killers', text: 'On 3 May 2021, suspected militia members killed a member of the ruling party and left his body on a hill near Kara.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'body of a soldier stays a battle', text: 'On 3 May 2021, the body of a soldier was found near Kara, killed by an unknown armed group.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-body-found');
