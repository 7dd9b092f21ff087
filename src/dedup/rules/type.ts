import type { Event } from '../../model/event.js';
import { type Evidence, none, veto } from '../evidence.js';

/** Modalities that report the event as having happened (or happening). */
const REAL = new Set(['asserted', 'ongoing']);

/**
 * Type rule: same PLOVER type, or the same ACLED event type when both have one (a "clash" coded
 * COERCE in one outlet and ASSAULT in another is still one battle). A threat, a denial or a
 * hypothetical is never the same event as a report that it happened.
 */
export function typeRule(a: Event, b: Event): Evidence {
  if (REAL.has(a.modality) !== REAL.has(b.modality)) return veto('modality');
  if (!REAL.has(a.modality) && a.modality !== b.modality) return veto('modality');
  if (a.codes.plover.type === b.codes.plover.type) return none;
  const x = a.codes.acled;
  const y = b.codes.acled;
  if (x && y && x.eventType === y.eventType) return none;
  return veto('type');
}
