import { test } from 'node:test';
import assert from 'node:assert/strict';
import { victimTold } from '../../src/resolve/acled-victim.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

/** The victim's affiliation told in a sentence of its own (invented sentences). */
const told: { text: string; want: string[] }[] = [
  { text: 'The victim was identified as a member of a local criminal group.', want: ['victim-armed'] },
  { text: 'The victim was reportedly involved in organized crime.', want: ['victim-armed'] },
  { text: 'Police said the victims were members of a drug cartel.', want: ['victim-armed'] },
  { text: 'The victim was presumably a farmer from a nearby village.', want: ['victim-civilian'] },
  { text: 'The deceased was a retired soldier.', want: ['victim-civilian'] },
  { text: 'The victim is believed to be the brother of a local official.', want: ['victim-civilian'] },
  // what happened to the victim says nothing of who the victim was
  { text: 'The victim was killed in a drug trafficking dispute.', want: [] },
  { text: 'The victim was shot by gang members outside the bar.', want: [] },
  { text: 'The victim was working when the attack happened.', want: [] },
  { text: 'A victim of the gang war was buried.', want: [] },
  { text: '', want: [] },
];

for (const r of told) {
  test(`victimTold: ${r.text || '(empty)'}`, () => assert.deepEqual(victimTold(norms(r.text)), r.want));
}

test('victimTold is linear on long repetitive input', () => {
  const long = norms('the victim was the victim was '.repeat(20000));
  assert.deepEqual(victimTold(long), []);
});

const notes: NoteRow[] = [
  { why: 'a criminal victim makes a battle', text: 'On 3 May 2021, two gunmen shot and killed a man in the Centro neighbourhood. The victim was identified as a member of a local criminal group.', type: 'Battles' },
  { why: 'a farmer victim makes violence against civilians', text: 'On 3 May 2021, militants attacked a hamlet near the river and beheaded one person. The victim was presumably a farmer.', type: 'Violence against civilians' },
  // a member or leader of a unit or body: the "of" phrase tells the affiliation
  { why: 'a leader of a regiment', text: 'Militants on a motorbike shot and killed a leader of the 3rd regiment in the town.', type: 'Battles' },
  { why: 'the leader of battalions', text: 'Unknown gunmen shot the leader of the Farouq Battalions on the road.', type: 'Battles' },
  { why: 'a member of the local council', text: 'Gunmen shot dead a member of the local council in the market.', type: 'Violence against civilians' },
  { why: 'the leader of a union', text: 'Gunmen shot dead the leader of the farmers union near his home.', type: 'Violence against civilians' },
  { why: 'no statement keeps the sentence reading', text: 'On 3 May 2021, two gunmen shot and killed a man in the Centro neighbourhood. The victim was working at the time.', type: 'Violence against civilians' },
];

acledNoteTable(notes, 'test:acled-victim');
