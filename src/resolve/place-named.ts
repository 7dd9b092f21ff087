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

/**
 * Places by end offset and by start offset, each list in `doc.places` order with the place's index, built once per
 * document on first use (rebuilt if the list grew): the look-ups below cost the few offsets they may match, not every
 * place. The start map is read only for harmed persons, so it is built apart.
 */
interface PlaceIndex {
  places: Doc['places'];
  count: number;
  byEnd: Map<number, number[]>;
  byStart: Map<number, number[]> | null;
}
const indexes = new WeakMap<Doc, PlaceIndex>();

function offsetMap(places: Doc['places'], end: boolean): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let i = 0; i < places.length; i++) {
    const m = places[i]!;
    const o = end ? m.end : m.start;
    const l = map.get(o);
    if (l) l.push(i);
    else map.set(o, [i]);
  }
  return map;
}

function indexOf(doc: Doc): PlaceIndex {
  const old = indexes.get(doc);
  if (old && old.places === doc.places && old.count === doc.places.length) return old;
  const idx: PlaceIndex = { places: doc.places, count: doc.places.length, byEnd: offsetMap(doc.places, true), byStart: null };
  indexes.set(doc, idx);
  return idx;
}

function byStart(doc: Doc, idx: PlaceIndex): Map<number, number[]> {
  return (idx.byStart ??= offsetMap(doc.places, false));
}

/** Up to this many places, a look-up reads them all in order (cheaper than building the offset maps). */
const SCAN_MAX = 24;

type Place = Doc['places'][number];

/** "Darfur rebels": a place with a country ending where the actor's words begin, nothing but spaces between. */
function namesBefore(doc: Doc, m: Place, at: number): boolean {
  return m.data.country !== null && doc.text.slice(m.end, at).trim() === '';
}

/** "the mayor of Kandahar": a place with a country after "of (the)" right after the actor. */
function namesAfter(doc: Doc, m: Place, at: number): boolean {
  return m.data.country !== null && OF_THE.test(doc.text.slice(at, m.start));
}

/**
 * The first place in document order whose end (`before`) or start offset lies in `from..to` and that names the actor,
 * as `find` over all places would.
 */
function firstAt(doc: Doc, before: boolean, from: number, to: number, at: number): Place | undefined {
  const places = doc.places;
  if (places.length <= SCAN_MAX) {
    for (const m of places) {
      const o = before ? m.end : m.start;
      if (o >= from && o <= to && (before ? namesBefore(doc, m, at) : namesAfter(doc, m, at))) return m;
    }
    return undefined;
  }
  const idx = indexOf(doc);
  const map = before ? idx.byEnd : byStart(doc, idx);
  let best = -1;
  for (let o = from; o <= to; o++) {
    const l = map.get(o);
    if (!l) continue;
    for (const i of l) {
      if (best >= 0 && i >= best) break;
      if (before ? namesBefore(doc, places[i]!, at) : namesAfter(doc, places[i]!, at)) { best = i; break; }
    }
  }
  return best < 0 ? undefined : places[best];
}

function placeNamedOne(doc: Doc, a: Actor): Actor {
  if (!unnamedActor(a)) return a;
  const p = firstAt(doc, true, a.span[0] - 1, a.span[0], a.span[0])
    ?? (harmedPerson(a) ? firstAt(doc, false, a.span[1], a.span[1] + 9, a.span[1]) : undefined);
  if (!p) return a;
  const c = copyActor(a, `${a.provenance.rule} ${RULE_PLACE_NAMED}`, 'inferred');
  c.country = p.data.country;
  return c;
}

export function placeNamed(doc: Doc, actors: Actor[]): Actor[] {
  if (doc.places.length === 0 || !actors.some(unnamedActor)) return actors;
  return mapList(actors, (a) => placeNamedOne(doc, a));
}
