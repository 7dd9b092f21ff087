import type { Doc, Mention, PlaceData, Token } from '../pipeline/doc.js';
import { tokenAt } from '../pipeline/token-at.js';

/**
 * Streets, roads and numbered highways as toponyms ("Memphis Street", "420 Augusta St.", "N. Poplar St.", "40th Avenue
 * South", "Highway 200", "County Road 43", "I-75", "US-24"): names of places, but never an event's place (event coders
 * code the town), so they go to doc.placeNames with the nearest town of the document as their point (entry
 * `place:street`, precision site; no point when the document names no town). One linear pass over each sentence's
 * tokens; a street inside a longer name ("the Wall Street Journal") and a name taken by a place or an actor are left.
 */

export const STREET_ENTRY = 'place:street';

/** Words closing a street's name: "Elm Street", "Augusta St.", "Glen Crossing Road". */
const SUFFIXES = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'lane', 'ln', 'boulevard', 'blvd', 'parkway', 'pkwy',
  'pike', 'turnpike', 'terrace', 'circle', 'highway', 'hwy', 'expressway', 'freeway']);

/** A word that closes a street's name ("Avenue", "Ave.", "Road"): a name before it names the street, not a town. */
export function streetSuffix(norm: string): boolean {
  return SUFFIXES.has(bare(norm));
}

/** Words opening a numbered route: "Highway 200", "Interstate 395", "Route 1", "County Road 43", "State Road 5". */
const ROUTE_HEADS = new Set(['highway', 'interstate', 'route', 'hwy']);
/** First words of two-word route heads: "County Road", "State Route", "Farm Road". */
const ROUTE_PAIRS = new Set(['county', 'state', 'farm', 'ranch', 'u.s.']);
/** Letters before a hyphen and a number: "I-75", "US-24", "SR-60". */
const ROUTE_LETTERS = new Set(['i', 'us', 'sr', 'sh', 'fm', 'ca', 'nc', 'sc', 'ky', 'tn', 'ga', 'va']);

/** Compass words after a street ("Seventh Street Northwest", "40th Avenue South"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'nw', 'ne', 'sw', 'se']);

/** Abbreviated suffixes that are also a title before a name ("St. Louis", "St. Mary's"): a suffix only when no capitalised word follows. */
const DOTTED = new Set(['st', 'ave', 'rd', 'ln', 'blvd', 'pkwy', 'hwy']);

const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/;

/** A word's norm without its glued stop ("st." → "st"). */
function bare(norm: string): string {
  return norm.endsWith('.') ? norm.slice(0, -1) : norm;
}

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.cap || ORDINAL.test(t.norm)) && !SUFFIXES.has(bare(t.norm));
}

/** "N." before a street's name: one capital letter and a glued stop. */
function initialAt(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  return k >= from && t !== undefined && t.kind === 'word' && t.text.length === 1 && t.cap && dot !== undefined && dot.text === '.' && !dot.space;
}

/** The street spans [start, end) of one sentence, as token indexes. */
export function streetSpans(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // numbered routes: "Highway 200", "County Road 43", "I-75"
    const next = tokenAt(tokens, i + 1);
    if (t.cap && ROUTE_HEADS.has(t.norm) && next !== undefined && next.kind === 'number' && i + 1 < to) {
      const pair = i > from && ROUTE_PAIRS.has(tokens[i - 1]!.norm) && tokens[i - 1]!.cap ? i - 1 : i;
      out.push([pair, i + 2]);
      i++;
      continue;
    }
    if (t.cap && (t.norm === 'road' || t.norm === 'route') && i > from && ROUTE_PAIRS.has(tokens[i - 1]!.norm) && tokens[i - 1]!.cap && next?.kind === 'number' && i + 1 < to) {
      out.push([i - 1, i + 2]);
      i++;
      continue;
    }
    if (t.cap && ROUTE_LETTERS.has(t.norm) && next?.kind === 'dash' && !next.space && i + 2 < to && tokens[i + 2]!.kind === 'number' && !tokens[i + 2]!.space) {
      out.push([i, i + 3]);
      i += 2;
      continue;
    }
    const word = bare(t.norm);
    if (!t.cap || !SUFFIXES.has(word) || i === from) continue;
    // "St. Louis": an abbreviation before a capitalised word is a title
    const dotted = DOTTED.has(word);
    if (dotted && next !== undefined && i + 1 < to && next.kind === 'word' && next.cap && !COMPASS.has(next.norm)) continue;
    let k = i;
    let words = 0;
    while (words < 4) {
      if (nameWord(tokens[k - 1]) && k - 1 >= from) { k--; words++; continue; }
      // "N. Poplar St.": an initial and its stop
      if (k - 2 >= from && tokens[k - 1]!.text === '.' && initialAt(tokens, k - 2, from)) { k -= 2; words++; continue; }
      break;
    }
    if (words === 0) continue;
    let end = i + 1;
    const after = tokenAt(tokens, end);
    if (after !== undefined && end < to && after.kind === 'word' && after.cap && COMPASS.has(after.norm)) end++;
    // "the Wall Street Journal", "Main Street Bank": part of a longer name
    const later = tokenAt(tokens, end);
    if (later !== undefined && end < to && later.kind === 'word' && later.cap && later.space) continue;
    out.push([k, end]);
    i = end - 1;
  }
  return out;
}

/** The town nearest to token k among the document's places (a site or town first, else any), or null. */
function anchorOf(places: readonly Mention<PlaceData>[], sentence: number, k: number): Mention<PlaceData> | null {
  let best: Mention<PlaceData> | null = null;
  let score = Infinity;
  for (const p of places) {
    if (p.data.lat === null) continue;
    const fine = p.data.precision === 'city' || p.data.precision === 'site';
    const d = Math.abs(p.tokenStart - k) + (p.sentence === sentence ? 0 : 10_000) + (fine ? 0 : 100_000);
    if (d < score) { score = d; best = p; }
  }
  return best;
}

/** The document's streets that overlap none of `taken`'s mentions and no actor, as toponyms. */
export function streetToponyms(doc: Doc, taken: readonly (readonly Mention<PlaceData>[])[]): Mention<PlaceData>[] {
  const tokens = doc.tokens;
  const marks = new Uint8Array(tokens.length);
  for (const list of taken) for (const m of list) for (let k = m.tokenStart; k < m.tokenEnd; k++) marks[k] = 1;
  for (const m of doc.actors) for (let k = m.tokenStart; k < m.tokenEnd; k++) marks[k] = 1;
  const out: Mention<PlaceData>[] = [];
  for (const s of doc.sentences) {
    for (const [a, b] of streetSpans(tokens, s.tokenStart, s.tokenEnd)) {
      let free = true;
      for (let k = a; k < b; k++) if (marks[k] === 1) { free = false; break; }
      if (!free) continue;
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      const text = doc.text.slice(start, end);
      const anchor = anchorOf(taken[0] ?? [], s.index, a);
      const data: PlaceData = anchor === null
        ? { name: text, country: null, admin1: null, lat: null, lon: null, precision: 'site', alternatives: 0, population: null }
        : { name: text, country: anchor.data.country, admin1: anchor.data.admin1, lat: anchor.data.lat, lon: anchor.data.lon, precision: 'site', alternatives: 0, population: null };
      out.push({ start, end, tokenStart: a, tokenEnd: b, sentence: s.index, text, entry: STREET_ENTRY, data });
      if (doc.trace) doc.explain('places', 'place:street', s.index, [start, end], `"${text}" is a street or road: a toponym, no place of an event${anchor ? ` (placed at ${anchor.data.name})` : ''}`);
    }
  }
  return out;
}
