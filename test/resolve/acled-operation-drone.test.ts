import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 9 (branch etype9; invented notes). Operations launched (src/code/families/launched-operation.ts): "launched",
 * "began", "started" with "operation(s)" as the head of the object start a campaign of the forces (mobilize.operation),
 * a strategic development unless the note tells fighting, deaths, arrests or ground taken; "an operation targeting X"
 * names the operation's target, no attack of its own; air operations stay strikes. Drones shot
 * (src/code/families/shot-drone.ts): "shot" with a drone as its object, shared with a coordinated verb ("shot and
 * seized a drone"), is an interception (Disrupted weapons use), not an air strike.
 */
const rows: NoteRow[] = [
  { why: 'ground operation, no fight told', text: 'The army launched a ground operation against the rebels in the northern city of Kara.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'operation targeting cells', text: 'Police launched a new operation targeting rebel cells in the border province.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'began a named operation', text: 'The coalition began a new military operation named Northern Shield along the coast.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'operation with a clash told', text: 'The army launched a ground operation against the rebels near Kara, and heavy clashes broke out with the militants.', type: 'Battles' },
  { why: 'operation with deaths told', text: 'Soldiers launched an operation against the militants near Kara, killing six fighters.', type: 'Battles' },
  { why: 'missiles launched stay an attack', text: 'The rebels launched five missiles at an army base near Kara.', type: 'Explosions/Remote violence' },
  { why: 'attack launched stays an attack', text: 'Militants launched an attack on an army checkpoint near Kara, killing two soldiers.', type: 'Battles' },
  { why: 'drone shot', text: 'Soldiers shot a surveillance drone over their base near Kara.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'drone shot and seized', text: 'The militia shot and seized one army drone while it was flying over the village of Kara.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'drones downed and captured', text: 'Rebel fighters downed and captured two army drones near the town of Kara.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'a man shot stays an attack', text: 'Gunmen shot and killed a farmer in the village of Kara.', type: 'Violence against civilians' },
];

acledNoteTable(rows, 'test:acled-operation-drone');

const codes: { text: string; cameo: string; family: string }[] = [
  { text: 'The army launched a ground operation against the rebels in the north.', cameo: '150', family: 'mobilize' },
  { text: 'The army launched ground and air operations against the rebels in the north.', cameo: '190', family: 'assault' },
  { text: 'Soldiers shot and captured two quadcopters near the village.', cameo: '190', family: 'intercept' },
];

test('operations launched are mobilizations, air operations attacks, drones shot interceptions', () => {
  for (const c of codes) {
    const doc = analyzeDoc({ text: c.text, url: 'test:operation-drone' }, { published: null });
    assert.ok(doc.events.some((e) => e.family === c.family && e.codes.cameo?.code === c.cameo), `${c.text}: ${doc.events.map((e) => `${e.family}/${e.codes.cameo?.code}`).join(',')}`);
  }
});
