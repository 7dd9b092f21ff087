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
 * document (rebuilt if the list grew): the look-ups below cost the few offsets they may match, not every place.
 */
interface PlaceIndex {
  places: Doc['places'];
  count: number;
  byEnd: Map<number, number[]>;
  byStart: Map<number, number[]>;
}
const indexes = new WeakMap<Doc, PlaceIndex>();

function indexOf(doc: Doc): PlaceIndex {
  const old = indexes.get(doc);
  if (old && old.places === doc.places && old.count === doc.places.length) return old;
  const byEnd = new Map<number, number[]>();
  const byStart = new Map<number, number[]>();
  doc.places.forEach((m, i) => {
    const e = byEnd.get(m.end);
    if (e) e.push(i);
    else byEnd.set(m.end, [i]);
    const st = byStart.get(m.start);
    if (st) st.push(i);
    else byStart.set(m.start, [i]);
  });
  const idx = { places: doc.places, count: doc.places.length, byEnd, byStart };
  indexes.set(doc, idx);
  return idx;
}

/** The first place in document order among the offsets `from..to` of `map` that passes `ok`, as `find` over all would. */
function firstAt(doc: Doc, map: Map<number, number[]>, from: number, to: number, ok: (m: Doc['places'][number]) => boolean): Doc['places'][number] | undefined {
  let best = -1;
  for (let o = from; o <= to; o++) {
    const l = map.get(o);
    if (!l) continue;
    for (const i of l) if ((best < 0 || i < best) && ok(doc.places[i]!)) { best = i; break; }
  }
  return best < 0 ? undefined : doc.places[best];
}

export function placeNamed(doc: Doc, actors: Actor[]): Actor[] {
  if (doc.places.length === 0 || !actors.some(unnamedActor)) return actors;
  const idx = indexOf(doc);
  return mapList(actors, (a) => {
    if (!unnamedActor(a)) return a;
    const p = firstAt(doc, idx.byEnd, a.span[0] - 1, a.span[0], (m) => m.data.country !== null && doc.text.slice(m.end, a.span[0]).trim() === '')
      ?? (harmedPerson(a) ? firstAt(doc, idx.byStart, a.span[1], a.span[1] + 9, (m) => m.data.country !== null && OF_THE.test(doc.text.slice(a.span[1], m.start))) : undefined);
    if (!p) return a;
    const c = copyActor(a, `${a.provenance.rule} ${RULE_PLACE_NAMED}`, 'inferred');
    c.country = p.data.country;
    return c;
  });
}
