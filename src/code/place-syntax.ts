import type { SentenceContext } from './context.js';
import { DETERMINERS, DETERMINERS_BUT_OF } from './words.js';
import type { Mention, PlaceData } from '../pipeline/doc.js';
import type { LocationPrecision } from '../model/location.js';

/**
 * Syntax of a place inside its clause, for attaching it to an event: the word that governs it past
 * determiners and direction or area qualifiers ("in northern Iraq", "through downtown Bangkok"), the
 * nouns after which "of" is locative ("the southern edge of Kabul", "the streets of Kampala", "the town
 * of Sheykler"), and reported speech between a place and a trigger ("a spokesman in Washington said
 * troops killed …": Washington is where the speaker is, not the event).
 */

/** Direction and area words between a preposition and its place ("in northern Iraq", "in rural Idlib"). */
export const QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast',
  'southwest', 'greater', 'downtown', 'rural', 'occupied', 'besieged', 'nearby', 'neighbouring', 'neighboring', 'far', 'upper', 'lower',
  'restive', 'volatile', 'troubled', 'embattled', 'remote', 'mountainous', 'disputed', 'tribal', 'coastal', 'border', 'northernmost',
  'southernmost', 'easternmost', 'westernmost',
]);

/** Nouns after which "of" introduces where something is ("on the southern edge of Kabul"). */
const LOCATIVE_HEADS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'outskirt', 'countryside', 'vicinity',
  'environs', 'city', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'governorate', 'district', 'districts', 'area', 'areas',
  'region', 'suburbs', 'suburb', 'outside', 'centre', 'center', 'part', 'parts', 'edge', 'heart', 'streets', 'neighbourhood', 'neighborhood',
  'neighbourhoods', 'neighborhoods', 'quarter', 'municipality', 'island', 'islands', 'port', 'capital', 'coast', 'shores', 'battlefields',
  'state', 'county', 'camp', 'territory', 'entrance', 'gates', 'interior', 'south', 'rest', 'hills', 'mountains', 'valley',
]);

/** Reporting words that open or close reported speech (src/code/reporting.ts reads the same class). */
const REPORTING = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'added', 'announced', 'reported', 'reports', 'claimed', 'claims', 'confirmed',
  'noted', 'wrote', 'tweeted', 'posted', 'insisted', 'declared', 'explained', 'according', 'speaking',
]);

/** The word governing the place starting at token `start`, past determiners and qualifiers (index -1: none). */
export function placeGovernor(ctx: SentenceContext, start: number): { norm: string; index: number } {
  let k = start - 1;
  while (k >= ctx.from && ((DETERMINERS.has(ctx.norm(k)) && ctx.norm(k) !== 'of') || QUALIFIERS.has(ctx.norm(k)))) k--;
  return { norm: k >= ctx.from ? ctx.norm(k) : '', index: k };
}

/** A direction or area qualifier stands between the governor and the place: a part of it ("in southern Yemen"). */
export function qualified(ctx: SentenceContext, governor: number, start: number): boolean {
  for (let k = governor + 1; k < start; k++) if (QUALIFIERS.has(ctx.norm(k))) return true;
  return false;
}

/** "of" at `of` follows a locative noun ("edge of", "town of", "east of"). */
export function locativeOf(ctx: SentenceContext, of: number): boolean {
  return ctx.norm(of) === 'of' && of - 1 >= ctx.from && LOCATIVE_HEADS.has(ctx.norm(of - 1));
}

/** Prepositions that place a speaker ("officials in Nairobi said", "a spokesman at the UN told"). */
const SPEAKER_PREPS = new Set(['in', 'at', 'from']);
/** Longest speaker phrase before its place's preposition, after the comma that opens it ("…, relief officials in"). */
const SPEAKER_PHRASE = 5;

/**
 * The index after a speaker's place phrase at k ("in Nairobi" before "said"), when a reporting verb follows it; else -1.
 * "…, killing 20 people, aid workers in Nairobi said": the place says where the speaker is, never the event.
 */
export function speakerPlaceEnd(ctx: SentenceContext, k: number): number {
  if (!SPEAKER_PREPS.has(ctx.norm(k))) return -1;
  let j = k + 1;
  if (ctx.norm(j) === 'the') j++;
  const p = ctx.place(j);
  if (!p || p.tokenStart !== j) return -1;
  return REPORTING.has(ctx.norm(p.tokenEnd)) && ctx.norm(p.tokenEnd + 1) !== 'to' ? p.tokenEnd : -1;
}

/**
 * The place p is in the speaker phrase of a reporting verb after a comma: "…, relief officials in Nairobi said".
 * The phrase between the comma and the preposition holds at most SPEAKER_PHRASE words and no other comma.
 */
export function inSpeakerPhrase(ctx: SentenceContext, p: Mention<PlaceData>): boolean {
  let g = p.tokenStart - 1;
  if (ctx.norm(g) === 'the') g--;
  if (g <= ctx.from || speakerPlaceEnd(ctx, g) < 0) return false;
  for (let j = g - 1; j >= ctx.from && j >= g - 1 - SPEAKER_PHRASE; j--) {
    if (ctx.norm(j) === ',') return j < g - 1;
    if (ctx.isBoundary(j) || ctx.token(j)?.kind !== 'word') return false;
  }
  return false;
}

/** A reporting word lies strictly between tokens a and b (either order): the two are in different clauses. */
export function reportingBetween(ctx: SentenceContext, a: number, b: number): boolean {
  return reportingIn((k) => ctx.norm(k), a, b);
}

/** reportingBetween over any token reader (the resolve stage reads doc.tokens). */
export function reportingIn(norm: (k: number) => string, a: number, b: number): boolean {
  const from = Math.min(a, b), to = Math.max(a, b);
  // a passive "were reported" reports the event itself ("air raids were reported on Harad")
  for (let k = from + 1; k < to; k++) if (REPORTING.has(norm(k)) && !BE.has(norm(k - 1))) return true;
  return false;
}

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

const RANK: Record<LocationPrecision, number> = { site: 0, city: 1, admin1: 2, country: 3, region: 4 };

/**
 * The place p is followed by "of" a finer place: p is its container ("the West Bank city of Hebron", "the Idlib
 * countryside town of Saraqib"). Not when p is the finer one ("Hays district of Hudaydah").
 */
export function containerOf(ctx: SentenceContext, p: Mention<PlaceData>): boolean {
  const k = p.tokenEnd;
  if (ctx.norm(k) !== 'of') return false;
  let j = k + 1;
  while (j < ctx.to && ctx.is(j, DETERMINERS_BUT_OF)) j++;
  const next = ctx.place(j);
  return next !== undefined && next.tokenStart === j && RANK[next.data.precision] < RANK[p.data.precision];
}

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although']);
const FINITE = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would']);

/**
 * A new clause opens between tokens a and b: a coordinator followed within three words by a finite auxiliary ("captured
 * last year and Varela was killed in …", "was captured and is accused of …").
 */
export function clauseBreakBetween(ctx: SentenceContext, a: number, b: number): boolean {
  const from = Math.min(a, b), to = Math.max(a, b);
  for (let k = from + 1; k < to; k++) {
    if (!COORDINATORS.has(ctx.norm(k))) continue;
    for (let j = k + 1; j <= k + 3 && j < to; j++) if (FINITE.has(ctx.norm(j))) return true;
  }
  return false;
}

/** Verbs whose object is the ground they act on: "captured much of Liberia", "patrolled the Malacca Straits", "shelled Saraqib". */
const TERRITORIAL = new Set([
  'captured', 'capture', 'captures', 'capturing', 'seized', 'seize', 'seizing', 'patrolled', 'patrol', 'patrols', 'patrolling',
  'shelled', 'shelling', 'bombed', 'bombing', 'bombarded', 'bombarding', 'stormed', 'storming', 'besieged', 'besieging', 'raided',
  'raiding', 'overran', 'overrun', 'liberated', 'liberating', 'recaptured', 'recapturing', 'retook', 'retaken', 'entered', 'invaded',
  'invading', 'occupied', 'occupying', 'secured',
]);
const OBJECT_PARTS = new Set(['much', 'most', 'part', 'parts', 'all', 'of', 'areas', 'area', 'swathes', 'swaths']);

/** The place starting at `start` is the object of a territorial verb at `verb` (past determiners, qualifiers and "much of"). */
export function territorialObject(ctx: SentenceContext, verb: number, start: number): boolean {
  if (!TERRITORIAL.has(ctx.norm(verb)) || start <= verb) return false;
  // "shelled the southern regional capital Juba": a unit noun in apposition, after at most two lower-case modifiers
  let unit = start;
  while (unit - 1 > verb && APPOSITIVE_UNITS.has(ctx.norm(unit - 1))) unit--;
  if (unit < start) {
    let k = unit;
    while (k - 1 > verb && k > unit - 2 && ctx.token(k - 1)?.kind === 'word' && ctx.token(k - 1)?.cap === false && !DETERMINERS.has(ctx.norm(k - 1)) && !QUALIFIERS.has(ctx.norm(k - 1))) k--;
    start = k;
  }
  for (let k = verb + 1; k < start; k++) {
    const n = ctx.norm(k);
    if (!((DETERMINERS.has(n) && n !== 'of') || QUALIFIERS.has(n) || OBJECT_PARTS.has(n))) return false;
  }
  return true;
}

/**
 * The place at `place`, after the trigger at `trigger`, lies in a later coordinated clause with a finite verb of its own
 * ("was captured in Thailand in 2003 and is now in U.S. custody": the custody is not where the capture was). Only this
 * order: before a trigger, "and" + auxiliary is mostly a coordinated subject ("in X, a man and a woman were shot"). A
 * relative clause is no barrier: "killed a man who was riding home in X district" is mostly where the act was.
 */
export function laterClause(ctx: SentenceContext, trigger: number, place: number): boolean {
  return place > trigger && clauseBreakBetween(ctx, trigger, place);
}

/** Unit nouns that stand in apposition before a place's name ("the capital Sanaa", "the Belarus capital Minsk"). */
const APPOSITIVE_UNITS = new Set([
  'capital', 'city', 'town', 'village', 'province', 'district', 'governorate', 'region', 'port', 'neighbourhood', 'neighborhood',
  'suburb', 'camp', 'state', 'county', 'municipality',
]);

/**
 * The governor of a place named in apposition to a unit noun ("in the capital Sanaa", "in the Belarus capital Minsk",
 * "in Yemen's port city Hodeidah"): the word governing the unit noun, past determiners, qualifiers, capitalised
 * modifiers (a container's name or demonym, at most three words) and a possessive "'s". Otherwise the plain governor.
 */
export function appositiveGovernor(ctx: SentenceContext, start: number): { norm: string; index: number } {
  // "outside Mecca's Al-Nur hospital": the container's governor
  const owner = possessiveContainer(ctx, start);
  if (owner) return placeGovernor(ctx, owner.tokenStart);
  const g = placeGovernor(ctx, start);
  if (!APPOSITIVE_UNITS.has(g.norm) || g.index !== start - 1) return g;
  let k = g.index - 1;
  while (k >= ctx.from && APPOSITIVE_UNITS.has(ctx.norm(k))) k--; // "port city"
  for (let n = 0; n < 4 && k >= ctx.from && (ctx.token(k)?.cap === true || ctx.norm(k) === "'s" || ctx.norm(k) === '-'); n++) k--;
  if (k === g.index - 1) return placeGovernor(ctx, g.index);
  return placeGovernor(ctx, k + 1);
}

/** At most two lower-case words from k ("walled", "main"), and the index past them. */
function pastModifiers(ctx: SentenceContext, k: number): number {
  let j = k;
  while (j < ctx.to && j < k + 2 && ctx.token(j)?.kind === 'word' && ctx.token(j)?.cap === false && !APPOSITIVE_UNITS.has(ctx.norm(j))) j++;
  return j;
}

/**
 * The place p is a container named before a unit noun and the finer place in apposition ("the Belarus capital Minsk"),
 * or before a possessive and a finer place, over at most two lower-case words ("Jerusalem's walled Old City", "Mecca's
 * Al-Nur hospital", "Manhattan's Chelsea section").
 */
export function containerBeforeApposition(ctx: SentenceContext, p: Mention<PlaceData>): boolean {
  let k = p.tokenEnd;
  const possessive = ctx.norm(k) === "'s";
  if (possessive) k++;
  let units = 0;
  while (k < ctx.to && APPOSITIVE_UNITS.has(ctx.norm(k))) { k++; units++; }
  if (units === 0 && possessive) k = pastModifiers(ctx, k);
  const next = units > 0 || possessive ? ctx.place(k) : undefined;
  // (a possessive's head lies inside its owner even at the same rank: "Manhattan's Chelsea section")
  return next !== undefined && next.tokenStart === k && (RANK[next.data.precision] < RANK[p.data.precision] || (possessive && units === 0 && RANK[next.data.precision] === RANK[p.data.precision]));
}

/**
 * The container place before a possessive that holds the place starting at `start` ("in Jerusalem's walled Old City":
 * Jerusalem), past at most two lower-case words; undefined when there is none.
 */
export function possessiveContainer(ctx: SentenceContext, start: number): Mention<PlaceData> | undefined {
  let k = start - 1;
  for (let n = 0; n < 2 && k > ctx.from && ctx.token(k)?.kind === 'word' && ctx.token(k)?.cap === false && ctx.norm(k) !== "'s"; n++) k--;
  if (ctx.norm(k) !== "'s") return undefined;
  const p = ctx.place(k - 1);
  return p !== undefined && p.tokenEnd === k ? p : undefined;
}
