import type { Doc } from '../pipeline/doc.js';
import type { Actor } from '../model/actor.js';
import { copyActor } from './to-model.js';
import { mapList } from '../util/lists.js';

/** The rule an actor's country read off a place name before it carries (provenance `inferred`). */
export const RULE_PLACE_NAMED = '+country-of-place-name';

/**
 * "Darfur rebels", "Donbas separatists", "Idlib militants", "Cabo Delgado insurgents": an unnamed actor (a generic
 * noun with no country) right after a place name is of that place's country, wherever the event happened ("Darfur
 * rebels attacked a town in Chad" → SDN). Only a place that ends where the actor's words begin, with nothing but
 * spaces between; the place keeps its own reading as a place.
 */
export function placeNamed(doc: Doc, actors: Actor[]): Actor[] {
  if (doc.places.length === 0 || !actors.some((a) => a.country === null && a.kind === 'generic')) return actors;
  return mapList(actors, (a) => {
    if (a.country !== null || a.kind !== 'generic') return a;
    const p = doc.places.find((m) => m.end <= a.span[0] && a.span[0] - m.end <= 1 && m.data.country !== null && doc.text.slice(m.end, a.span[0]).trim() === '');
    if (!p) return a;
    const c = copyActor(a, `${a.provenance.rule} ${RULE_PLACE_NAMED}`, 'inferred');
    c.country = p.data.country;
    return c;
  });
}
