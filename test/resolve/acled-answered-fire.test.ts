import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 8 (branch etype8; invented notes): remote or explosive violence that its armed target answered with fire
 * ("soldiers reacted with gunfire", "responded with heavy fire", "opened fire on the fleeing attackers") is an exchange of
 * fire, coded as the battle (cue group `clash-told` in data/ontology/acled/cues.json); unanswered it stays an explosion.
 */
const rows: NoteRow[] = [
  { why: 'grenade answered with gunfire', text: 'Militants threw a hand grenade at an army checkpoint in the Hodan district. Soldiers reacted with gunfire after the explosion. There were no casualties.', type: 'Battles' },
  { why: 'grenade, guards fired at the fleeing men', text: 'Gunmen threw a grenade at a police checkpoint in the city. The police manning the checkpoint opened fire on the fleeing men but no casualties were reported.', type: 'Battles' },
  { why: 'rockets answered with heavy fire', text: 'Rebels fired rockets at an army base near the city and the troops responded with heavy fire.', type: 'Battles' },
  { why: 'unanswered grenade stays an explosion', text: 'Militants threw a hand grenade at an army checkpoint in the Hodan district. There were no casualties.', type: 'Explosions/Remote violence', sub: 'Grenade' },
];

acledNoteTable(rows, 'test:acled-answered-fire');
