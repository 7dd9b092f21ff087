import type { Event } from '../../model/event.js';
import type { Quantity } from '../../model/quantity.js';
import { type Evidence, points, veto } from '../evidence.js';

/** Kinds whose counts are compared (weapons are compared by category in the weapons rule). */
const COMPARED = ['killed', 'injured'] as const;

/** Total stated count of one kind in an event, and whether it is exact; null when not stated. */
export function countOf(quantities: Quantity[], kind: string): { value: number; exact: boolean } | null {
  let total = 0;
  let found = false;
  let exact = true;
  for (const q of quantities) {
    if (q.kind !== kind) continue;
    const v = q.value ?? q.min;
    if (v === null) { exact = false; continue; }
    total += v;
    found = true;
    if (q.approximate) exact = false;
  }
  return found ? { value: total, exact } : null;
}

/**
 * Figures rule. Equal counts: 0.5 points per kind. Different but consistent counts (a toll that
 * rose, or outlets disagreeing, e.g. 3 vs 5 killed) are kept side by side with no evidence either
 * way. Counts too far apart to be one event (larger > 3 × smaller + 10): veto. Within one article,
 * two different exact counts of the same kind mean two events (veto).
 */
export function figuresRule(a: Event, b: Event, sameArticle: boolean): Evidence {
  let total = 0;
  for (const kind of COMPARED) {
    const x = countOf(a.quantities, kind);
    const y = countOf(b.quantities, kind);
    if (!x || !y) continue;
    if (x.value === y.value) { total += 0.5; continue; }
    if (sameArticle && x.exact && y.exact) return veto(`${kind}-in-article`);
    const lo = Math.min(x.value, y.value);
    const hi = Math.max(x.value, y.value);
    if (hi > 3 * lo + 10) return veto(kind);
  }
  return points(total);
}
