import type { Event } from '../../model/event.js';
import { type Evidence, none, points } from '../evidence.js';

/** Weapons rule: a shared weapon category (drone, rocket, artillery, …): 0.5 points; never a veto. */
export function weaponsRule(a: Event, b: Event): Evidence {
  if (a.weapons.length === 0 || b.weapons.length === 0) return none;
  const cats = new Set(a.weapons.map((w) => w.category));
  return b.weapons.some((w) => cats.has(w.category)) ? points(0.5) : none;
}
