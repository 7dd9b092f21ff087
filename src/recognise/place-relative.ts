import type { Token } from '../pipeline/doc.js';
import type { GeoCandidate } from '../resolve/gazetteer.js';
import { haversineKm } from '../resolve/geo-distance.js';
import type { PlaceSpan } from './place-match.js';

/**
 * A name placed by a compass word relative to a firm town or unit: "airstrikes on the Karama and Tawam areas
 * northwest of Gaza city", "Ras Ali, located in north Gaza city", "the village of Qasr, 5 km east of Aleppo". The
 * name lies near that place: it keeps its readings within RELATIVE_NEAR_KM of it; with none there, its readings in
 * the place's country; with none there either, it is a local place the gazetteer lacks (outside: no place, so the
 * document falls back to the firm place) and never a namesake abroad.
 */
export const RELATIVE_NEAR_KM = 50;

/** Words that may stand between the names placed and the compass word: "areas", "located in", "5 km", "and". */
const FILLER = new Set(['and', 'or', 'to', 'the', 'a', 'an', 'located', 'situated', 'lying', 'in', 'just', 'some', 'about', 'around', 'roughly', 'area', 'areas',
  'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'district', 'districts', 'village', 'villages', 'town', 'towns', 'camp', 'camps',
  'quarter', 'quarters', 'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'al', 'el', 'ad', 'ar', 'as', 'an', 'ash',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'few', 'several']);
/** Unit words of "south of the Red Sea city of Hodeida", "east of the town of Marib". */
const UNIT_OF = new Set(['city', 'town', 'village', 'province', 'governorate', 'district', 'port', 'capital']);
const COMPASS_ADJ = new Set(['northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast',
  'north-west', 'north-east', 'south-west', 'south-east', 'northwestern', 'northeastern', 'southwestern', 'southeastern']);
const MAX_BACK = 12;

function compassWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && COMPASS_ADJ.has(t.norm);
}

/** Index of the compass word that places names relative to span b ("northwest of B", "in north B"), or -1. */
function compassBefore(tokens: Token[], b: PlaceSpan, from: number): number {
  let p = b.tokenStart - 1;
  // "the Red Sea city of Hodeida", "the town of Marib": back over the unit word, up to three capitalised words, "the"
  if (p - 1 >= from && tokens[p]!.norm === 'of' && UNIT_OF.has(tokens[p - 1]!.norm)) {
    p -= 2;
    for (let n = 0; n < 3 && p >= from && tokens[p]!.kind === 'word' && tokens[p]!.cap; n++) p--;
  }
  if (p >= from && tokens[p]!.norm === 'the') p--;
  // "northwest of Gaza city", "east of the town of Marib"
  if (p - 1 >= from && tokens[p]!.norm === 'of' && compassWord(tokens[p - 1])) return p - 1;
  // "in north Gaza city", "in northern Gaza"
  if (p - 1 >= from && compassWord(tokens[p]) && tokens[p - 1]!.norm === 'in') return p;
  // "in North Gaza" read as one name: the compass word opens b
  if (p >= from && tokens[p]!.norm === 'in' && compassWord(tokens[b.tokenStart]) && b.key.includes(' ')) return b.tokenStart;
  return -1;
}

/** The best reading of a firm place: not a guess, one country (or a unit word after it), a town or unit. */
function firmReading(b: PlaceSpan): GeoCandidate | null {
  if (b.candidates.length === 0 || b.shortSkeleton || b.outside) return null;
  let best = b.candidates[0]!;
  for (const c of b.candidates) if (c.prior > best.prior) best = c;
  if (best.fuzzy || best.kind === 'country' || best.country === null || best.lat === null || best.lon === null) return null;
  if (!b.suffix && !b.hint && !b.candidates.every((c) => c.country === best.country)) return null;
  return best;
}

/** Applies the rule to the spans of one sentence (in order); `from` is the sentence's first token. */
export function relativePositions(out: PlaceSpan[], tokens: Token[], from: number): void {
  if (out.length < 2) return;
  const byEnd = new Map<number, PlaceSpan>();
  for (const sp of out) byEnd.set(sp.tokenEnd - 1, sp);
  for (const b of out) {
    const c = compassBefore(tokens, b, from);
    if (c < 0) continue;
    const anchor = firmReading(b);
    if (!anchor) continue;
    // the names before the compass word, back over fillers, names and unmatched capitalised words
    let p = c - 1;
    const placed: PlaceSpan[] = [];
    // a distance stated ("about 1,200 kilometers south of Khartoum"): far beyond the radius, the rule says nothing
    let far = false;
    for (let n = 0; p >= from && n < MAX_BACK; n++) {
      const a = byEnd.get(p);
      if (a && a !== b) { placed.push(a); p = a.tokenStart - 1; continue; }
      const t = tokens[p]!;
      if (t.kind === 'number' && statedKm(t.text, tokens[p + 1]?.norm) > RELATIVE_NEAR_KM) far = true;
      if (t.text === ',' || t.text === '(' || t.text === ')' || t.kind === 'number' || (t.kind === 'word' && (t.cap || FILLER.has(t.norm))) || t.kind === 'dash') { p--; continue; }
      break;
    }
    if (!far) for (const a of placed) place(a, anchor);
  }
}

/** Kilometres of "1,200 kilometers", "740 miles" (a number and its unit word); 0 without a unit word. */
export function statedKm(number: string, unit: string | undefined): number {
  const v = Number(number.replace(/,/g, ''));
  if (!Number.isFinite(v) || unit === undefined) return 0;
  if (unit === 'km' || unit === 'kms' || unit.startsWith('kilomet')) return v;
  if (unit === 'miles' || unit === 'mile') return v * 1.609;
  return 0;
}

function place(a: PlaceSpan, anchor: GeoCandidate): void {
  if (a.contained || a.hint || a.candidates.length === 0) return;
  const km = (c: GeoCandidate) => (c.lat === null || c.lon === null ? Infinity : haversineKm(c.lat, c.lon, anchor.lat!, anchor.lon!));
  const near = a.candidates.filter((c) => c.kind !== 'country' && km(c) <= RELATIVE_NEAR_KM);
  if (near.length > 0) {
    a.candidates = near;
    a.hint = { admin1: null, country: anchor.country };
    return;
  }
  const home = a.candidates.filter((c) => c.kind !== 'country' && c.country === anchor.country);
  if (home.length > 0) a.candidates = home;
  else if (a.candidates.every((c) => c.kind === 'city' || c.kind === 'admin1')) a.outside = true;
}
