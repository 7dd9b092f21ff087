import type { EventDraft } from '../../pipeline/draft.js';
import type { SentenceContext } from '../context.js';
import { AUXILIARIES_AT, SKIPPABLE_ADVERBS_AT } from '../words.js';

/**
 * Flight told as "fled" or "left" (`coerce.flee`): a displacement only when the people who flee are civilians named by a
 * noun just before the verb ("residents fled the village", "hundreds of families have left the camp"), or a quantity of
 * people who are no armed side ("thousands of Palestinians left the neighbourhood"). Fighters who "fled" after a clash,
 * a convoy that "left" a base, or an attack that "left three dead" are no displacement. "left" also needs the place or
 * the homes left as its object.
 */

/** Nouns of civilians who flee (plural heads; "all residents", "many families"). */
const FLEEING_PEOPLE = new Set(['civilians', 'residents', 'inhabitants', 'villagers', 'families', 'households', 'people', 'locals',
  'citizens', 'farmers', 'herders', 'pastoralists', 'refugees', 'women', 'children', 'migrants', 'displaced', 'idps', 'population', 'townspeople', 'dwellers']);

/** Quantity words before "of" that make "thousands of X" a crowd of people. */
const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'tens', 'millions', 'scores']);

/** Sectors of armed sides: their flight is a retreat, not a displacement. */
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'COP', 'SPY', 'CRM', 'GOV']);

/** Heads of what civilians leave: their homes or a settled place. */
const LEFT_OBJECTS = new Set(['homes', 'home', 'houses', 'house', 'village', 'villages', 'town', 'towns', 'city', 'area', 'areas', 'camp', 'camps',
  'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'district', 'region', 'locality', 'settlement', 'country', 'land', 'lands']);

function subjectIsCivilians(ctx: SentenceContext, start: number): boolean {
  let k = start - 1;
  while (k >= ctx.from && (ctx.is(k, AUXILIARIES_AT) || ctx.is(k, SKIPPABLE_ADVERBS_AT))) k--;
  if (k < ctx.from) return false;
  const actor = ctx.actor(k);
  if (actor && ARMED.has(actor.data.sector ?? '')) return false;
  if (FLEEING_PEOPLE.has(ctx.norm(k))) return true;
  // "thousands of Palestinians", "hundreds of Rohingya": a quantity of people of a named group (not of an armed side)
  const first = actor ? actor.tokenStart : k;
  return actor !== undefined && first - 2 >= ctx.from && ctx.norm(first - 1) === 'of' && QUANTITIES.has(ctx.norm(first - 2));
}

/** The object of "left" is a place or a home ("left the village", "left Kadugli", "left their homes"). */
function placeLeft(ctx: SentenceContext, end: number): boolean {
  for (let k = end; k < Math.min(ctx.to, end + 4); k++) {
    if (ctx.place(k) || LEFT_OBJECTS.has(ctx.norm(k))) return true;
    if (ctx.norm(k) === ',' || ctx.isBoundary(k)) return false;
  }
  return false;
}

/** A reason to drop a `coerce.flee` draft, or null when it tells civilians fleeing. */
export function fleeRejection(ctx: SentenceContext, draft: EventDraft): string | null {
  const start = draft.trigger.tokenStart;
  const end = draft.trigger.tokenEnd;
  if (!subjectIsCivilians(ctx, start)) return 'flee:no-civilian-subject';
  const last = ctx.norm(end - 1);
  if (last === 'left' && !placeLeft(ctx, end)) return 'flee:left-without-place';
  return null;
}

/** Verbs of flight whose object is what people flee. */
const FLIGHT_VERBS = new Set(['fled', 'fleeing', 'flee', 'flees', 'escaping', 'escaped']);

/**
 * "thousands of civilians fled the bombardment of the town", "families fleeing the fighting": a violence noun that is the
 * object of a flight verb (over a determiner, adjectives and names, no comma) tells why people fled; the flight is the
 * event told, so the noun makes none. Only with civilians fleeing: "the fighters fled the clashes" keeps the clash.
 */
export function fledFromNoun(ctx: SentenceContext, start: number): boolean {
  for (let k = start - 1; k >= Math.max(ctx.from, start - 6); k--) {
    const n = ctx.norm(k);
    if (n === ',' || ctx.isBoundary(k)) return false;
    if (FLIGHT_VERBS.has(n)) return subjectIsCivilians(ctx, k);
  }
  return false;
}
