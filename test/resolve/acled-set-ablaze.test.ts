import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 10 (branch acled12; invented notes). Arson told with the object inside the verb phrase ("set a school ablaze",
 * "set several shops alight": trigger entry assault.set-ablaze, `needs: object`) is property destruction, and a crowd that
 * does it riots ("ablaze"/"alight" are destruction and violent-act cues). A verb after "and" that follows a coordinated
 * object ("abducted scores of commuters and students and set …", "kidnapped two teachers and three farmers and shot …")
 * shares the first verb's subject (src/code/coordinated-verb.ts): the objects are not its doers.
 */
const rows: NoteRow[] = [
  { why: 'set a school ablaze', text: 'On 5 May 2022, suspected militants set a school ablaze in the village of Kara.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'set shops alight', text: 'On 5 May 2022, gunmen set several shops and two cars alight in the market of Kara.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'protesters set a car ablaze', text: 'On 5 May 2022, protesters set a police car ablaze in the centre of Kara.', type: 'Riots', sub: 'Violent demonstration' },
  { why: 'set up stays no arson', text: 'On 5 May 2022, the rebels set up a checkpoint near Kara.', type: 'Strategic developments', sub: 'Headquarters or base established' },
  { why: 'abducted travellers and set vehicles ablaze', text: 'On 5 May 2022, suspected militants abducted scores of travellers and students and set eight vehicles ablaze on the highway near Kara.', type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
];

acledNoteTable(rows, 'test:acled-set-ablaze');

test('a verb after a coordinated object shares the first verb\'s subject', () => {
  const doc = analyzeDoc({ text: 'Gunmen kidnapped two teachers and three farmers and shot a guard in Kara.', url: 'test:acled-set-ablaze' }, { published: null });
  for (const e of doc.events) assert.ok(!e.actors.some((a) => a.text.includes('farmers') || a.text.includes('teachers')), `${e.triggers.map((t) => t.text).join('+')}: ${e.actors.map((a) => a.text).join('; ')}`);
});
