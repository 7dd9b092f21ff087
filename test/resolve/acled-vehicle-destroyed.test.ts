import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';
import { militaryVehicleDestroyed } from '../../src/resolve/acled-vehicle.js';

/**
 * Session 12 (branch acled10; invented notes). A military vehicle destroyed as the act told, with no weapon stated and
 * no fighting told, is remote violence (src/resolve/acled-vehicle.ts, rule remote.vehicle-destroyed); a killing told
 * first, a clash, or a civilian's car keep their own types. So is an armed target 'targeted' with no method told.
 */
const rows: NoteRow[] = [
  { why: 'military vehicles, owner after belonging to', text: 'Rebel forces claimed to have destroyed two military vehicles belonging to the army near the town of Kara.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  { why: 'armoured vehicle, crew killed', text: 'The militia reportedly destroyed an armoured vehicle of the government forces east of Kara, killing its crew.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  { why: 'a tank, all on board killed', text: 'Government troops destroyed a tank belonging to the rebels in the hills west of Kara and killed all on board.', type: 'Explosions/Remote violence' },
  { why: 'plain vehicle of armed owners', text: 'Tribal fighters destroyed a vehicle belonging to army troops on the road to Kara.', type: 'Explosions/Remote violence' },
  { why: 'a stated weapon decides', text: 'Rebels destroyed an army tank with artillery shelling near Kara.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'a killing told first', text: 'Rebels killed four soldiers and destroyed their military vehicle near Kara.', type: 'Battles' },
  { why: 'destroyed during clashes', text: 'Rebels destroyed a military vehicle during heavy clashes with the army near Kara.', type: 'Battles' },
  { why: 'a trader\'s car', text: 'Gunmen destroyed a car belonging to a local trader in Kara.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  // forces that 'targeted' an armed target with no method, fire or fighting told: remote violence (rule remote.targeted-no-method)
  { why: 'targeted reinforcements', text: 'Government forces reportedly targeted rebel reinforcements on the road to Kara.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { why: 'targeted a camp', text: 'The rebels claimed to have targeted an army camp east of Kara.', type: 'Explosions/Remote violence' },
  { why: 'targeted with snipers', text: 'Rebel snipers targeted soldiers at a checkpoint near Kara.', type: 'Battles' },
  { why: 'targeted and shot a civilian', text: 'Gunmen targeted a shopkeeper in Kara and shot him dead.', type: 'Violence against civilians' },
  { why: 'backed by the air force', text: 'Army troops backed by the air force targeted rebel hideouts near Kara.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-vehicle-destroyed');

const cues: { norms: string; trigger: string; holds: boolean }[] = [
  { norms: 'forces destroyed a bmp infantry fighting vehicle of the army', trigger: 'destroyed', holds: true },
  { norms: 'they destroyed three military vehicles', trigger: 'destroyed', holds: true },
  { norms: 'they destroyed a vehicle belonging to pro government forces', trigger: 'destroyed', holds: true },
  { norms: 'they destroyed a vehicle belonging to a farmer', trigger: 'destroyed', holds: false },
  { norms: 'they destroyed the house , and a military vehicle', trigger: 'destroyed', holds: false },
  { norms: 'they killed two soldiers and destroyed a tank', trigger: 'killed', holds: false },
];

test('militaryVehicleDestroyed reads the destroy verb\'s object', () => {
  for (const c of cues) assert.equal(militaryVehicleDestroyed(c.norms.split(' '), c.trigger), c.holds, c.norms);
});
