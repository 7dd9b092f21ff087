import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 8 (branch etype8; invented notes): an outcome participle after a comma or "and" ("…, killing a man and injuring
 * a woman") has the main clause's subject: a place or country of the main predicate read as its subject ("…, northern
 * Freedonia, killing …") no longer keeps it apart from the firing it tells the outcome of (src/enrich/merge.ts
 * participleOutcomes), so a civilian killed by the firing makes the firing one-sided violence.
 */
const rows: NoteRow[] = [
  { why: 'sniper fire at a village, country apposition', text: 'On 4 June, rebel forces reportedly fired sniper rifles at Karam village in Tal district, northern Yemen, from their positions on the hill, killing a man and injuring a woman.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'sniper fire at an area, killing a citizen', text: 'Militia forces reportedly fired snipers at the market area in the old city of Taizz, southwestern Yemen, killing a citizen.', type: 'Violence against civilians' },
  { why: 'fire at soldiers stays a battle', text: 'Rebel forces fired at an army checkpoint near Karam, northern Yemen, killing two soldiers.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-participle-outcome');

test('a second outcome participle is no event of the first one\'s victim', () => {
  const doc = analyzeDoc({ text: 'Rebel forces fired at the village of Karam, killing a man and injuring a woman.', url: 'test:participle' }, { published: null });
  assert.equal(doc.events.length, 1, doc.events.map((e) => e.triggers.map((t) => t.text).join('+')).join(' | '));
  assert.ok(doc.events[0]!.actors.some((a) => /rebel/i.test(a.text ?? a.name)));
});
