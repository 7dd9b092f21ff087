import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent } from '../../src/eval/choose.js';

/**
 * Session 9 (branch acled11, 2026-12-07; invented notes). Who captures armed people decides the type, not the region of the note:
 * a state's forces that detain members of an armed group with no fighting told make an arrest, an armed group that
 * captures fighters of another is in a clash, an arrest whose captor the note does not name is an arrest, and villagers
 * who hold soldiers or police commit mob violence. Violence whose victim no rule placed, in a sentence naming civilians
 * and no armed people or fighting, is an attack on civilians rather than the fallback battle; people named as civilians
 * (students, workers, residents) who take over a place with no arms or violence told occupy it in protest. An active
 * trigger's victim is read after it to the end of the sentence before the words before it, which are mostly its subject.
 * "No fatalities nor injuries" and its variants hide their harm words; an attack on reinforcements is no movement of them.
 */
const rows: NoteRow[] = [
  { why: 'army arrests militants, no fighting', text: 'On 3 May, the army arrested four militants of the armed group at their homes in the district of Kora.', type: 'Strategic developments', sub: 'Arrests' },
  { why: 'police arrest rebels', text: 'Security forces detained two rebels at a market in the town of Mabo on Friday.', type: 'Strategic developments', sub: 'Arrests' },
  { why: 'armed group captures fighters', text: 'Rebel fighters captured three soldiers near the river crossing.', type: 'Battles', sub: 'Armed clash' },
  { why: 'arrest during clashes stays a battle', text: 'The army arrested five militants during clashes in the hills outside Kora.', type: 'Battles', sub: 'Armed clash' },
  { why: 'arrest beside killing stays a battle', text: 'Soldiers killed two militants and arrested three others in a raid near Kora.', type: 'Battles', sub: 'Armed clash' },
  { why: 'captor not named', text: 'Two militants of the armed group were arrested at a checkpoint outside the city of Kora.', type: 'Strategic developments', sub: 'Arrests' },
  { why: 'villagers hold soldiers', text: 'Angry villagers detained three soldiers who were patrolling near the village of Mabo.', type: 'Riots', sub: 'Mob violence' },
  { why: 'unplaced victim, civilians named', text: 'A man was taken from his house in the northern district of Kora by four armed individuals, beaten and shot.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'attack resulting in men injured', text: 'Suspected militia attacked the ward of Mabo near the river, resulting in two men injured.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'unplaced victim, fighters named', text: 'Unknown gunmen shot and killed a militant of the armed group in the district of Kora.', type: 'Battles', sub: 'Armed clash' },
  { why: 'residents take over a building', text: 'On 4 March, residents of Mabo took over the municipal building.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'rebels take over a town', text: 'On 4 March, the rebels took over the town of Mabo after clashes with the army.', type: 'Battles', sub: 'Non-state actor overtakes territory' },
  { why: 'persons are civilians', text: 'An armed group killed two persons in the village of Mabo.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'stationed is a base', text: 'On 3 May, soldiers were stationed at the bridge outside Mabo.', type: 'Strategic developments', sub: 'Headquarters or base established' },
  { why: 'victim late in the sentence', text: 'On 3 May, soldiers opened fire inside the market complex in the northern district of the city of Mabo, apparently toward civilians.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'victim in a late noun phrase', text: 'On 3 May, militants launched an attack in the village of Mabo (Kora district, Northern Province), causing the injury of a girl.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'armed victim late in the sentence', text: 'On 3 May, militants opened fire inside the camp in the northern district of the city of Mabo, toward soldiers of the army.', type: 'Battles', sub: 'Armed clash' },
  { why: 'negated harm is no harm', text: 'On 3 May, gunmen stormed and looted the house of a journalist in Mabo, with no report of fatalities nor injuries.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { why: 'air raids on reinforcements', text: 'On 3 May, two air raids were reported on rebel reinforcements and vehicles near Mabo with no fatalities or injuries.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
];

acledNoteTable(rows, 'test:acled-captor-kind');

/** A headquarters or a military base named as the place of an act is no base established: only verbs that set one up are. */
const notBase: string[] = [
  'Unknown gunmen shot at the headquarters of the electoral commission in Mabo.',
  'Rebels invaded the headquarters of the district council in Mabo and set it ablaze.',
];

test('a headquarters named as a place is no base established', () => {
  for (const text of notBase) {
    const doc = analyzeDoc({ text, url: 'test:acled-captor-kind' }, { published: null });
    const ev = chooseEvent(doc.events, 'severity');
    assert.notEqual(ev?.codes.acled?.subEventType, 'Headquarters or base established', text);
  }
});
