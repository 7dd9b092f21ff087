import type { Actor } from '../../model/actor.js';
import { type Evidence, isVeto, none, points, pointsOf, veto } from '../evidence.js';

function isGeneric(a: Actor): boolean {
  return a.kind === 'generic' || a.entry === null;
}

function key(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * Two actors: same canonical name: 1 point (0.5 when both are generic phrases such as "gunmen");
 * a generic phrase and a group sharing a patron ("Iran-backed militias", "Kataib Hezbollah"): 0.5;
 * named actors of the same country and sector ("Israeli army", "IDF" resolved apart): 0.5;
 * a generic phrase compatible in country and sector: 0.25. Anything else: veto.
 */
export function actorPair(a: Actor, b: Actor): Evidence {
  const ga = isGeneric(a);
  const gb = isGeneric(b);
  if (key(a.name) === key(b.name)) return points(ga && gb ? 0.5 : 1);
  const patrons = new Set(a.backedBy.map(key));
  const sharedPatron = b.backedBy.some((p) => patrons.has(key(p)));
  if ((ga || gb) && sharedPatron) return points(0.5);
  const sameCountry = a.country !== null && a.country === b.country;
  const countryOk = a.country === null || b.country === null || a.country === b.country;
  const sectorOk = a.sector === null || b.sector === null || a.sector === b.sector;
  if (!ga && !gb) return sameCountry && a.sector !== null && a.sector === b.sector ? points(0.5) : veto('actor');
  return countryOk && sectorOk ? points(0.25) : veto('actor');
}

/** Two actor lists: the best pair decides; an empty side is no evidence; veto only if every pair vetoes. */
export function actorsRule(as: Actor[], bs: Actor[]): Evidence {
  if (as.length === 0 || bs.length === 0) return none;
  let best: Evidence | null = null;
  for (const a of as) {
    for (const b of bs) {
      const e = actorPair(a, b);
      if (best === null || (isVeto(best) && !isVeto(e)) || (!isVeto(e) && pointsOf(e) > pointsOf(best))) best = e;
    }
  }
  return best ?? none;
}
