import type { Doc, Mention, PlaceData, Token } from '../pipeline/doc.js';
import type { PlaceSpan } from './place-match.js';
import { ARABIC_NAMING } from './place-abroad.js';
import { DAYS_MONTHS } from './actor-context.js';
import { WordBits } from './vocab.js';
import { normAt } from '../pipeline/token-at.js';
import { actingCountry, localActorsCountry, onlyForcesOf } from '../resolve/actor-country.js';
import { gazetteer } from '../resolve/gazetteer.js';
import { bareNames } from './place-bare.js';
import { emptyList } from '../util/lists.js';
import { loadActorData } from './actor-data.js';

/**
 * Named places the gazetteer lacks, read from a unit word: "the village of Ashmi", "the southwestern town of
 * Huddur", "in al-Tijara neighbourhood", "the Teba neighbourhood". Such a place takes the country, province and
 * coordinates of an anchor: the nearest resolved place of its sentence ("in al-Tijara neighbourhood in central
 * Damascus", "the village of Jdeideh near Jenin"), else of the document (a note's other sentence), else the centre
 * of the one country the document's actors act in ("the rebels captured the town of Bakwa ... Afghan troops"); with
 * none it is dropped (it would have no coordinates at all). Precision `site`, entry `place:unlisted`. Runs after the
 * gazetteer places (src/recognise/places.ts).
 */
export const UNLISTED_ENTRY = 'place:unlisted';

/** Unit words of settlements and parts of towns. */
const UNITS = new Set([
  'village', 'villages', 'town', 'hamlet', 'neighbourhood', 'neighborhood', 'district', 'suburb', 'quarter', 'locality',
  'settlement', 'area', 'camp', 'township', 'municipality', 'city',
]);
/** Words of a front line after a village's name ("on Kafr Haya front", "the Tell Marza axis"); never before "of" ("in front of"). */
const FRONTS = ['front', 'axis', 'frontline'];
const FRONT_SET = new Set(FRONTS);
/**
 * Plural settlement words after two or more names ("the Jumla and Diwan villages", "in Kafr Nabl and Hass towns"), and
 * the singular that names each (session 11, geo20). Not provinces or governorates: those are units the gazetteer has.
 */
const PLURAL_UNITS = new Map([['villages', 'village'], ['towns', 'town'], ['hamlets', 'hamlet'], ['neighbourhoods', 'neighbourhood'],
  ['neighborhoods', 'neighborhood'], ['areas', 'area'], ['districts', 'district'], ['suburbs', 'suburb'], ['quarters', 'quarter']]);
/** Capitalised words of a list before a plural unit that name parts, not places ("the Upper and Lower villages", "the North and South districts"). */
const PART_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'old', 'new', 'inner', 'outer', 'rural', 'urban', 'border', 'coastal', 'government', 'rebel', 'opposition', 'regime', 'other']);
/** UNITS, FRONTS and PLURAL_UNITS by vocabulary number: the per-token test of the scan, without hashing each norm. */
const UNIT_BITS = new WordBits(new Set([...UNITS, ...FRONTS, ...PLURAL_UNITS.keys()]));
/** Unit words that may follow the name ("al-Tijara neighbourhood"); "city", "camp", "area" after a name are often no place. */
const UNITS_AFTER = new Set(['village', 'neighbourhood', 'neighborhood', 'district', 'suburb', 'quarter', 'hamlet', 'area', 'town', 'township', ...FRONTS]);
/** Settlement and front words after a name that make it a place after any lower-case word. */
const SETTLEMENT_WORDS = new Set(['village', 'town', 'hamlet', 'neighbourhood', 'neighborhood', 'area', ...FRONTS]);
/** Units of a container after "X area of": "the Bagh Kuhna area of Shah Wali Kot district". */
const CONTAINER_UNITS = new Set(['district', 'governorate', 'province', 'township', 'municipality', 'county', 'subdistrict', 'region']);
/** First words of a town's parts in Spanish and Portuguese names ("Colonia Reforma", "Barrio Obrero", "Bairro Novo"). */
/** Unit words that vouch for a settlement with nothing to anchor it ("the town of X"; not a front: "the Islamic Front"). */
const UNANCHORED_UNITS = new Set(['village', 'town', 'hamlet', 'area', 'neighbourhood', 'neighborhood', 'city', 'district', 'suburb', 'quarter']);

const PART_PREFIXES = new Set(['colonia', 'barrio', 'fraccionamiento', 'bairro']);
/** Unit words that open a village's name as written ("Barangay Sabanal", "Tambon Sateng"): the place's name is the rest (session 11). */
const UNIT_PREFIXES = new Set(['barangay', 'brgy', 'tambon', 'kampung', 'desa', 'kelurahan']);
/** Particles inside Arabic and other names ("Abu Allaj", "Deir al Adas", "Kafr el Sheikh"). */
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'az', 'ash', 'an', 'at', 'ed', 'es', 'ez', 'um', 'umm', 'bin', 'ben', 'de', 'del', 'la']);
/** Words before a name-then-unit that make it a place phrase ("in Teba neighbourhood", "the Markab area"). */
const BEFORE_NAME = new Set(['the', 'in', 'at', 'near', 'of', 'from', 'into', 'outside', 'inside', 'around', 'toward', 'towards', 'on']);

export function capWord(t: Token | undefined, upper: boolean): boolean {
  return t !== undefined && t.kind === 'word' && (t.cap || upper) && !DAYS_MONTHS.has(t.norm) && !PARTICLES.has(t.norm);
}

/**
 * A name starts at k: a capitalised word, or an article particle glued by a hyphen to one or before one ("Al-Bayaa",
 * "al-Tijara", "Al Qaryah").
 */
export function nameStarts(tokens: Token[], k: number, upper: boolean): boolean {
  const t = tokens[k];
  if (capWord(t, upper)) return true;
  if (t === undefined || t.kind !== 'word' || !PARTICLES.has(t.norm)) return false;
  const next = tokens[k + 1];
  if (next?.kind === 'dash' && !next.space) return capWord(tokens[k + 2], upper) && tokens[k + 2]!.space === false;
  return capWord(next, upper);
}

/** End of a name of one to three capitalised words from k (particles and glued hyphens inside), or k. */
export function nameEnd(tokens: Token[], k: number, to: number, taken: Uint8Array, upper: boolean): number {
  let end = k;
  let words = 0;
  for (let j = k; j < to && words < 3; j++) {
    if (taken[j]) break;
    const t = tokens[j]!;
    if (capWord(t, upper)) { words++; end = j + 1; continue; }
    const next = tokens[j + 1];
    if (j + 1 < to && t.kind === 'word' && PARTICLES.has(t.norm) && (capWord(next, upper) || (next?.kind === 'dash' && !next.space))) continue;
    if (t.kind === 'dash' && !t.space && j > k && j + 1 < to && !tokens[j + 1]!.space && tokens[j + 1]!.kind === 'word') continue;
    break;
  }
  return end;
}

const NO_ANCHORS: Mention<PlaceData>[] = emptyList();

/** Unlisted places of one document, given the gazetteer's places; returned in text order, merged with `places`. */
export function addUnlistedPlaces(doc: Doc, places: Mention<PlaceData>[], upper: boolean): Mention<PlaceData>[] {
  const tokens = doc.tokens;
  const taken = new Uint8Array(tokens.length);
  for (const layer of [doc.outlets, doc.actors, places] as Mention<unknown>[][]) for (const m of layer) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
  const added: Mention<PlaceData>[] = [];
  let placedAnywhere: Mention<PlaceData>[] | null = null;
  let actorHome: Mention<PlaceData> | null | undefined;
  let anchors: Mention<PlaceData>[] | null = null;
  let anchorsOf = -1;
  const placedAs = new Map<string, Mention<PlaceData>>();
  let bySentence: Map<number, Mention<PlaceData>[]> | null = null;
  let endingAt: Map<number, Mention<PlaceData>> | null = null;
  const add = (si: number, start: number, end: number, rule: string, why: string): void => {
    if (anchorsOf !== si) {
      // the places of each sentence, indexed once (no scan of the document's places per sentence)
      if (bySentence === null) {
        bySentence = new Map();
        for (const p of places) {
          if (p.data.lat === null || p.data.country === null) continue;
          const list = bySentence.get(p.sentence);
          if (list) list.push(p);
          else bySentence.set(p.sentence, [p]);
        }
      }
      anchors = bySentence.get(si) ?? NO_ANCHORS;
      anchorsOf = si;
    }
    // a name placed before is placed alike ("in Busra Esh-Sham city ... in Dar'a", then "Busra Esh-Sham" alone); no
    // resolved place of a country in the sentence: the nearest of the document (by distance alone: a province read in a
    // hashtag at the end is no better than the country named next), else the one country its actors act in
    const name = joinName(tokens, start, end);
    const anchor = placedAs.get(name) ?? nearest(anchors!, start) ?? closest(placedAnywhere ??= places.filter((p) => p.data.lat !== null && p.data.country !== null).sort((a, b) => a.tokenStart - b.tokenStart), start) ?? (actorHome === undefined ? (actorHome = actorsCountry(doc)) : actorHome);
    // no anchor at all: a name its unit word vouches for ("in the town of Sheykler") is still a place, of no known country
    if (!anchor && (rule !== 'rule:place.unlisted' || !UNANCHORED_UNITS.has(why))) return;
    // "in Colonia Las Flores" anchored to a named town: a neighbourhood of that town, which event data code as the place
    // (the town stays the event's place); with only a province or country to anchor it, it is kept
    if (anchor && PART_PREFIXES.has(tokens[start]!.norm) && (anchor.data.precision === 'city' || anchor.data.precision === 'site')) {
      if (doc.trace) doc.explain('places', 'rule:place.unlisted-part', si, [tokens[start]!.start, tokens[end - 1]!.end], `"${name}" is a part of ${anchor.text}: the town is the place`);
      return;
    }
    if (anchor && !placedAs.has(name)) placedAs.set(name, anchor);
    const own = UNIT_PREFIXES.has(tokens[start]!.norm) && end - start > 1 ? joinName(tokens, start + 1, end) : name;
    const data: PlaceData = anchor
      ? { name: own, country: anchor.data.country, admin1: anchor.data.admin1, lat: anchor.data.lat, lon: anchor.data.lon, precision: 'site', alternatives: 0, population: null }
      : { name: own, country: null, admin1: null, lat: null, lon: null, precision: 'site', alternatives: 0, population: null };
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    added.push({ start: from, end: to, tokenStart: start, tokenEnd: end, sentence: si, text: doc.text.slice(from, to), entry: UNLISTED_ENTRY, data });
    for (let j = start; j < end; j++) taken[j] = 1;
    if (doc.trace) doc.explain('places', rule, si, [from, to], `"${doc.text.slice(from, to)}" is a place the gazetteer lacks (${why}); placed at ${anchor ? anchor.text : 'no known place'}`);
  };
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!UNIT_BITS.hasToken(tokens[k]!) || taken[k]) continue;
      const n = tokens[k]!.norm;
      const single = upper ? undefined : PLURAL_UNITS.get(n);
      if (single !== undefined) {
        // the gazetteer's places by their last token, indexed once (no scan of the places per unit word)
        if (endingAt === null) { endingAt = new Map(); for (const p of places) endingAt.set(p.tokenEnd, p); }
        const list = namesBeforePlural(doc, endingAt, k, s.tokenStart, taken);
        for (const [a, b] of list) if (!taken[a]) add(s.index, a, b, 'rule:place.unlisted-list', single);
        // ("the villages of X and Y" goes on below)
        if (list.length > 0 || !UNITS.has(n)) continue;
      }
      let start = -1;
      let end = -1;
      // (no front line in all-capitals text, where every word looks like a name: "HIS HOME'S FRONT DOOR")
      const before = UNITS_AFTER.has(n) && !(upper && FRONT_SET.has(n)) ? nameBefore(tokens, k, s.tokenStart, taken, upper) : -1;
      const ofName = UNITS.has(n) && normAt(tokens, k + 1) === 'of' && k + 2 < s.tokenEnd && nameStarts(tokens, k + 2, upper);
      if (before >= 0 && (!ofName || containerAfter(tokens, k + 2, s.tokenEnd, taken, upper))) {
        // "in al-Tijara neighbourhood", "the Teba neighbourhood", "on Kafr Haya front"; also before "of" and a container
        // ("the Bagh Kuhna area of Shah Wali Kot district", "Al Buqa area of Sadah governorate")
        start = before;
        end = k;
      } else if (ofName && !taken[k + 2]) {
        // "the village of Ashmi", "the south Baghdad neighbourhood of Al-Bayaa"
        start = k + 2;
        end = nameEnd(tokens, start, s.tokenEnd, taken, upper);
      }
      if (start < 0 || end <= start) continue;
      add(s.index, start, end, 'rule:place.unlisted', n);
    }
    // bare names in a place's slot ("airstrikes on Kafr Noran.", "in Tal Dakwah.": src/recognise/place-bare.ts)
    for (const [start, end] of bareNames(doc, s.index, taken, upper)) add(s.index, start, end, 'rule:place.unlisted-bare', tokens[start - 1]!.norm);
  }
  if (added.length === 0) return places;
  return [...places, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * Start of a name right before the unit word at k ("in al-Tijara neighbourhood", "the Teba neighbourhood"), after a word
 * that makes it a place phrase (BEFORE_NAME), or -1. A demonym or a faith or people ("the Kurdish town", "the Alawite
 * village") names no place.
 */
function nameBefore(tokens: Token[], k: number, sentenceStart: number, taken: Uint8Array, upper: boolean): number {
  if (k - 1 <= sentenceStart || taken[k - 1] || !capWord(tokens[k - 1], upper)) return -1;
  let j = k - 1;
  while (j > sentenceStart && j > k - 5 && !taken[j - 1] && (capWord(tokens[j - 1], upper) || PARTICLES.has(tokens[j - 1]!.norm) || (tokens[j - 1]!.kind === 'dash' && !tokens[j - 1]!.space && !tokens[j]!.space))) j--;
  while (j < k && tokens[j]!.kind === 'dash') j++;
  if (j >= k || j <= sentenceStart) return -1;
  // after a place phrase's word, or, before a settlement or front word, after any lower-case word or a comma ("controlled
  // Qarzubta village", "shelled Tell Qarzub town", "around Sokhna town, Qarzubta village")
  const prev = tokens[j - 1]!;
  if (!BEFORE_NAME.has(prev.norm) && !(SETTLEMENT_WORDS.has(tokens[k]!.norm) && ((prev.kind === 'word' && !prev.cap && !upper) || prev.text === ','))) return -1;
  for (let q = j; q < k; q++) if (peopleWord(tokens[q]!.norm)) return -1;
  return j;
}

/**
 * The names of a list closed by the plural unit word at k ("the Jumla and Diwan villages", "in Kafr Nabl, Hass and Maar
 * Shamarin towns", "the Razih and Monabbih districts"), as [start, end) token spans in text order, or none. Two names or
 * more, the last two joined by "and", the others by commas; each a run of capitalised words (particles and glued
 * hyphens inside, at most four tokens) either wholly free or one gazetteer place (kept as it is); after a place phrase's
 * word, a lower-case word or a comma, as nameBefore asks. A people, faith or part word in any name ("the Kurdish and Arab
 * villages", "the Upper and Lower districts") or a name taken by an actor ("the Houthi and Islah areas") rules the list out.
 */
function namesBeforePlural(doc: Doc, endingAt: ReadonlyMap<number, Mention<PlaceData>>, k: number, sentenceStart: number, taken: Uint8Array): [number, number][] {
  const tokens = doc.tokens;
  const out: [number, number][] = [];
  let end = k;
  let joinedByAnd = false;
  for (;;) {
    // one name ending at `end`: a gazetteer place ending there, else a run of free name tokens
    let start: number;
    const place = taken[end - 1] ? endingAt.get(end) ?? null : null;
    if (place !== null) start = place.tokenStart;
    else {
      if (end - 1 <= sentenceStart || taken[end - 1] || !capWord(tokens[end - 1], false)) return [];
      start = end - 1;
      while (start > sentenceStart && start > end - 4 && !taken[start - 1] && (capWord(tokens[start - 1], false) || PARTICLES.has(tokens[start - 1]!.norm) || (tokens[start - 1]!.kind === 'dash' && !tokens[start - 1]!.space && !tokens[start]!.space))) start--;
      while (start < end && (tokens[start]!.kind === 'dash' || PARTICLES.has(tokens[start]!.norm) && !nameStarts(tokens, start, false))) start++;
      if (start >= end) return [];
    }
    if (start <= sentenceStart) return [];
    for (let q = start; q < end; q++) if (PART_WORDS.has(tokens[q]!.norm) || peopleWord(tokens[q]!.norm)) return [];
    out.push([start, end]);
    const prev = tokens[start - 1]!;
    // the list goes on before "and" (only the last join) or a comma (once "and" was read)
    if (prev.norm === 'and' && !joinedByAnd && out.length === 1) { joinedByAnd = true; end = start - 1; continue; }
    if (prev.text === ',' && joinedByAnd && out.length < 8) { end = start - 1; continue; }
    if (!joinedByAnd || out.length < 2) return [];
    if (!BEFORE_NAME.has(prev.norm) && !(prev.kind === 'word' && !prev.cap)) return [];
    return out.reverse();
  }
}

/** A people, faith or country word ("Kurdish", "Alawite", "Syrian"). */
function peopleWord(norm: string): boolean {
  if (identityWords === null) identityWords = new Set(loadActorData().modifiers.filter((m) => m.id === 'mod:identity').flatMap((m) => m.words.map((w) => w.toLowerCase())));
  return identityWords.has(norm) || gazetteer().demonym(norm) !== null;
}
let identityWords: Set<string> | null = null;

/** The name at k after "X area of" is a container: a resolved place, or a name before a unit of districts or provinces. */
function containerAfter(tokens: Token[], k: number, to: number, taken: Uint8Array, upper: boolean): boolean {
  if (taken[k]) return true;
  const end = nameEnd(tokens, k, to, taken, upper);
  return end > k && end < to && CONTAINER_UNITS.has(tokens[end]!.norm);
}

/** The place nearest to token k, whatever its precision; `anchors` in text order (a binary search, no scan per name). */
function closest(anchors: Mention<PlaceData>[], k: number): Mention<PlaceData> | null {
  if (anchors.length === 0) return null;
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.tokenStart <= k) lo = mid + 1;
    else hi = mid;
  }
  // anchors[lo - 1] starts at or before k, anchors[lo] after it
  const before = lo > 0 ? anchors[lo - 1]! : null;
  const after = lo < anchors.length ? anchors[lo]! : null;
  if (before === null) return after;
  if (after === null) return before;
  const db = k >= before.tokenEnd ? k - before.tokenEnd : 0;
  return after.tokenStart - k < db ? after : before;
}

/**
 * The one country the document's actors act in ("The rebels captured the town of Bakwa ... Afghan troops"), or, of two,
 * the local actors' country when the other's actors are only a state's forces; as a country-wide anchor with the
 * country's centre, or null when they name none or several.
 */
function actorsCountry(doc: Doc): Mention<PlaceData> | null {
  let found: string | null = null;
  let other: string | null = null;
  for (const a of doc.actors) {
    const c = actingCountry(a);
    if (c === null || c === found || c === other) continue;
    if (found === null) found = c;
    else if (other === null) other = c;
    else return null;
  }
  // two countries, one of them only a state's forces ("Turkish forces captured the village of X from QSD fighters"):
  // the country of the people rooted there (localActorsCountry in src/resolve/actor-country.ts)
  if (other !== null) {
    const force = onlyForcesOf(doc.actors, found!) ? found! : onlyForcesOf(doc.actors, other) ? other : null;
    found = force === null ? null : localActorsCountry(doc, force)?.country ?? null;
  }
  const info = found === null ? null : gazetteer().country(found);
  if (info === null) return null;
  const data: PlaceData = { name: info.name, country: info.iso3, admin1: null, lat: info.lat, lon: info.lon, precision: 'country', alternatives: 0, population: null };
  return { start: 0, end: 0, tokenStart: 0, tokenEnd: 0, sentence: 0, text: info.name, entry: `geo:country:${info.iso3}`, data };
}

/**
 * The resolved place of the sentence nearest to token k, a town before a province, a province before a country or region ("Shajan village
 * in western Yemen (Al-Durayhimi Hodeidah)" is placed in Hodeidah, not at the centre of Yemen).
 */
function nearest(anchors: Mention<PlaceData>[], k: number): Mention<PlaceData> | null {
  let best: Mention<PlaceData> | null = null;
  let dist = Infinity;
  let fine = 0;
  for (const a of anchors) {
    const d = a.tokenStart > k ? a.tokenStart - k : k - a.tokenEnd;
    // a town before its province ("in Hermosillo, Sonora, ... in Colonia Las Ladrilleras" lies in Hermosillo)
    const f = a.data.precision === 'site' || a.data.precision === 'city' ? 2 : a.data.precision === 'admin1' ? 1 : 0;
    if (f > fine || (f === fine && d < dist)) { dist = d; best = a; fine = f; }
  }
  return best;
}

export function joinName(tokens: Token[], start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) out += (k > start && tokens[k]!.space ? ' ' : '') + tokens[k]!.text;
  return out;
}

/**
 * Namesakes abroad dropped by `reject:namesake-abroad` ("Seeb and its nearby dam in Hama": only an Omani Seeb is known)
 * are local places the gazetteer lacks. One whose sentence also names a resolved town or unit of the country the
 * document points to is kept as such a place, named as written and placed at that town or unit (the nearest one, finer
 * places first), like the unlisted places above; with no such anchor it stays dropped. Only in Arabic-naming countries
 * (ARABIC_NAMING, where the gazetteer lacks most villages), and not after "the" ("the Old City"). Returns `places` with them, in
 * text order.
 */
export function namesakesAtHome(doc: Doc, abroad: readonly { sp: PlaceSpan; home: string }[], places: Mention<PlaceData>[]): Mention<PlaceData>[] {
  const tokens = doc.tokens;
  const added: Mention<PlaceData>[] = [];
  for (const { sp, home } of abroad) {
    // only where villages are known to be missing (Arabic-naming countries), and not after "the": "the Old City of Raqqa"
    // is a descriptive name, no village
    if (!ARABIC_NAMING.has(home) || tokens[sp.tokenStart - 1]?.norm === 'the') continue;
    const anchor = nearest(places.filter((p) => p.sentence === sp.sentence && p.data.country === home && p.data.lat !== null && p.data.precision !== 'country' && p.data.precision !== 'region'), sp.tokenStart);
    if (!anchor) continue;
    const from = tokens[sp.tokenStart]!.start;
    const to = tokens[sp.nameEnd - 1]!.end;
    const data: PlaceData = { name: doc.text.slice(from, to), country: anchor.data.country, admin1: anchor.data.admin1, lat: anchor.data.lat, lon: anchor.data.lon, precision: 'site', alternatives: 0, population: null };
    added.push({ start: from, end: to, tokenStart: sp.tokenStart, tokenEnd: sp.nameEnd, sentence: sp.sentence, text: doc.text.slice(from, to), entry: UNLISTED_ENTRY, data });
    if (doc.trace) doc.explain('places', 'rule:place.namesake-at-home', sp.sentence, [from, to], `"${doc.text.slice(from, to)}" is a place of ${home} the gazetteer lacks; placed at ${anchor.text}`);
  }
  if (added.length === 0) return places;
  return [...places, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}
