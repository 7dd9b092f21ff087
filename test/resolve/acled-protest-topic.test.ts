import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 10 (branch acled12; invented notes). A one-word damage cue ("vandalism", "damaged", "destruction", "burning")
 * that names what a protest is about, or describes a thing in a relative clause, within a few words after "against",
 * "over", "denouncing", "demanding", "accused", "which", "that" or "for", is no violent act of the protest
 * (src/resolve/acled.ts topicHit): the demonstration stays peaceful. Damage done by the crowd stays a riot.
 */
const rows: NoteRow[] = [
  { why: 'against vandalism', text: 'On 3 May 2022, in Kara, nurses blocked the access to the hospital to protest against thefts and vandalism in the area.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'pipe which has been damaged', text: 'On 3 May 2022, in Kara, residents blocked the main avenue in a protest to demand repairs to the water pipe, which has been badly damaged for months.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'accused of damaged aid', text: 'On 3 May 2022, a sit-in took place in Kara to denounce an aid agency accused of delivering damaged food.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'crowd damaged cars stays a riot', text: 'On 3 May 2022, in Kara, protesters damaged several cars and threw stones at the town hall.', type: 'Riots', sub: 'Violent demonstration' },
];

acledNoteTable(rows, 'test:acled-protest-topic');
