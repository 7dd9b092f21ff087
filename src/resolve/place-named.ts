import type { Doc } from '../pipeline/doc.js';
import type { Actor } from '../model/actor.js';
import { copyActor } from './to-model.js';
import { mapList } from '../util/lists.js';
import { RULE_HARMED_PERSON } from '../recognise/actor-rules/composite.js';

/** The rule an actor's country read off a place name before it carries (provenance `inferred`). */
export const RULE_PLACE_NAMED = '+country-of-place-name';

/**
 * "Darfur rebels", "Donbas separatists", "Idlib militants", "Cabo Delgado insurgents": an unnamed actor (a generic
 * noun with no country) right after a place name is of that place's country, wherever the event happened ("Darfur
 * rebels attacked a town in Chad" → SDN). Only a place that ends where the actor's words begin, with nothing but
 * spaces between; the place keeps its own reading as a place. A harmed person noun is also of the place in its "of"
 * phrase right after it ("the mayor of Kandahar", "the deputy governor of the Tyumen region"); not other nouns, whose
 * "of" place is often a small unit the gazetteer reads abroad ("residents of the Galerias neighbourhood").
 */
/** A harmed profession or office with no owner ("killed a lawyer", "the mayor was shot"): composite.ts. */
export function harmedPerson(a: Actor): boolean {
  return a.kind === 'person' && a.entry === null && a.provenance.rule.includes(RULE_HARMED_PERSON);
}

/** An actor no name places: a generic noun or a harmed person noun, with no country. */
export function unnamedActor(a: Actor): boolean {
  return a.country === null && (a.kind === 'generic' || harmedPerson(a));
}

/** The words between an actor and the place that owns it after it: "the mayor of Kandahar", "residents of the Donetsk region". */
const OF_THE = /^\s+of\s+(?:the\s+)?$/i;

export function placeNamed(doc: Doc, actors: Actor[]): Actor[] {
  if (doc.places.length === 0 || !actors.some(unnamedActor)) return actors;
  return mapList(actors, (a) => {
    if (!unnamedActor(a)) return a;
    const p = doc.places.find((m) => m.end <= a.span[0] && a.span[0] - m.end <= 1 && m.data.country !== null && doc.text.slice(m.end, a.span[0]).trim() === '')
      ?? (harmedPerson(a) ? doc.places.find((m) => m.start >= a.span[1] && m.start - a.span[1] <= 9 && m.data.country !== null && OF_THE.test(doc.text.slice(a.span[1], m.start))) : undefined);
    if (!p) return a;
    const c = copyActor(a, `${a.provenance.rule} ${RULE_PLACE_NAMED}`, 'inferred');
    c.country = p.data.country;
    return c;
  });
}
