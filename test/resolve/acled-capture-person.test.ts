import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 8 (branch etype8; invented notes): "captured" and "seized" with a person as their object take people, not
 * ground or goods (src/code/families/capture-person.ts): the capture is an arrest (coerce.arrest), which the ACLED rules
 * code by who took whom; a place or a thing as the object keeps the take-over or the seizure.
 */
const rows: NoteRow[] = [
  { why: 'armed group captures civilians', text: 'The rebels captured dozens of civilians in the hills above the town of Karam.', type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
  { why: 'quoted count', text: 'Witnesses said the militia captured "dozens" of villagers it accused of informing on the army.', type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
  { why: 'armed group captures soldiers', text: 'Rebel fighters captured three soldiers near the river crossing.', type: 'Battles', sub: 'Armed clash' },
  { why: 'guards seize smugglers', text: 'Border guards seized two smugglers near the northern crossing.', type: 'Strategic developments', sub: 'Arrests' },
  { why: 'passive capture of fighters', text: 'Several militia fighters were captured during clashes with the army in the valley.', type: 'Battles', sub: 'Armed clash' },
  { why: 'a town stays a take-over', text: 'Government troops captured the town of Mara after heavy fighting with the rebels.', type: 'Battles', sub: 'Government regains territory' },
  { why: 'a hill stays a take-over', text: 'Rebel fighters captured a strategic hill overlooking the highway after clashes with the army.', type: 'Battles', sub: 'Non-state actor overtakes territory' },
  { why: 'goods stay a seizure', text: 'Soldiers seized two trucks of fuel from traders in the market.', type: 'Strategic developments', sub: 'Looting/property destruction' },
];

acledNoteTable(rows, 'test:acled-capture-person');

const codes: { text: string; cameo: string }[] = [
  { text: 'The rebels captured five aid workers on the road to the camp.', cameo: '173' },
  { text: 'Government troops captured the village after a day of fighting.', cameo: '190' },
];

test('captures of people are arrests (CAMEO 173), captures of ground are fights', () => {
  for (const c of codes) {
    const doc = analyzeDoc({ text: c.text, url: 'test:capture-person' }, { published: null });
    assert.ok(doc.events.some((e) => e.codes.cameo?.code === c.cameo), `${c.text}: ${doc.events.map((e) => e.codes.cameo?.code).join(',')}`);
  }
});
