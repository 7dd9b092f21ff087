import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 10 (branch acled12; invented notes). A disrupted-weapons cue ("air defence", "intercepted", "thwarted") in a
 * sentence that also tells fighting (a clash cue: "clashes", "repelled an attack") does not make the fighting a disrupted
 * weapons use (rule sd.disrupted.intercept, `none: cue:clash`); an interception told alone stays one.
 */
const rows: NoteRow[] = [
  { why: 'clash beside an air defence base', text: 'Clashes took place between the army and rebel fighters near the old air defence base outside Kara.', type: 'Battles', sub: 'Armed clash' },
  { why: 'attack thwarted with shelling', text: 'Government forces thwarted an attack by rebel fighters, including with artillery shelling, south of Kara.', type: 'Battles' },
  { why: 'interception alone', text: 'Air defences intercepted two drones launched at the airport of Kara.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { why: 'drone shot down alone', text: 'Government forces shot down a rebel drone over the town of Kara. No casualties were reported.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
];

acledNoteTable(rows, 'test:acled-disrupted-clash');
