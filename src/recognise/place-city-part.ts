import type { Doc, Mention, PlaceData, Token } from '../pipeline/doc.js';
import { haversineKm } from '../resolve/geo-distance.js';
import { joinName } from './place-unlisted.js';
import { DAYS_MONTHS } from './actor-context.js';

/**
 * A part of a town named after the town and a spaced dash: "in Gaza - Az Zaytun (Gaza City, Gaza Strip)", "(Seoul City -
 * Jongno)", "in Karachi - Saddar town", "Donetsk - Kirovskyi". Event data write a neighbourhood, district or site of a
 * city this way, and the whole name is the place they code; the town alone is only its container. The part is one to
 * five capitalised words (particles, glued hyphens and apostrophes inside: "Ash Shati' Camp", "Al-Mansheyyi"; a roman
 * numeral: "Budapest - V") that closes its phrase (a bracket, comma, stop, semicolon or a lower-case word follows). It
 * replaces the town's mention (and any place read inside the part) with one site of the town's country, province and
 * coordinates (a place read inside the part within 25 km gives its own point), entry `place:city-part`, rule
 * `rule:place.city-part`. An event placed in the town and in its part takes the part first (finestFirst in
 * src/resolve/events.ts).
 *
 * Not a part: a dash that opens an aside or a dateline ("in Kyiv - President X said", "KYIV - Russia launched": the
 * part would start an actor, or the town opens its sentence), the ends of a route ("the road Aleppo - Damascus", "the
 * Aleppo - Damascus highway"), a chain of dashes, a country after the dash or a country or
 * region before the dash, a unit of the next level after the part ("Usaylan district - Shabwah governorate").
 */

export const CITY_PART_ENTRY = 'place:city-part';
/** Words of provinces after the part: the dash joins a district to its province. */
const PROVINCE_NOUNS = new Set(['governorate', 'province', 'state', 'oblast', 'region', 'county', 'prefecture', 'department', 'wilaya', 'countryside']);

/** Nouns of roads and fronts: "the Aleppo - Damascus road", "the highway Morelia - Salamanca". */
const ROUTE_NOUNS = new Set(['road', 'roads', 'highway', 'motorway', 'route', 'axis', 'line', 'front', 'corridor', 'railway', 'track', 'freeway', 'expressway', 'border', 'crossing', 'flight', 'flights', 'train', 'trains', 'bus', 'match', 'game']);
/** Particles inside names ("Taizz - Madinat an Nur", "Ciudad de Mexico - Miguel Hidalgo"). */
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'az', 'ash', 'an', 'at', 'ed', 'es', 'ez', 'um', 'umm', 'bin', 'ben', 'de', 'del', 'la', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'le', 'los', 'las', 'of']);
const MAX_WORDS = 5;
/** A place read inside the part within this distance of the town gives the part its point. */
const NEAR_KM = 25;

function word(t: Token | undefined, upper: boolean): boolean {
  return t !== undefined && t.kind === 'word' && (t.cap || upper) && !DAYS_MONTHS.has(t.norm);
}

/** End of the part's name from k (exclusive), or k when none starts there. */
function partEnd(tokens: readonly Token[], k: number, to: number, upper: boolean): number {
  let end = k;
  let words = 0;
  for (let j = k; j < to && words < MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (word(t, upper)) { words++; end = j + 1; continue; }
    // particles between capitalised words ("Madinat an Nur", "Pie de la Cuesta"), never first
    if (j > k && t.kind === 'word' && PARTICLES.has(t.norm)) {
      let q = j + 1;
      while (q < to && q < j + 3 && tokens[q]!.kind === 'word' && PARTICLES.has(tokens[q]!.norm)) q++;
      if (word(tokens[q], upper)) { j = q - 1; continue; }
    }
    // glued hyphens and apostrophes ("Al-Mansheyyi", "Ash Shati' Camp")
    if (j > k && !t.space && (t.kind === 'dash' || t.kind === 'quote')) {
      if (t.kind === 'quote') { end = j + 1; continue; }
      if (tokens[j + 1] !== undefined && !tokens[j + 1]!.space && tokens[j + 1]!.kind === 'word') continue;
    }
    break;
  }
  return end;
}

/** The part closes its phrase at token `end`. */
function closes(tokens: readonly Token[], end: number, sentenceEnd: number, upper: boolean): boolean {
  if (end >= sentenceEnd) return true;
  const t = tokens[end]!;
  if (t.kind === 'punct') return t.text === '.' || t.text === ',' || t.text === ';' || t.text === ':' || t.text === ')' || t.text === '(';
  if (t.kind === 'dash') return false;
  return t.kind === 'word' && !t.cap && !upper && !ROUTE_NOUNS.has(t.norm) && !PROVINCE_NOUNS.has(t.norm);
}

/** `places` with the towns' parts named after a spaced dash in place of the towns, in text order. */
export function addCityParts(doc: Doc, places: Mention<PlaceData>[], upper: boolean): Mention<PlaceData>[] {
  const tokens = doc.tokens;
  let taken: Uint8Array | null = null;
  let parts: { from: number; to: number; m: Mention<PlaceData> }[] | null = null;
  for (const p of places) {
    const dash = tokens[p.tokenEnd];
    if (dash === undefined || dash.kind !== 'dash' || !dash.space || tokens[p.tokenEnd + 1]?.space !== true) continue;
    if (p.data.precision === 'country' || p.data.precision === 'region' || p.data.lat === null) continue;
    const s = doc.sentences[p.sentence]!;
    // a dateline or a heading opens its sentence with the town ("GAZA - Israeli strikes ...")
    if (p.tokenStart === s.tokenStart) continue;
    // "the road Aleppo - Damascus"
    if (ROUTE_NOUNS.has(tokens[p.tokenStart - 1]!.norm)) continue;
    const start = p.tokenEnd + 1;
    const end = partEnd(tokens, start, s.tokenEnd, upper);
    if (end <= start || !closes(tokens, end, s.tokenEnd, upper)) continue;
    if (taken === null) {
      taken = new Uint8Array(tokens.length);
      for (const m of doc.outlets) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
      for (const m of doc.actors) for (let k = m.tokenStart; k < m.tokenEnd; k++) if (taken[k] !== 1) taken[k] = m.data.alsoPlace ? 2 : 1;
    }
    // "in Kyiv - President X said": an actor in the part, unless a bracket closes it ("Gaza - Sheikh Radwan (Gaza
    // City)": a title in a place's name) or a name read as a government ends its phrase ("in Delhi - New Delhi,")
    const closer = tokens[end]?.text ?? '';
    const bracketed = closer === '(' || closer === ')';
    let actor = false;
    for (let k = start; k < end; k++) if (taken[k] === 1 ? !bracketed : taken[k] === 2 && !(bracketed || closer === ',' || closer === '.')) actor = true;
    if (actor) continue;
    // a place read inside the part near the town gives the part's point ("Delhi - New Delhi"); a country after the
    // dash is no part ("Aleppo - Turkey")
    let lat = p.data.lat;
    let lon = p.data.lon;
    let country = false;
    for (const q of places) {
      if (q.tokenStart < start || q.tokenEnd > end || q.data.lat === null || q.data.lon === null) continue;
      if (q.data.precision === 'country' || q.data.precision === 'region') country = true;
      else if ((q.data.precision === 'city' || q.data.precision === 'site') && haversineKm(p.data.lat, p.data.lon!, q.data.lat, q.data.lon) <= NEAR_KM) { lat = q.data.lat; lon = q.data.lon; }
    }
    if (country) continue;
    const name = `${joinName(tokens, p.tokenStart, p.tokenEnd)} - ${joinName(tokens, start, end)}`;
    const data: PlaceData = { name, country: p.data.country, admin1: p.data.admin1, lat, lon, precision: 'site', alternatives: 0, population: null };
    const from = p.start;
    const to = tokens[end - 1]!.end;
    (parts ??= []).push({ from: p.tokenStart, to: end, m: { start: from, end: to, tokenStart: p.tokenStart, tokenEnd: end, sentence: p.sentence, text: doc.text.slice(from, to), entry: CITY_PART_ENTRY, data } });
    if (doc.trace) doc.explain('places', 'rule:place.city-part', p.sentence, [from, to], `"${doc.text.slice(from, to)}" is a part of ${p.data.name}`);
  }
  if (parts === null) return places;
  const out = places.filter((q) => !parts!.some((x) => q.tokenStart < x.to && q.tokenEnd > x.from));
  for (const x of parts) out.push(x.m);
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}
