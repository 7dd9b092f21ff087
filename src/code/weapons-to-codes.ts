import type { WeaponData } from '../pipeline/doc.js';
import { emptyList } from '../util/lists.js';

/** Weapon category → CAMEO code for a generic use of force, and the PLOVER ASSAULT mode. */
const BY_CATEGORY: Record<string, { cameo: string; mode: string; rank: number }> = {
  suicide: { cameo: '1831', mode: 'suicide-attack', rank: 9 },
  chemical: { cameo: '2041', mode: 'unconventional', rank: 8 },
  air: { cameo: '195', mode: 'aerial', rank: 7 },
  drone: { cameo: '195', mode: 'drone', rank: 7 },
  missile: { cameo: '194', mode: 'heavy-weapons', rank: 6 },
  rocket: { cameo: '194', mode: 'heavy-weapons', rank: 6 },
  artillery: { cameo: '194', mode: 'heavy-weapons', rank: 6 },
  armour: { cameo: '194', mode: 'heavy-weapons', rank: 5 },
  naval: { cameo: '190', mode: 'heavy-weapons', rank: 4 },
  explosive: { cameo: '183', mode: 'explosives', rank: 5 },
  grenade: { cameo: '183', mode: 'explosives', rank: 4 },
  'small-arms': { cameo: '193', mode: 'firearms', rank: 3 },
  blade: { cameo: '182', mode: 'primitive', rank: 2 },
  'crowd-control': { cameo: '175', mode: 'crowd-control', rank: 1 },
};

/** Codes that weapons may refine: the generic uses of force. */
const REFINABLE = new Set(['190', '180', '183', '194']);

export function weaponModes(weapons: WeaponData[]): string[] {
  const modes: string[] = emptyList();
  for (const w of weapons) {
    const m = BY_CATEGORY[w.category]?.mode;
    if (m && !modes.includes(m)) modes.push(m);
  }
  return modes;
}

/** The CAMEO code refined by the most specific weapon, or the trigger's own code. */
export function refineCameo(cameo: string, weapons: WeaponData[]): { cameo: string; rule: string } {
  if (!REFINABLE.has(cameo)) return { cameo, rule: 'trigger' };
  let best: { cameo: string; rank: number; category: string } | null = null;
  for (const w of weapons) {
    const c = BY_CATEGORY[w.category];
    if (c && (!best || c.rank > best.rank)) best = { cameo: c.cameo, rank: c.rank, category: w.category };
  }
  if (!best) return { cameo, rule: 'trigger' };
  if (cameo === '183' && best.rank < 8) return { cameo, rule: 'trigger' };
  // "rocket attacks" already codes heavy weapons: only aerial weapons (drones, aircraft) or worse refine it
  if (cameo === '194' && best.rank < 7) return { cameo, rule: 'trigger' };
  return { cameo: best.cameo, rule: `weapon:${best.category}` };
}
