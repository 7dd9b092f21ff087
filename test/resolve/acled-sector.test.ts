import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 10 (branch acled12; invented notes). De facto authorities that ACLED codes as a state's forces (dictionary
 * field `acledSector`, read by src/resolve/acled-sector.ts): the Houthis are "Military Forces of Yemen (2016-) Supreme
 * Political Council" in ACLED, so ground they take is "Government regains territory" and people they detain are
 * arrests; PLOVER and CAMEO keep the dictionary's rebel sector.
 */
const rows: NoteRow[] = [
  { why: 'Houthi take-over', text: 'On 3 May 2019, Houthi forces took control of several hills near the town of Qataba after clashes with government troops.', type: 'Battles', sub: 'Government regains territory' },
  { why: 'Houthi arrests', text: 'On 3 May 2019, Houthi forces arrested 20 members of the General People\'s Congress party in the town of Qataba.', type: 'Strategic developments', sub: 'Arrests' },
  { why: 'rebel take-over stays non-state', text: 'On 3 May 2019, rebel fighters took control of several hills near the town of Kara after clashes with government troops.', type: 'Battles', sub: 'Non-state actor overtakes territory' },
];

acledNoteTable(rows, 'test:acled-sector');

test('the ACLED sector does not change the actor\'s own sector', () => {
  const doc = analyzeDoc({ text: 'Houthi forces took control of several hills near Qataba after clashes with government troops.', url: 'test:acled-sector' }, { published: null });
  const houthi = doc.events.flatMap((e) => e.actors).find((a) => a.entry === 'actor:grp.houthis');
  assert.ok(houthi, 'no Houthi actor');
  assert.equal(houthi.sector, 'REB');
});
