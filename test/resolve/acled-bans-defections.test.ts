import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 12 (branch acled10; invented notes). Bans of gatherings (src/code/families/banned-gathering.ts,
 * restrict.ban-gathering): the protest nouns a ban governs are what was banned, and the ban is a security measure
 * (Strategic developments, Change to group/activity); a protest against a ban stays a protest. Defections and pledges
 * of allegiance (retreat.defect) change an armed group: Strategic developments, Change to group/activity.
 */
const rows: NoteRow[] = [
  { why: 'ban on a list of gatherings', text: 'The provincial governor issued a ban on all forms of rallies, marches, press conferences and other political gatherings for ten days.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'banned demonstrations', text: 'The army banned all demonstrations and rallies in the northern city for a week.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'protest against a ban', text: 'Hundreds of students protested against the ban on gatherings in front of the university.', type: 'Protests' },
  { why: 'a banned party\'s members protest', text: 'Supporters of the banned opposition party demonstrated in the capital.', type: 'Protests' },
  { why: 'defected to join', text: 'Sixty soldiers of the border brigade defected from their base to join the rebel forces.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'members of a guard unit defected', text: 'About 300 members of the Republican Guard have reportedly defected to the government side.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'pledged allegiance', text: 'The tribal fighters of the eastern valley pledged allegiance to the Islamic State.', type: 'Strategic developments', sub: 'Change to group/activity' },
];

acledNoteTable(rows, 'test:acled-bans-defections');
