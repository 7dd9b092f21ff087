import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 10 (branch acled12; invented notes). Words inside names are no cues of what happened: "Infantry" in a unit's
 * name ("the 41st Infantry Brigade") is no infantry assault (data/ontology/acled/cues.json, not-weapon.names, so shelling
 * a brigade's camp stays shelling, not combined arms); "controlled" after "remote"/"remotely"/"radio" is the adjective
 * of a device, not forces controlling ground (src/resolve/acled.ts controlVerb), so a remote controlled IED is no take-over.
 */
const rows: NoteRow[] = [
  { why: 'shelled an infantry brigade camp', text: 'On 3 May 2021, rebel fighters shelled the camp of the 41st Infantry Brigade near the town of Kara.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'missiles at an infantry division', text: 'On 3 May 2021, rebel forces fired guided missiles and artillery shells at soldiers of the 12th Infantry Division near Kara.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'remote controlled IED', text: 'On 3 May 2021, a remote controlled IED planted by militants detonated, targeting a police station in the town of Kara. Two police officers were injured.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  { why: 'infantry assault stays ground fighting', text: 'On 3 May 2021, army infantry backed by artillery shelling attacked rebel positions near Kara.', type: 'Battles', sub: 'Armed clash' },
];

acledNoteTable(rows, 'test:acled-unit-names');
