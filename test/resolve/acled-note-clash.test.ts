import { test } from 'node:test';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Whole-text cases for the ACLED classes of session 4 (invented notes): fighting told in another sentence of the
 * note turns remote fire between armed sides into the battle, unless the note doubts the fighting or the victims are civilians;
 * violence against people in custody is violence against civilians.
 */
const rows: NoteRow[] = [
  { why: 'a clash erupted after the mortar fire', text: 'On 4 May 2021, militants fired mortar shells at army troops near the bridge. A clash then erupted between the militants and the soldiers.', type: 'Battles', sub: 'Armed clash' },
  { why: 'fighting told first, shelling after', text: 'Heavy fighting broke out between rebel factions and government troops near the dam. The rebels also shelled army positions on the hill.', type: 'Battles', sub: 'Armed clash' },
  { why: 'the target fired back', text: 'Insurgents fired rockets at a police post on the highway. The policemen returned fire and the attackers fled.', type: 'Battles', sub: 'Armed clash' },
  { why: 'shelling alone stays remote', text: 'On 4 May 2021, militants fired mortar shells at army troops near the bridge. No casualties were reported.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'unclear whether they fired back', text: 'Government forces fired artillery at rebel positions near the town. It is unclear whether the rebels fired back.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'no reports of an exchange of fire', text: 'Rebels fired artillery at army positions in the valley. There were no reports of exchange of fire.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'civilian victims keep the shelling', text: 'Army artillery shelled the village, killing two farmers. Clashes were reported on the outskirts the same day.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  // a take-over that the note says met no fighting, in its own sentence or the next
  { why: 'without facing any resistance or clashes', text: 'Government forces took control of the town without facing any resistance or clashes.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
  { why: 'no violent interactions were reported', text: 'Hundreds of troops arrived on the island and took control of the airport. No violent interactions were reported.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
  { why: 'a take-over with fighting stays a battle', text: 'Rebels took control of the town after heavy clashes with the army.', type: 'Battles' },
  // who took the ground is the subject of the territory verb, in its own clause
  { why: 'after clashes, regime forces took control', text: 'Following clashes with rebels, regime forces took control of the town in the south.', type: 'Battles', sub: 'Government regains territory' },
  { why: 'armed men clashed with soldiers and overtook a village', text: 'Around 200 armed men clashed with military forces and overtook territory in the village.', type: 'Battles', sub: 'Non-state actor overtakes territory' },
  // violence against people held in custody is one-sided, whoever they are
  { why: 'beaten to death in police custody', text: 'On 2 June 2021, a young man died after officers beat him while in police custody in Kano.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'a soldier died under torture in detention', text: 'A former soldier died under torture in a detention centre run by the militia.', type: 'Violence against civilians', sub: 'Attack' },
  { why: 'a prison riot stays a riot', text: 'Inmates rioted in prison and beat two guards after a search of their cells.', type: 'Riots' },
];

acledNoteTable(rows, 'test:acled-note-clash');
