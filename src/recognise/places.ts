import type { Doc, Mention, PlaceData, Token } from '../pipeline/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { copyCandidate, gazetteer, toPlaceData, type Gazetteer, type GeoCandidate } from '../resolve/gazetteer.js';
import { placeKey } from '../resolve/gazetteer-key.js';
import { rank, rankBest, WEIGHTS } from '../resolve/geo-disambiguate.js';
import { haversineKm } from '../resolve/geo-distance.js';
import { isUpperText } from './trie.js';
import { clearReading, placeSpans, type PlaceSpan } from './place-match.js';
import { placeWords, type PlaceWords } from './place-words.js';
import { documentContext } from './place-context.js';
import { anchorsOf } from './place-abroad.js';
import { tokenAt } from '../pipeline/token-at.js';
import { emptyList, mapList } from '../util/lists.js';
import { addUnlistedPlaces, namesakesAtHome } from './place-unlisted.js';
import { addPossessiveSites } from './place-possessive.js';
import { addCityParts } from './place-city-part.js';
import { afterUnknownTown, decide, decideChosen, METONYM_RULE, HYPHEN_HOME_RULE, NAME_HEAD_RULE, NAMESAKE_RULE, POSSESSIVE_ACTOR_RULE, namesakeHome, type FilterInput } from './place-filter.js';
import { actorInnerSpans } from './place-in-actor.js';
import { demonymToponyms } from './place-demonym.js';
import { streetSuffix, streetToponyms } from './place-street.js';
import { givenNames } from './actor-rules/given-names.js';

/**
 * The place recogniser: finds country, admin1, city and region names in each sentence, drops readings that
 * are not places here (place-filter.ts), and resolves the rest against the gazetteer with document context
 * (geo-disambiguate.ts). Spans taken by outlets or actors are skipped, except actors that can also be places
 * ("Iran", "Tehran") when a locative preposition governs them ("detainees in Iran").
 */

let words: { g: Gazetteer; w: PlaceWords } | null = null;
function wordsOf(g: Gazetteer): PlaceWords {
  if (!words || words.g !== g) words = { g, w: placeWords(g) };
  return words.w;
}

/**
 * `named`, when given, receives the toponyms the actor stage took (doc.placeNames): a country or capital read as its
 * state or government ("Egypt proposed a conference"), a place inside a person or generic actor ("Athens Police", "a
 * Paris man"). They are names of places, never the place of an event, and do not steer the readings of the others.
 */
export function recognisePlaces(doc: Doc, g: Gazetteer = gazetteer(), named: Mention<PlaceData>[] | null = null): Mention<PlaceData>[] {
  const w = wordsOf(g);
  const upper = isUpperText(doc.text);
  const tokens = doc.tokens;
  const taken = takenTokens(doc);
  const blocked = (k: number) => taken[k] === 1;

  const spans: PlaceSpan[] = [];
  for (const s of doc.sentences) {
    const found = placeSpans(doc, g, w, s.index, upper, blocked);
    for (let k = 0; k < found.length; k++) spans.push(found[k]!);
  }
  const actorSpan = actorSpans(doc, w, spans, taken);

  // no name at all: no place, and no context to build
  if (spans.length === 0) {
    // actor names that entries of several countries share still take their reading from demonyms and other actors
    if (doc.actorReadings.length > 0) documentContext(doc, g, spans);
    return [];
  }
  // one context from every candidate name, for filtering and ranking alike (names rejected as places, like
  // "Mansfield Police", still say where the story is)
  const ctx0 = documentContext(doc, g, spans);
  // countries each sentence names unambiguously through a town or unit (a foreign namesake beside them is not the
  // place meant); a country's own name is no such anchor ("protested in Malaga against Russia's invasion of Ukraine")
  const heads: Kept[] = [];
  const kept = keptSpans(doc, g, w, spans, ctx0, upper, sentenceAnchors(g, spans), heads);
  const ctx = ctx0;
  ctx.anchors = anchorsOf(mapList(kept, (k) => k.sp), g);
  const out: Mention<PlaceData>[] = [];
  let abroad: { sp: PlaceSpan; home: string }[] | null = null;
  // names heading a longer name ("the Orange County Jail") are toponyms of their own layer
  let asActor: Kept[] | null = heads.length > 0 && named !== null ? heads : null;
  let counties: { at: number; sp: PlaceSpan }[] | null = null;
  // keys read as a place on more than size alone or the document's country (see headOfPlace)
  let firm: Set<string> | null = null;
  for (let ki = 0; ki < kept.length; ki++) {
    const k = kept[ki]!;
    const { sp, input, rule } = k;
    const start = tokens[sp.tokenStart]!.start;
    const end = tokens[sp.tokenEnd - 1]!.end;
    // "Missouri, New York, North Carolina and Virginia": a name listed among states reads as the state
    const listed = sp.suffix === null && stateListed(tokens, kept, ki);
    if (listed && doc.trace) doc.explain('places', 'accept:state-list', sp.sentence, [start, end], `"${doc.text.slice(start, end)}" is listed among first-level units: read as one`);
    // (a state after the comma is the next member, not the name's state: "New York, North Carolina")
    const ev = { suffix: listed ? 'admin1' as const : sp.suffix, hint: listed ? null : sp.hint, key: sp.key, bracketed: sp.bracketed ?? false };
    // the whole ranking only when explaining (the next reading and the best abroad are named); else the best alone
    const ranked = doc.trace ? rank(sp.candidates, ev, ctx) : null;
    const top = ranked !== null ? ranked[0]! : rankBest(sp.candidates, ev, ctx);
    let best = top.c;
    if (actorSpan.has(sp)) {
      // null tested apart: a null reaching a compare that had seen only strings throws the optimised code away
      // ("wrong instance type"), and this function's recompilation is one of the longest
      const own = actorSpan.get(sp) ?? null;
      const namesake = best.country !== null && (own === null || best.country !== own) && ctx.dominant !== null && ctx.dominant === best.country && best.kind === 'city';
      if (!namesake) {
        if (named !== null) (asActor ??= []).push(k);
        if (doc.trace) doc.explain('places', 'reject:actor-span', sp.sentence, [start, end], `"${doc.text.slice(start, end)}" is an actor here, not after a locative preposition`);
        continue;
      }
    }
    const late = decideChosen(input, best); // input.ctx is ctx
    if (late && !late.ok) {
      if (doc.trace) doc.explain('places', late.rule, sp.sentence, [start, end], `"${doc.text.slice(start, end)}" would read as ${best.name} (${best.country ?? "-"}); not a place here`);
      // a namesake abroad is a local place the gazetteer lacks: placed below at a known place of its sentence at home
      if (late.rule === NAMESAKE_RULE) {
        const home = namesakeHome(input, best);
        if (home !== null) (abroad ??= []).push({ sp, home });
      }
      // a capital read as its government ("between Iran and Washington") is still a toponym
      if (late.rule === METONYM_RULE && named !== null) (asActor ??= []).push(k);
      continue;
    }
    // "Al-Jabaliyah area in the south of Hodeidah governorate": a transliteration reading outside the unit named
    // beside it is not meant; the unit is the best we know
    if (sp.mismatch && !sp.contained && (best.fuzzy || (sp.mismatch.firm && best.kind === 'city' && best.country === sp.mismatch.unit.country))) {
      best = withAlternatives(sp.mismatch.unit, best.alternatives);
    }
    // "near Troitske, Donetsk": no reading lies in the admin1 named after the comma, so the name is a village of that
    // unit the gazetteer lacks (not a namesake in another oblast); the unit is the best we know
    if (sp.hint !== null && sp.hint.admin1 !== null && best.kind === 'city') best = unlistedTown(doc, g, sp, spans, best);
    // "Idleb countryside": a unit word after a city name means the city's admin1
    if (sp.suffix === 'admin1' && best.kind === 'city' && best.admin1) {
      const unit = g.sharedCandidates(placeKey(best.admin1)).find((c) => c.kind === 'admin1' && c.country === best.country);
      if (unit) best = withAlternatives(unit, best.alternatives);
    }
    ctx.chosen.set(sp.key, best.entry);
    if (!WEAK_ACCEPTS.has(rule)) (firm ??= new Set()).add(sp.key);
    const data = toPlaceData(best);
    data.alternatives = sp.candidates.length - 1;
    out.push({ start, end, tokenStart: sp.tokenStart, tokenEnd: sp.tokenEnd, sentence: sp.sentence, text: doc.text.slice(start, end), entry: best.entry, data });
    // messages are built only when explaining
    if (ranked !== null) explainChosen(doc, rule, sp, [start, end], best, ranked);
    if (best.featureCode === 'ADM2' && sp.candidates.length > 1) (counties ??= []).push({ at: out.length - 1, sp });
  }
  if (counties !== null) countiesOfTowns(doc, out, counties);
  const result = abroad === null ? out : namesakesAtHome(doc, abroad, out);
  if (named !== null) actorToponyms(doc, g, w, ctx, upper, taken, asActor, actorSpan, result, named, firm);
  return result;
}

/**
 * A county name recurs across states ("Walker County" in Alabama, Georgia and Texas): once every other name is read,
 * a county takes the state that holds most of the document's chosen towns, when one of its readings lies there
 * ("Walker County" beside Huntsville and Conroe, Texas). Replaces the mention in `out` (rule place:county-of-towns).
 */
function countiesOfTowns(doc: Doc, out: Mention<PlaceData>[], counties: { at: number; sp: PlaceSpan }[], places: readonly Mention<PlaceData>[] = out): void {
  const towns = new Map<string, number>();
  for (const m of places) {
    if (m.data.precision !== 'city' || m.data.admin1 === null || m.data.population === 0) continue;
    const k = `${m.data.country}|${m.data.admin1}`;
    towns.set(k, (towns.get(k) ?? 0) + 1);
  }
  if (towns.size === 0) return;
  for (const { at, sp } of counties) {
    const m = out[at]!;
    let best: GeoCandidate | null = null;
    let most = towns.get(`${m.data.country}|${m.data.admin1}`) ?? 0;
    for (const c of sp.candidates) {
      if (c.featureCode !== 'ADM2' || c.admin1 === null) continue;
      const n = towns.get(`${c.country}|${c.admin1}`) ?? 0;
      if (n > most) { most = n; best = c; }
    }
    if (best === null) continue;
    const data = toPlaceData(best);
    data.alternatives = sp.candidates.length - 1;
    out[at] = { start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, sentence: m.sentence, text: m.text, entry: best.entry, data };
    if (doc.trace) doc.explain('places', 'place:county-of-towns', m.sentence, [m.start, m.end], `"${m.text}" is ${best.name} in ${best.admin1}, where most of the document's towns lie`);
  }
}

/**
 * The toponyms the actor stage took, into `named`: spans read as actors (`asActor`) and place names inside person and
 * generic actors (place-in-actor.ts), each kept by the same filters and ranked with the document's context, after the
 * places proper so that a name the text also uses as a place takes that reading.
 */
function actorToponyms(doc: Doc, g: Gazetteer, w: PlaceWords, ctx: FilterInput['ctx'], upper: boolean, taken: Uint8Array, asActor: Kept[] | null, actorSpan: Map<PlaceSpan, string | null>, places: readonly Mention<PlaceData>[], named: Mention<PlaceData>[], firm: ReadonlySet<string> | null): void {
  const tokens = doc.tokens;
  const found: Kept[] = asActor ?? [];
  const inner = actorInnerSpans(doc, g, w, upper, taken);
  if (inner.length > 0) {
    // names heading an organisation's name inside the actor ("the U.S. Defense Department") are heads as above
    const innerHeads: Kept[] = [];
    found.push(...keptSpans(doc, g, w, inner, ctx, upper, new Map(), innerHeads), ...innerHeads);
  }
  if (found.length === 0) return;
  const index = placeIndex(doc, places);
  let counties: { at: number; sp: PlaceSpan }[] | null = null;
  for (const k of found) {
    const { sp, input } = k;
    const start = tokens[sp.tokenStart]!.start;
    const end = tokens[sp.tokenEnd - 1]!.end;
    if (coversPlace(index.tokens, sp.tokenStart, sp.tokenEnd)) continue;
    const ranked = rank(sp.candidates, { suffix: sp.suffix, hint: sp.hint, key: sp.key, bracketed: sp.bracketed ?? false }, ctx);
    const home = townAtHome(index, sp, ranked[0]!.c);
    // else a name read as a state or government, whose country another name of the document names, is that country's
    // place ("flights to Moscow" in a story naming Russia is Moscow, Russia, whatever small namesake the ranking prefers)
    // a town heading a longer name that the document also names as a place is that place ("the Dublin Arts Council"
    // beside "moved to Dublin"): one sense per discourse
    const same = k.rule === POSSESSIVE_ACTOR_RULE ? possessiveReading(sp, ctx, ranked[0]!.c) : k.rule === HYPHEN_COMPOUND_RULE ? besidePartner(sp, k.partner) :
      firm !== null && firm.has(sp.key) ? headOfPlace(tokens, ctx, k) : null;
    const best = same ?? home ?? namedOwnReading(g, ranked, actorSpan.get(sp) ?? null, ctx, sp.key) ?? ranked[0]!.c;
    // a city or province with no place of the document to stand beside is too uncertain a reading ("Dublin students",
    // "residents of Paris" in a story that names no other place), unless the document names its country ("Moscow said
    // the talks with Russia had failed")
    if (places.length === 0 && best.kind !== 'country' && !countryNamed(g, ctx, best.country, sp.key)) continue;
    if (same === null && (SAME_SENSE_RULES.has(k.rule) || !stateHead(doc, g, ctx, k, best))) continue;
    // a capital read as its government is a metonym, which this layer is for ("talks between Moscow and Washington")
    const late = decideChosen(input, best);
    if (late && !late.ok && late.rule !== METONYM_RULE) continue;
    const data = toPlaceData(best);
    data.alternatives = sp.candidates.length - 1;
    if (best.featureCode === 'ADM2' && sp.candidates.length > 1) (counties ??= []).push({ at: named.length, sp });
    named.push({ start, end, tokenStart: sp.tokenStart, tokenEnd: sp.tokenEnd, sentence: sp.sentence, text: doc.text.slice(start, end), entry: best.entry, data });
    if (doc.trace) doc.explain('places', 'place:in-actor', sp.sentence, [start, end], `"${doc.text.slice(start, end)}" names ${best.name} (${best.country ?? '-'}) inside an actor: a toponym, no place of an event`);
  }
  if (counties !== null) countiesOfTowns(doc, named, counties, places);
  named.sort((a, b) => a.start - b.start);
}

/**
 * A name heading a longer name ("the Dublin Arts Council", "Alexandria Police", "the Mansfield Law Enforcement Center")
 * whose key the document reads elsewhere as a place ("moved to Dublin"): the reading chosen there. LGL marks such heads
 * as toponyms wherever the name is also a place of the story (about 95 % of them). Not before a street word ("DeKalb
 * Avenue" names a street, a toponym of its own).
 */
/**
 * A country's name before a possessive ("Mexico's Club America", "Sudan's territorial integrity") is the country, not a
 * namesake town of the story's country (Mexico, Missouri in a Dallas story); only a first-level unit of the story's own
 * country is read before it ("Georgia's assisted suicide law" in a US story), and a town lying near another place of the
 * story. Capitals keep the ranking (null).
 */
function possessiveReading(sp: PlaceSpan, ctx: FilterInput['ctx'], top: GeoCandidate): GeoCandidate | null {
  // a town near another place of the story stays ("Lebanon's trash day" beside Zionsville, Indiana)
  if (top.kind === 'city' && ctx.near !== undefined && ctx.near.has(top.entry)) return top;
  let country: GeoCandidate | null = null;
  let unit: GeoCandidate | null = null;
  for (const c of sp.candidates) {
    if (c.kind === 'country') country ??= c;
    else if (c.kind === 'admin1' && c.country !== null && c.country === ctx.dominant) unit ??= c;
  }
  if (country === null) return null;
  return unit !== null && country.country !== ctx.dominant ? unit : country;
}

/** Acceptances on a town's size or the document's country alone ("the Toyota failed to yield", "Roy said"). */
const WEAK_ACCEPTS = new Set(['accept:large-town', 'accept:document-country']);

/**
 * Rejections after which a name is still a toponym when the document reads the same name as a place elsewhere: a
 * small town with no context of its own ("Chapin man dies" beside "the crash near Chapin"). Not a name after a
 * capitalised word: "United Russia", "Sam Houston State", "Melton Lewis Paris" (27 LGL toponyms for 20 false).
 */
const SAME_SENSE_RULES = new Set(['reject:small-town-without-context']);

function headOfPlace(tokens: readonly Token[], ctx: FilterInput['ctx'], k: Kept): GeoCandidate | null {
  if (k.rule !== LONGER_NAME_RULE && !SAME_SENSE_RULES.has(k.rule)) return null;
  const entry = ctx.chosen.get(k.sp.key);
  if (entry === undefined) return null;
  const next = tokens[k.sp.tokenEnd];
  if (next !== undefined && streetSuffix(next.norm)) return null;
  // a one-word name the text also gives a person ("Jackie Underwood", "Thomas Ravenel") is that person's elsewhere
  if (k.rule !== LONGER_NAME_RULE && k.sp.nameEnd - k.sp.tokenStart === 1 && surname(tokens, tokens[k.sp.tokenStart]!.norm)) return null;
  for (const c of k.sp.candidates) if (c.entry === entry) return c;
  return null;
}

/** Verbs of saying after a speaker's surname ("Underwood said"). */
const SAYING = new Set(['said', 'says', 'told', 'added']);

/** Somewhere in the text the word follows a given name ("Jackie Underwood") or speaks ("Underwood said"): a person's surname. */
function surname(tokens: readonly Token[], norm: string): boolean {
  const given = givenNames();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== norm) continue;
    if (i > 0 && tokens[i - 1]!.cap && given.has(tokens[i - 1]!.norm)) return true;
    if (i + 1 < tokens.length && SAYING.has(tokens[i + 1]!.norm)) return true;
  }
  return false;
}

/** The best-ranked reading in the country the actor stage gave the name, when the document names that country by its name. */
function namedOwnReading(g: Gazetteer, ranked: readonly { c: GeoCandidate }[], own: string | null, ctx: FilterInput['ctx'], key: string): GeoCandidate | null {
  if (own === null || ranked[0]!.c.country === own || !countryNamed(g, ctx, own, key)) return null;
  for (const r of ranked) if (r.c.country === own) return r.c;
  return null;
}

/** Another name of the document than `key` is the country `iso` itself ("Russia" beside "Moscow"). */
function countryNamed(g: Gazetteer, ctx: FilterInput['ctx'], iso: string | null, key: string): boolean {
  if (iso === null) return false;
  const keys = ctx.strongKeys.get(iso);
  if (keys === undefined) return false;
  for (const k of keys) if (k !== key && g.sharedCandidates(k).some((c) => c.kind === 'country' && c.country === iso)) return true;
  return false;
}

/**
 * A name the actor stage took whose reading lies in no country of the document's places, while a town of that name
 * lies in a province of one of them, is that town: "Jessica Kay, 18, of Paris" beside Dallas, "Jordan Elementary"
 * beside Shakopee, "Athens residents" in a Texas story (the actor stage read Paris as France's government); not a
 * country named beside other countries.
 */
function townAtHome(index: PlaceIndex, sp: PlaceSpan, best: GeoCandidate): GeoCandidate | null {
  if (index.countries.size === 0 || index.countries.has(best.country)) return null;
  // a country among other countries is one ("flew for China, Canada, Britain and the Soviet Union")
  if (best.kind === 'country' && (index.countrySentences.has(sp.sentence) || otherThan(index.stateActors.get(sp.sentence), best.country))) return null;
  for (const c of sp.candidates) if (c.kind === 'city' && c.admin1 !== null && index.areas.has(`${c.country}|${c.admin1}`)) return c;
  return null;
}

/** The document's places as townAtHome and actorToponyms read them: one pass, then look-ups (no scan per name). */
interface PlaceIndex {
  /** 1 on the tokens of a place */
  tokens: Uint8Array;
  countries: Set<string | null>;
  /** "ISO3|admin1" of the places */
  areas: Set<string>;
  /** sentences naming a country as a place */
  countrySentences: Set<number>;
  /** sentence → countries of the actors there that can also be places (country names read as states) */
  stateActors: Map<number, Set<string | null>>;
}

function placeIndex(doc: Doc, places: readonly Mention<PlaceData>[]): PlaceIndex {
  const index: PlaceIndex = { tokens: new Uint8Array(doc.tokens.length), countries: new Set(), areas: new Set(), countrySentences: new Set(), stateActors: new Map() };
  for (const p of places) {
    for (let k = p.tokenStart; k < p.tokenEnd; k++) index.tokens[k] = 1;
    index.countries.add(p.data.country);
    if (p.data.admin1 !== null) index.areas.add(`${p.data.country}|${p.data.admin1}`);
    if (p.data.precision === 'country') index.countrySentences.add(p.sentence);
  }
  for (const a of doc.actors) {
    if (!a.data.alsoPlace) continue;
    const set = index.stateActors.get(a.sentence) ?? new Set<string | null>();
    set.add(a.data.country);
    index.stateActors.set(a.sentence, set);
  }
  return index;
}

function coversPlace(marks: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (marks[k] === 1) return true;
  return false;
}

/** `set` holds a value other than `x`. */
function otherThan(set: Set<string | null> | undefined, x: string | null): boolean {
  if (set === undefined) return false;
  for (const v of set) if (v !== x) return true;
  return false;
}

/*
 * recognisePlaces' parts, each compiled on its own: the recogniser is one of the longest TurboFan compilations of
 * the first pass (docs/PERFORMANCE.md, session 7, speed8).
 */

/** The buffer behind takenTokens' answers (recognisePlaces runs one document at a time and keeps no answer after it). */
let takenBuffer = new Uint8Array(4096);

/**
 * Per token, 1: taken by an outlet or an actor; 2: taken by an actor that can also be a place. A view of one reused
 * buffer, cleared: a typed array of its own per document cost an allocation outside the heap for most documents.
 */
function takenTokens(doc: Doc): Uint8Array {
  const n = doc.tokens.length;
  if (n > takenBuffer.length) takenBuffer = new Uint8Array(Math.max(n, 2 * takenBuffer.length));
  takenBuffer.fill(0, 0, n);
  const taken = takenBuffer.subarray(0, n);
  for (const m of doc.outlets) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
  for (const m of doc.actors) for (let k = m.tokenStart; k < m.tokenEnd; k++) if (taken[k] !== 1) taken[k] = m.data.alsoPlace ? 2 : 1;
  return taken;
}

/**
 * Actors that can be places ("Iran", "Tehran") are places only after a locative preposition; the one exception is a
 * namesake the document places elsewhere ("Paris" read as France by the actor stage in a story about Paris, Texas),
 * decided after ranking. The spans read as actors, with the actor's country.
 */
function actorSpans(doc: Doc, w: PlaceWords, spans: PlaceSpan[], taken: Uint8Array): Map<PlaceSpan, string | null> {
  const tokens = doc.tokens;
  // actor country of each token taken by an alsoPlace actor
  const actorCountry = new Map<number, string | null>();
  for (const m of doc.actors) if (m.data.alsoPlace) for (let k = m.tokenStart; k < m.tokenEnd; k++) actorCountry.set(k, m.data.country);
  const actorSpan = new Map<PlaceSpan, string | null>();
  for (const sp of spans) {
    for (let k = sp.tokenStart; k < sp.tokenEnd; k++) {
      // "Dhaka city", "Aden city": a unit word makes the place reading; so does a town before it ("in Ecatepec Mexico",
      // "in Sadr City Baghdad")
      // nor does a bracket after a place open with a government: "the parliament building (Tokyo - Chiyoda)"
      const opensBracket = sp.bracketed === true && tokens[sp.tokenStart - 1]?.text === '(';
      if (taken[k] === 2 && sp.locative !== 'strong' && !(sp.suffix && !sp.unitBefore) && !opensBracket && !afterUnknownTown(sp, tokens, w, doc.sentences[sp.sentence]!.tokenStart)) { actorSpan.set(sp, actorCountry.get(k) ?? null); break; }
    }
  }
  return actorSpan;
}

/**
 * Countries each sentence names unambiguously through a town or unit (a foreign namesake beside them is not the
 * place meant); a country's own name is no such anchor ("protested in Malaga against Russia's invasion of Ukraine").
 */
function sentenceAnchors(g: Gazetteer, spans: PlaceSpan[]): Map<number, Set<string>> {
  const bySentence = new Map<number, Set<string>>();
  for (const sp of spans) {
    const u = clearReading(sp);
    if (!u?.country || u.kind === 'country' || g.stop.has(sp.key)) continue;
    const set = bySentence.get(sp.sentence) ?? new Set<string>();
    set.add(u.country);
    bySentence.set(sp.sentence, set);
  }
  return bySentence;
}

interface Kept {
  sp: PlaceSpan;
  input: FilterInput;
  rule: string;
  /** The other half of a hyphen-joined pair of names ("Logan-Rogersville"), when it is a name too. */
  partner?: PlaceSpan | null;
}

/** The tokens between two list members: commas, "and", "or" (at most three: ", and"). */
function listGap(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t !== ',' && t !== 'and' && t !== 'or') return false;
  }
  return true;
}

/**
 * The name chiefly names a first-level unit of one of `units`' countries: it has such a reading, its best-prior reading
 * is no town ("Georgia" the country is no town), and no town of 100,000 of that country seats it ("Taizz").
 */
function stateName(cands: readonly GeoCandidate[], units: ReadonlySet<string>): boolean {
  let top: GeoCandidate | null = null;
  let unit: string | null = null;
  for (const c of cands) {
    if (!top || c.prior > top.prior) top = c;
    if (c.kind === 'admin1' && c.country && units.has(c.country)) unit = c.country;
  }
  if (!top || top.kind === 'city' || unit === null) return false;
  for (const c of cands) if (c.kind === 'city' && c.country === unit && (c.population ?? 0) >= WEIGHTS.unitSeatTown) return false;
  return true;
}

/**
 * A name with an admin1 reading listed beside a name that chiefly names a first-level unit of the same country
 * ("from Missouri, New York, North Carolina and Virginia", "in Oregon and Washington"): the unit is meant, not the
 * same-name city. Both list neighbours that are places are read; one suffices, a city beside it ("New York and
 * Atlanta") keeps the city.
 */
function stateListed(tokens: readonly Token[], kept: readonly Kept[], i: number): boolean {
  const sp = kept[i]!.sp;
  let units: Set<string> | null = null;
  for (const c of sp.candidates) if (c.kind === 'admin1' && c.country) (units ??= new Set()).add(c.country);
  if (units === null) return false;
  let state = false;
  for (const j of [i - 1, i + 1]) {
    const o = kept[j]?.sp;
    if (!o || o.sentence !== sp.sentence) continue;
    if (!(j < i ? listGap(tokens, o.tokenEnd, sp.tokenStart) : listGap(tokens, sp.tokenEnd, o.tokenStart))) continue;
    if (!stateName(o.candidates, units)) return false;
    state = true;
  }
  if (!state) return false;
  // a list, not a place and its state ("Kampala, Central"; "Sampaloc, Manila"): three members or more, or two joined
  // by "and"/"or"; none inside brackets (ACLED's "(district, province)")
  let first = i, last = i;
  while (first > 0 && kept[first - 1]!.sp.sentence === sp.sentence && listGap(tokens, kept[first - 1]!.sp.tokenEnd, kept[first]!.sp.tokenStart)) first--;
  while (last + 1 < kept.length && kept[last + 1]!.sp.sentence === sp.sentence && listGap(tokens, kept[last]!.sp.tokenEnd, kept[last + 1]!.sp.tokenStart)) last++;
  const open = tokens[kept[first]!.sp.tokenStart - 1]?.text;
  if (open === '(' || open === '[') return false;
  if (last - first >= 2) return true;
  for (let t = kept[first]!.sp.tokenEnd; t < kept[last]!.sp.tokenStart; t++) if (tokens[t]!.text !== ',') return true;
  return false;
}

/**
 * Rejections after which a country or state still names itself as a toponym: the head of a longer name ("the Florida
 * Division of Forestry", "the U.S. Census Bureau", "Missouri National Guard") and an abbreviation as a modifier ("U.S.
 * troops"). Kept as doc.placeNames only when the chosen reading is a country or admin1 unit and the name is no given
 * name ("Jordan Brown", "Virginia Woolf"): see stateHead.
 */
const LONGER_NAME_RULE = 'reject:longer-name';
const STATE_HEAD_RULES = new Set([LONGER_NAME_RULE, 'reject:abbreviation-modifier']);

/** Words of a public body's name after a country's name: "the U.S. Census Bureau", "Israel Defense Forces". */
const BODY_WORDS = new Set(['department', 'bureau', 'administration', 'service', 'agency', 'commission', 'forces', 'army', 'navy', 'embassy', 'senate',
  'house', 'congress', 'court', 'census', 'government', 'ministry', 'council', 'party', 'guard', 'marines', 'corps', 'attorney', 'representatives',
  'office', 'postal', 'consulate', 'parliament', 'police', 'military', 'military\'s']);

/**
 * A name heading a longer name or modifying a noun reads as the toponym only as a state of the story's own country
 * ("the Florida Division of Forestry" in a US story; not "West" or "Lot", admin1 units abroad, nor a stop word), or as
 * a country written as an abbreviation ("U.S. troops") or before a public body's word within four capitalised words
 * ("the Israel Defense Forces"; not "Chad Walker", "Egypt Telecom"); never as a given name.
 */
function stateHead(doc: Doc, g: Gazetteer, ctx: FilterInput['ctx'], k: Kept, best: GeoCandidate): boolean {
  if (!STATE_HEAD_RULES.has(k.rule)) return true;
  const tokens = doc.tokens;
  const sp = k.sp;
  if (givenNames().has(tokens[sp.tokenStart]!.norm) || g.stop.has(sp.key)) return false;
  if (best.kind === 'admin1') return best.country !== null && best.country === ctx.dominant;
  if (best.kind !== 'country') return false;
  if (best.nameCase === 'exact' && sp.nameEnd - sp.tokenStart > 1) return true;
  if (k.rule === 'reject:abbreviation-modifier') return true;
  for (let j = sp.tokenEnd; j < tokens.length && j < sp.tokenEnd + 4; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !t.cap) break;
    if (BODY_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** The rule that drops a name joined by a hyphen to a word ("the Iran-backed Houthis"). */
const HYPHEN_COMPOUND_RULE = 'reject:hyphen-compound';

/**
 * The name is joined by a glued hyphen to another place name or a demonym: "Egyptian-US relations", "the EU-Israel
 * summit", "Athens-Clarke County", "the Logan-Rogersville schools", "the University of Wisconsin-Milwaukee". Both
 * halves are toponyms of doc.placeNames (never an event's place); "Iran-backed", "U.S.-led" have no such partner.
 */
function hyphenPair(g: Gazetteer, tokens: readonly Token[], sp: PlaceSpan, spans: readonly PlaceSpan[]): PlaceSpan | null | undefined {
  // ("the Arab-Israeli conflict": a stop word is no town there)
  if (g.stop.has(sp.key)) return undefined;
  const after = tokens[sp.tokenEnd];
  const before = tokens[sp.tokenStart - 1];
  const glued = (d: Token | undefined, next: Token | undefined) => d !== undefined && d.kind === 'dash' && !d.space && next !== undefined && !next.space;
  if (glued(after, tokens[sp.tokenEnd + 1])) {
    const k = sp.tokenEnd + 1;
    const o = spans.find((x) => x.tokenStart === k);
    if (o !== undefined) return o;
    if (isDemonym(g, tokens[k]!)) return null;
  }
  if (sp.tokenStart >= 2 && glued(before, tokens[sp.tokenStart])) {
    const k = sp.tokenStart - 1;
    const o = spans.find((x) => x.tokenEnd === k);
    if (o !== undefined) return o;
    if (isDemonym(g, tokens[k - 1]!)) return null;
  }
  return undefined;
}

/** Of a hyphen pair's towns, the reading of `sp` lying nearest a town or county reading of its partner, within 60 km ("Logan-Rogersville" in Missouri). */
function besidePartner(sp: PlaceSpan, partner: PlaceSpan | null | undefined): GeoCandidate | null {
  if (!partner) return null;
  let best: GeoCandidate | null = null;
  let near = PAIR_KM;
  for (const c of sp.candidates) {
    if (c.kind !== 'city' || c.lat === null || c.lon === null) continue;
    for (const o of partner.candidates) {
      if (o.kind !== 'city' || o.lat === null || o.lon === null || o.entry === c.entry) continue;
      const d = haversineKm(c.lat, c.lon, o.lat, o.lon);
      if (d < near) { near = d; best = c; }
    }
  }
  return best;
}

/** The farthest apart two halves of a hyphen-joined pair of towns are read ("Fargo-Moorhead", "Athens-Clarke County"). */
const PAIR_KM = 60;

function isDemonym(g: Gazetteer, t: Token): boolean {
  return t.kind === 'word' && t.cap && g.demonym(t.norm) !== null;
}

/** The spans the filters keep as places (place-filter.ts), with their filter input and rule. */
function keptSpans(doc: Doc, g: Gazetteer, w: PlaceWords, spans: PlaceSpan[], ctx0: FilterInput['ctx'], upper: boolean, bySentence: Map<number, Set<string>>, heads: Kept[] | null = null): Kept[] {
  const tokens = doc.tokens;
  const kept: Kept[] = [];
  for (const sp of spans) {
    const s = doc.sentences[sp.sentence]!;
    const input: FilterInput = { sp, tokens, g, w, ctx: ctx0, upper, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd, sentenceCountries: bySentence.get(sp.sentence) };
    const verdict = decide(input);
    if (verdict.ok) kept.push({ sp, input, rule: verdict.rule });
    else if (heads !== null && (verdict.rule === NAME_HEAD_RULE || verdict.rule === HYPHEN_HOME_RULE || verdict.rule === POSSESSIVE_ACTOR_RULE || STATE_HEAD_RULES.has(verdict.rule) || SAME_SENSE_RULES.has(verdict.rule))) heads.push({ sp, input, rule: verdict.rule });
    else if (heads !== null && verdict.rule === HYPHEN_COMPOUND_RULE) {
      const partner = hyphenPair(g, tokens, sp, spans);
      if (partner !== undefined) heads.push({ sp, input, rule: verdict.rule, partner });
    }
    if (!verdict.ok && doc.trace) {
      const [start, end] = [tokens[sp.tokenStart]!.start, tokens[sp.tokenEnd - 1]!.end];
      doc.explain('places', verdict.rule, sp.sentence, [start, end], `"${doc.text.slice(start, end)}" is not a place here`);
    }
  }
  return kept;
}

/**
 * `best`, or the admin1 unit named after the comma (sp.hint) standing for a town of it the gazetteer lacks.
 * (A function of its own: recognisePlaces is long, and this branch is rare.)
 */
function unlistedTown(doc: Doc, g: Gazetteer, sp: PlaceSpan, spans: readonly PlaceSpan[], best: GeoCandidate): GeoCandidate {
  const tokens = doc.tokens;
  const hinted = sp.hint?.admin1 ?? null;
  if (hinted === null || inList(sp, spans, tokens) || holdsAdmin1(sp.candidates, hinted)) return best;
  const unit = g.sharedCandidates(placeKey(hinted)).find((c) => c.kind === 'admin1' && c.country === (sp.hint?.country ?? best.country) && c.country === best.country && g.holdsTowns(c.entry));
  if (!unit) return best;
  // a town named as written, in that unit (its own point is unknown: the unit's centroid stands for it)
  const town = withAlternatives(unit, best.alternatives);
  town.name = doc.text.slice(tokens[sp.tokenStart]!.start, tokens[sp.nameEnd - 1]!.end);
  town.precision = 'city';
  return town;
}

/** Lower-cased admin1 names (a few thousand distinct strings, asked for every reading of a hinted name). */
const lowerAdmin1 = new Map<string, string>();
function lowerName(x: string): string {
  let l = lowerAdmin1.get(x);
  if (l === undefined) {
    if (lowerAdmin1.size >= 20_000) lowerAdmin1.clear();
    l = x.toLowerCase();
    lowerAdmin1.set(x, l);
  }
  return l;
}

/** Some reading lies in the admin1 unit named `hinted`, whatever the case (each reading's name lower-cased once per process, not per reading). */
function holdsAdmin1(cands: readonly GeoCandidate[], hinted: string): boolean {
  const want = hinted.toLowerCase();
  for (const c of cands) if (c.admin1 !== null && (c.admin1 === hinted || lowerName(c.admin1) === want)) return true;
  return false;
}

/** The name after `sp`'s comma goes on as a list ("Homs, Hama and Idlib"): a comma, "and" or "or" and another name follow it. */
function inList(sp: PlaceSpan, spans: readonly PlaceSpan[], tokens: readonly Token[]): boolean {
  const next = spans.find((x) => x.sentence === sp.sentence && x.tokenStart === sp.tokenEnd + 1);
  const after = next ? tokenAt(tokens, next.tokenEnd) : undefined;
  if (!next || after === undefined || !(after.text === ',' || after.norm === 'and' || after.norm === 'or' || after.text === '&')) return false;
  return spans.some((x) => x.sentence === sp.sentence && x.tokenStart === next.tokenEnd + 1);
}

/** The explanation of a chosen reading: its score, the next reading's and the best abroad. */
function explainChosen(doc: Doc, rule: string, sp: PlaceSpan, span: [number, number], best: GeoCandidate, ranked: readonly { c: GeoCandidate; s: number }[]): void {
  doc.explain('places', rule, sp.sentence, span,
    `${best.entry} ${best.name} (${best.country ?? '-'}, ${best.precision}) score ${ranked[0]!.s.toFixed(2)}` +
    (ranked[1] ? `; next ${ranked[1].c.entry} ${ranked[1].c.name} (${ranked[1].c.country ?? '-'}) ${ranked[1].s.toFixed(2)}` : '') +
    abroadNext(ranked));
}

/** For explanations: the best reading in another country than the top one's, when it is not the runner-up. */
function abroadNext(ranked: readonly { c: GeoCandidate; s: number }[]): string {
  const top = ranked[0]!.c.country;
  for (let i = 1; i < ranked.length; i++) {
    const r = ranked[i]!;
    if (r.c.country !== top) return i === 1 ? '' : `; best abroad ${r.c.entry} ${r.c.name} (${r.c.country ?? '-'}) ${r.s.toFixed(2)}`;
  }
  return '';
}

/** A copy of a reading with another count of alternatives (one hidden class for every reading, see copyCandidate). */
function withAlternatives(c: GeoCandidate, alternatives: number): GeoCandidate {
  const out = copyCandidate(c);
  out.alternatives = alternatives;
  return out;
}

/** `named` with the demonyms that overlap no place or name of it, in text order. */
function withDemonyms(doc: Doc, named: Mention<PlaceData>[], demonyms: Mention<PlaceData>[]): Mention<PlaceData>[] {
  if (demonyms.length === 0) return named;
  const taken = new Uint8Array(doc.tokens.length);
  for (const m of doc.places) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
  for (const m of named) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
  for (const d of demonyms) if (taken[d.tokenStart] === 0) named.push(d);
  named.sort((a, b) => a.start - b.start);
  return named;
}

/** `named` with the streets and roads that overlap no place, name or actor (place-street.ts), in text order. */
function withStreets(doc: Doc, named: Mention<PlaceData>[]): Mention<PlaceData>[] {
  const streets = streetToponyms(doc, [doc.places, named]);
  if (streets.length === 0) return named;
  named.push(...streets);
  named.sort((a, b) => a.start - b.start);
  return named;
}

export const placeStage: Stage = {
  name: 'places',
  run(doc: Doc) {
    // places the gazetteer lacks, named by a unit word and anchored to a resolved place of their sentence
    // and sites named after a place's possessive ("Mecca's Al-Nur hospital")
    const upper = isUpperText(doc.text);
    const named = emptyList<Mention<PlaceData>>();
    const g = gazetteer();
    // and towns' parts after a spaced dash ("in Gaza - Az Zaytun (Gaza City, Gaza Strip)")
    doc.places = addCityParts(doc, addPossessiveSites(doc, addUnlistedPlaces(doc, recognisePlaces(doc, g, named), upper), upper), upper);
    doc.placeNames = withStreets(doc, withDemonyms(doc, named, demonymToponyms(doc, g, [doc.places, named])));
  },
};
