import type { Location } from '../../model/location.js';
import type { DedupOptions } from '../types.js';
import { type Evidence, isVeto, none, points, pointsOf, veto } from '../evidence.js';

import { haversineKm as km } from '../../resolve/geo-distance.js';

const FINE = new Set(['site', 'city']);

function norm(s: string | null): string | null {
  return s === null ? null : s.trim().toLowerCase();
}

/** Lower case without diacritics ("Paraíba" → "paraiba"). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}

/**
 * A city named like its province ("Idlib" in Idlib governorate, "Aleppo") is ambiguous: "in
 * Idlib" may mean either, so it only counts as precise as the province.
 */
export function isFine(l: Location): boolean {
  if (!FINE.has(l.precision)) return false;
  return !(l.admin1 && fold(l.admin1) === fold(l.name));
}

/**
 * Two places: fine places (site/city, see isFine) within `maxKm` (or of the same name): 2 points; same
 * admin1 when one is only known to admin1: 0.5 (a province holds many villages the gazetteer may
 * not know); same country when one is only known to the country: 0.25. Different countries, different admin1 areas, or fine places farther apart: veto.
 * Regions ("the Middle East") carry no evidence.
 */
export function placePair(a: Location, b: Location, options: DedupOptions): Evidence {
  if (a.precision === 'region' || b.precision === 'region') return none;
  if (a.country && b.country && a.country !== b.country) return veto('country');
  if (isFine(a) && isFine(b)) {
    if (a.entry && a.entry === b.entry) return points(2);
    if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
      return km(a.lat, a.lon, b.lat, b.lon) <= options.maxKm ? points(2) : veto('distance');
    }
    if (norm(a.name) === norm(b.name)) return points(2);
  }
  const a1 = norm(a.admin1);
  const b1 = norm(b.admin1);
  if (a1 && b1) return a1 === b1 ? points(0.5) : veto('admin1');
  if (a.country && b.country) return points(0.25);
  return none;
}

/** Place rule over all the locations of two events: the best pair decides; veto only if every pair vetoes. */
export function placeRule(as: Location[], bs: Location[], options: DedupOptions): Evidence {
  let best: Evidence | null = null;
  for (const a of as) {
    for (const b of bs) {
      const e = placePair(a, b, options);
      if (best === null || (isVeto(best) && !isVeto(e)) || (!isVeto(e) && pointsOf(e) > pointsOf(best))) best = e;
    }
  }
  return best ?? none;
}
