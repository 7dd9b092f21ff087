import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { backdropNoun } from '../../src/resolve/backdrop-fight.js';

/**
 * Session 7 (branch etype7; invented notes): a fight told only as the backdrop of another act, a fight noun after
 * "following", "after", "amid", "displaced by", "to support the", "participating in the", "stopping the" (src/resolve/backdrop-fight.ts),
 * is no cue of that act's event and, in the choice rule, gives way to the strategic development told in the main clause.
 */
const rows: NoteRow[] = [
  { why: 'curfew following clashes', text: 'The governor announced a night curfew in the port city following intense clashes between the army and tribal fighters.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'reinforcements after clashes', text: 'Army reinforcements arrived in the valley after armed clashes with local militias.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { why: 'agreement following days of fighting', text: 'Following days of fighting between two rival brigades in the old city, an agreement was reached between the commanders.', type: 'Strategic developments', sub: 'Agreement' },
  { why: 'looting after fighting', text: 'After days of fighting between two rival brigades, one brigade looted shops and houses in the old city.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'troops deployed to support the fight', text: 'The government deployed 300 troops to the northern airbase to support the fight against the insurgents.', type: 'Strategic developments' },
  { why: 'a clash told by a verb stays a battle', text: 'After the rebels attacked the checkpoint, soldiers clashed with them for two hours.', type: 'Battles' },
  { why: 'a clash as the main event stays a battle', text: 'Clashes broke out between the army and rebels near the dam after a week of calm.', type: 'Battles' },
  { why: 'killed after clashes stays a battle', text: 'Rebels killed five soldiers after heavy clashes on the front line.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-backdrop-fight');

const nouns: { before: string; trigger: string; backdrop: boolean }[] = [
  { before: 'an agreement was reached following days of', trigger: 'fighting', backdrop: true },
  { before: 'a curfew after intense', trigger: 'clashes', backdrop: true },
  { before: 'civilians displaced by the ongoing armed', trigger: 'conflict', backdrop: true },
  { before: 'troops taking part in the', trigger: 'battle', backdrop: false },
  { before: 'soldiers', trigger: 'clashed', backdrop: false },
  { before: 'after rebels attacked, heavy', trigger: 'clashes', backdrop: false },
];

test('backdropNoun: fight nouns governed by a backdrop word', () => {
  for (const n of nouns) assert.equal(backdropNoun(n.trigger, n.before), n.backdrop, `${n.before} ${n.trigger}`);
});
