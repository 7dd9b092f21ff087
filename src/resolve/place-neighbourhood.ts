import type { Doc, Mention, PlaceData } from '../pipeline/doc.js';
import { filled, type Filled } from '../pipeline/draft.js';
import { CITY_PART_ENTRY } from '../recognise/place-city-part.js';

/**
 * "in the Mazzeh neighbourhood of Damascus", "in Nurtepe neighborhood in Kagithane": an event whose first place is a
 * neighbourhood named before "neighbourhood of/in <town>" is coded, in event data, at the town: the neighbourhood is
 * a part of it that gazetteers lack (ACLED codes the town; it keeps the neighbourhood only as "Town - Part", which
 * place-city-part.ts reads). The town, when a place of the event or of its sentence, goes first; the neighbourhood
 * stays among the event's places (a finer reading of where it happened). Only the neighbourhood words: measured on
 * the ACLED notes (session 11), "X area of Y", "X village of Y" and "X district of Y" name the smaller place
 * as the coded one about as often as the town (docs/EVALUATION.md, geo14 and geo19).
 */

const NEIGHBOURHOOD = new Set(['neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods']);
/** Words that may stand between "of/in" and the town: "of the city of Taizz", "in the center of Ar-Raqqa city". */
const BETWEEN = new Set(['the', 'city', 'town', 'of', 'central', 'center', 'centre', 'eastern', 'western', 'northern', 'southern']);
/** How many such words at most. */
const MAX_BETWEEN = 4;

export const NEIGHBOURHOOD_TOWN_RULE = 'place:neighbourhood-town';

/** The token index where the town should start after the neighbourhood at [.., end), or -1. */
function townStart(doc: Doc, end: number, sentenceEnd: number): number {
  const t = doc.tokens;
  if (end >= sentenceEnd || !NEIGHBOURHOOD.has(t[end]!.norm)) return -1;
  const prep = t[end + 1]?.norm;
  if (prep !== 'of' && prep !== 'in') return -1;
  let k = end + 2;
  for (let n = 0; k < sentenceEnd && n < MAX_BETWEEN && !t[k]!.cap && BETWEEN.has(t[k]!.norm); n++) k++;
  return k < sentenceEnd ? k : -1;
}

/** The event's places with the town of a leading neighbourhood first (see above); the same list otherwise. */
export function townOfNeighbourhood(doc: Doc, places: Filled<Mention<PlaceData>>[]): Filled<Mention<PlaceData>>[] {
  const head = places[0];
  if (!head || head.mention.entry === CITY_PART_ENTRY || head.mention.data.precision === 'city') return places;
  const m = head.mention;
  const s = doc.sentences[m.sentence];
  if (!s) return places;
  const at = townStart(doc, m.tokenEnd, s.tokenEnd);
  if (at < 0) return places;
  const isTown = (p: Mention<PlaceData>): boolean => p.tokenStart === at && p.data.precision === 'city' && p.data.country !== null &&
    (m.data.country === null || p.data.country === m.data.country);
  for (let i = 1; i < places.length; i++) {
    if (isTown(places[i]!.mention)) return [places[i]!, ...places.filter((_, j) => j !== i)];
  }
  const town = doc.places.find((p) => p.sentence === m.sentence && isTown(p));
  return town ? [filled(town, NEIGHBOURHOOD_TOWN_RULE, 'inferred'), ...places] : places;
}
