import type { Doc, Token } from '../pipeline/doc.js';
import { tokenAt } from '../pipeline/token-at.js';
import { listFrom, mapList } from '../util/lists.js';
import { copyCandidate, type Gazetteer, type GeoCandidate } from '../resolve/gazetteer.js';
import { foldNorm, keyOfTokens } from '../resolve/gazetteer-key.js';
import { tokenize } from '../segment/tokenize.js';
import { childKey, extendableKey, firstKey, fuzzyExtendableKey, fuzzyOf, keyRoot, mayContinueKey, readingsOf, setStartFlag, START_DEAD, START_LIVE, startFlag, type KeyNode } from './place-keys.js';
import { tokenVid } from './vocab.js';
import { relativePositions } from './place-relative.js';
import { unambiguous } from '../resolve/geo-disambiguate.js';
import { capWord, locativeBefore, type Locative, type PlaceWords, type SuffixKind } from './place-words.js';

/** A stretch of text that names a place, with every gazetteer reading that fits its casing. */
export interface PlaceSpan {
  sentence: number;
  /** Name tokens [tokenStart, nameEnd); the mention runs to tokenEnd (unit suffix included). */
  tokenStart: number;
  nameEnd: number;
  tokenEnd: number;
  key: string;
  candidates: GeoCandidate[];
  suffix: SuffixKind | null;
  locative: Locative;
  /** "Alexandria, La." / "Aleppo, Syria": the admin1 or country named right after a comma. */
  hint: { admin1: string | null; country: string | null } | null;
  /** The first word of its sentence (capitalised for that reason alone). */
  initial: boolean;
  /** An AP state abbreviation after a comma ("Springfield, Ill."). */
  stateAbbrev?: boolean;
  /** The unit word came before the name ("the village of Tal …"): it guides the reading but does not vouch for the span. */
  unitBefore?: boolean;
  /** In brackets right after another place ("Al Jubah district (Marib)", "(Jardan, Shabwah)"): a larger unit. */
  bracketed?: boolean;
  /** A later name of the sentence (adjacent, after a comma or in brackets) is an admin1 or country holding one of its readings. */
  contained?: boolean;
  /** The admin1 or country that holds a reading of an earlier name ("Tehuacan Puebla", "Kale township (Kale district, Sagaing region)"). */
  container?: boolean;
  /** Followed in brackets by an admin1 unit in which it has no reading ("Kale township (Kale district, Sagaing region)" has no Kale in Myanmar). */
  outside?: boolean;
  /** A nearby admin1 unit of a reading's country does not hold it ("Al-Jabaliyah area … of Hodeidah governorate" is not Jiblah in Ibb). */
  mismatch?: { unit: GeoCandidate; firm: boolean };
  /** read by a two-consonant transliteration skeleton before a unit word (shortTranslitAt): kept only if nothing points abroad */
  shortSkeleton?: boolean;
  /** unambiguous(candidates) once asked (clearReading); undefined until then. */
  clear?: GeoCandidate | null;
}

/**
 * `unambiguous(sp.candidates)`, computed once per span: the document context, the sentence anchors and the anchors of
 * the kept names each ask it of the same spans (three passes over a name's readings each time). A span's readings are
 * settled when placeSpans returns it (place-relative.ts replaces them there), and nothing changes them afterwards.
 */
export function clearReading(sp: PlaceSpan): GeoCandidate | null {
  let u = sp.clear;
  if (u === undefined) sp.clear = u = unambiguous(sp.candidates);
  return u;
}

/** "…, Ill." / "…, N.Y.": the US state as an admin1 span, or null. */
function stateAfterComma(g: Gazetteer, tokens: Token[], i: number, limit: number): { end: number; key: string; cands: GeoCandidate[] } | null {
  if (tokens[i - 1]?.text !== ',') return null;
  // every key tried starts with this token's part: most words start no abbreviation
  const t = tokens[i]!;
  if (t.kind !== 'dash' && t.kind !== 'quote' && !g.stateAbbreviationStart(foldNorm(t.norm))) return null;
  return abbreviationAt(g, tokens, i, limit);
}

/** The AP abbreviation of a US state starting at token i ("Ill.", "W. Va.", "W.Va." of four tokens), as an admin1 span. */
function abbreviationAt(g: Gazetteer, tokens: Token[], i: number, limit: number): { end: number; key: string; cands: GeoCandidate[] } | null {
  for (let len = Math.min(4, limit - i); len >= 1; len--) {
    const key = keyOfTokens(tokens, i, i + len);
    const st = g.stateAbbreviation(key);
    if (!st) continue;
    const cands = g.candidates(keyOfTokens(tokenize(st.name), 0, 99)).filter((c) => c.kind === 'admin1' && c.iso2 === st.iso2);
    if (cands.length) return { end: i + len, key, cands: cands.slice(0, 1) };
  }
  return null;
}

/** Plural unit words after a list of county names, and the singular that names each. */
const COUNTY_PLURALS = new Map([['counties', 'county'], ['parishes', 'parish'], ['boroughs', 'borough']]);
const LIST_JOINS = new Set([',', 'and', 'or', '&']);
/** The length of every key of COUNTY_PLURALS (checked at load). */
const PLURAL_LENGTH = 8;
for (const k of COUNTY_PLURALS.keys()) if (k.length !== PLURAL_LENGTH) throw new Error(`county plural of another length: ${k}`);

/**
 * "school boards in Barrow, Jackson and Madison counties", "in Butler, Clark or Warren counties": each name of a list
 * closed by a plural unit word is the county of that name ("Barrow County"), when the gazetteer has one (US county
 * readings, featureCode ADM2). Each name is one to three capitalised words. By the name's first token.
 */
function countyList(g: Gazetteer, tokens: Token[], from: number, to: number, blocked: (k: number) => boolean): Map<number, { end: number; key: string; cands: GeoCandidate[] }> | null {
  let out: Map<number, { end: number; key: string; cands: GeoCandidate[] }> | null = null;
  for (let u = from + 1; u < to; u++) {
    // every plural is eight letters long ("counties", "parishes", "boroughs"): most tokens are ruled out without
    // hashing their norm (the one Map look-up per token of every sentence was most of this scan)
    const norm = tokens[u]!.norm;
    if (norm.length !== PLURAL_LENGTH) continue;
    const unit = COUNTY_PLURALS.get(norm);
    if (unit === undefined || !capWord(tokens[u - 1], false)) continue;
    let end = u;
    const members: { start: number; end: number; cands: GeoCandidate[] }[] = [];
    while (end > from) {
      let start = end;
      while (start > from && start > end - 3 && capWord(tokens[start - 1], false) && !blocked(start - 1)) start--;
      if (start === end) break;
      const cands = g.candidates(`${keyOfTokens(tokens, start, end)} ${unit}`).filter((c) => c.featureCode === 'ADM2');
      if (cands.length > 0) members.push({ start, end, cands });
      // the list goes on before a comma, "and" or "or" (an Oxford comma too: "Clark, and Warren")
      let k = start - 1;
      if (k < from || !LIST_JOINS.has(tokens[k]!.norm)) break;
      if (k - 1 >= from && tokens[k]!.text !== ',' && tokens[k - 1]!.text === ',') k--;
      end = k;
    }
    // the counties of one list lie in one state: the state holding most of them, when it holds two or more
    const votes = new Map<string, number>();
    for (const m of members) for (const a of new Set(m.cands.map((c) => c.admin1 ?? ''))) votes.set(a, (votes.get(a) ?? 0) + 1);
    let state = '';
    let most = 1;
    for (const [a, n] of votes) if (n > most) { most = n; state = a; } else if (n === most) state = '';
    for (const m of members) {
      const own = state === '' ? m.cands : m.cands.filter((c) => c.admin1 === state);
      const cands = own.length > 0 ? own : m.cands;
      for (const c of cands) c.alternatives = cands.length - 1;
      (out ??= new Map()).set(m.start, { end: m.end, key: keyOfTokens(tokens, m.start, m.end), cands });
    }
  }
  return out;
}

/** Words before a state's abbreviation that make it the state: "in S.C. today", "Western Mass. stargazers", "a Ga. pastor". */
const BEFORE_ABBREVIATION = new Set(['in', 'from', 'to', 'across', 'throughout', 'western', 'eastern', 'northern', 'southern', 'central', 'north', 'south',
  'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'w.', 'n.', 's.', 'e.', 'a', 'the', 'rural']);

/**
 * "N.Va. murder suspect", "Western Mass. stargazers", "in S.C. today": an AP abbreviation of a state with no comma
 * before it, opening its sentence or after a locative, compass word or article, and followed by a lower-case word or a
 * dash (so "attended Mass." at a sentence's end, "Miss. Smith" stay words). An abbreviation with a dot inside ("S.C.",
 * "D.C.", "W.Va.") needs no such word before it, only no capitalised one.
 */
function stateAlone(g: Gazetteer, tokens: Token[], i: number, from: number, limit: number): { end: number; key: string; cands: GeoCandidate[] } | null {
  const t = tokens[i]!;
  // every AP abbreviation ends its first word with a stop ("Mass.", "S.C.") or has a glued stop after it ("W" "." "Va"):
  // most capitalised words are ruled out without folding them
  const stop = tokenAt(tokens, i + 1);
  if (!t.cap || (t.text.charCodeAt(t.text.length - 1) !== 46 && (stop === undefined || stop.text !== '.' || stop.space))) return null;
  if (!g.stateAbbreviationStart(foldNorm(t.norm))) return null;
  const m = abbreviationAt(g, tokens, i, limit);
  if (m === null) return null;
  const inner = m.end - i > 2 || t.text.indexOf('.') < t.text.length - 1;
  const prev = i > from ? tokens[i - 1]! : null;
  // ("Machinsazi S.C. gathered": after a capitalised word the letters close a club's or firm's name)
  if (prev !== null && !BEFORE_ABBREVIATION.has(prev.norm) && (!inner || (prev.kind === 'word' && prev.cap))) return null;
  const next = tokenAt(tokens, m.end);
  const ok = next !== undefined && m.end < limit && ((next.kind === 'word' && !next.cap) || next.kind === 'dash' || next.text === '(' || (inner && next.text === ','));
  return ok ? m : null;
}

const MAX_TOKENS = 6;
/** A gazetteer name's words, and which of them are capitalised (so must be in the text). */
interface Surface { tokens: Token[]; wantCap: boolean[] }
const surfaceCache = new Map<string, Surface>();

function surfaceOf(s: string): Surface {
  let t = surfaceCache.get(s);
  if (!t) {
    // built by loops: `filter` and `map` give packed arrays in the interpreter and holey ones once TurboFan inlines
    // them, and caseFits deoptimised on the kind it had not seen (docs/PERFORMANCE.md, session 10)
    const tokens: Token[] = [];
    const wantCap: boolean[] = [];
    for (const x of tokenize(s)) {
      if (x.kind !== 'word' && x.kind !== 'number') continue;
      tokens.push(x);
      const c0 = x.text.charCodeAt(0);
      wantCap.push(x.text[0] !== x.text[0]!.toLowerCase() && !(c0 >= 48 && c0 <= 57));
    }
    t = { tokens, wantCap };
    if (surfaceCache.size > 50_000) surfaceCache.clear();
    surfaceCache.set(s, t);
  }
  return t;
}

/** Two to four letters, all capitals ("SUD", "KPK"). */
function acronym(s: string): boolean {
  if (s.length < 2 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Words capitalised in the gazetteer name must be capitalised in the text (its word and number tokens); 'exact' names must match exactly. */
function caseFits(c: GeoCandidate, text: Token[], upper: boolean, allCap: boolean): boolean {
  if (c.nameCase === 'exact') {
    const surf = surfaceOf(c.surface).tokens;
    if (text.length !== surf.length) return false;
    return text.every((t, k) => t.text === surf[k]!.text || (upper && t.text === surf[k]!.text.toUpperCase()));
  }
  // a short word in capitals in mixed-case text is an acronym ("unions (CGT, FO, SUD)", "the source (SABA)"): it fits
  // only a name written in capitals (KPK, DC); longer ones may be datelines ("BELGRADE, Minn.")
  if (!upper && text.length === 1 && acronym(text[0]!.text) && !acronym(c.surface)) return false;
  // every word of the text capitalised: any casing of the name fits
  if (upper || allCap) return true;
  const want = surfaceOf(c.surface).wantCap;
  const n = Math.min(text.length, want.length);
  for (let k = 0; k < n; k++) if (want[k] && !text[k]!.cap) return false;
  return true;
}

/** No readings: one shared empty list (matchAt's start value, never returned). */
const NO_READINGS: readonly GeoCandidate[] = [];

/**
 * Longest gazetteer name starting at token i (within [i, limit)), with the readings whose case fits.
 * Grows the name a token at a time and stops as soon as no longer name starts with it.
 */
export function matchAt(g: Gazetteer, tokens: Token[], i: number, limit: number, upper: boolean, blocked: (k: number) => boolean, first: KeyNode | null = null): { end: number; key: string; cands: readonly GeoCandidate[] } | null {
  const max = Math.min(limit, i + Math.max(MAX_TOKENS, g.maxTokens));
  // the longest match so far: its end, key and the gazetteer's readings that fit (copied only once, at the end)
  let bestEnd = -1;
  let bestKey = '';
  let bestFit: GeoCandidate[] | null = null;
  let bestAll: readonly GeoCandidate[] = NO_READINGS;
  let node = keyRoot(g);
  // the name's word and number tokens so far, gathered only once a reading needs its case checked (most starts have none)
  let text: Token[] | null = null;
  let textEnd = i;
  let allCap = true;
  // the name's word and number tokens so far: how many, and the first
  let nWords = 0;
  let firstWord: Token | null = null;
  for (let j = i + 1; j <= max; j++) {
    if (blocked(j - 1)) break;
    const last = tokens[j - 1]!;
    // (the next token by tokenAt: a read past the last token is "out of bounds" for optimised code that never met one)
    const next = tokenAt(tokens, j);
    if (last.kind === 'quote' && j > i + 1 && !last.space && next !== undefined && !next.space) continue; // Ma‘rib written with a quote mark
    if (last.kind === 'dash') {
      // "Al-Bab": a hyphen between two words of one name, read as a space
      if (last.space || next === undefined || next.space) break;
      continue;
    }
    // a next word that no name continues with ends the walk without a trie step (it would find a dead node)
    if (j > i + 1 && !mayContinueKey(g, node, last)) break;
    // the first token's node may come from the caller (placeSpans asks for it once per start)
    node = j === i + 1 && first !== null ? first : childKey(node, last);
    if (last.kind === 'word' || last.kind === 'number') {
      if (!last.cap) allCap = false;
      if (nWords++ === 0) firstWord = last;
      const all = readingsOf(g, node);
      if (all.length > 0 && (upper || allCap) && plainReadings(node, all) && (upper || nWords > 1 || !acronym(firstWord!.text))) {
        // every word capitalised and no reading asks for more: all fit, and the match's readings are the node's own list
        bestEnd = j;
        bestKey = node.key;
        bestFit = null;
        bestAll = all;
      } else if (all.length > 0) {
        text ??= [];
        for (; textEnd < j; textEnd++) {
          const x = tokens[textEnd]!;
          if (x.kind === 'word' || x.kind === 'number') text.push(x);
        }
        const fit: GeoCandidate[] = [];
        for (const c of all) if (caseFits(c, text, upper, allCap)) fit.push(c);
        if (fit.length > 0) {
          bestEnd = j;
          bestKey = node.key;
          bestFit = fit;
          bestAll = all;
        }
      }
    }
    if (j < max && !extendableKey(g, node)) break;
  }
  if (bestEnd < 0) return null;
  // the memo's own list when every reading fits: placeSpans copies what it keeps into the span (listFrom), once
  return { end: bestEnd, key: bestKey, cands: bestFit ? fitted(bestFit, bestAll) : bestAll };
}

/**
 * Every reading of the node fits any text whose words are all capitalised (or all in capitals), so that caseFits
 * need not read them: none is an 'exact' name, and each carries its count of alternatives (fitted would return them
 * as they are). The one-word acronym rule still needs the readings (the caller checks the word). Remembered on the node.
 */
function plainReadings(node: KeyNode, all: readonly GeoCandidate[]): boolean {
  if (node.plain < 0) {
    const alternatives = all.length - 1;
    let plain = 1;
    for (let k = 0; k < all.length; k++) {
      const c = all[k]!;
      if (c.nameCase === 'exact' || c.alternatives !== alternatives) { plain = 0; break; }
    }
    node.plain = plain;
  }
  return node.plain === 1;
}

/**
 * The readings of a match, each with its count of alternatives. When every reading fits and the memo's objects
 * already carry that count they are returned as they are (an array of their own; the objects are never changed
 * downstream); otherwise copies.
 */
function fitted(fit: GeoCandidate[], all: readonly GeoCandidate[]): GeoCandidate[] {
  const alternatives = fit.length - 1;
  if (fit.length === all.length) {
    let same = true;
    for (const c of fit) if (c.alternatives !== alternatives) { same = false; break; }
    if (same) return fit;
  }
  const out: GeoCandidate[] = []; // packed, as every other array of readings
  for (let k = 0; k < fit.length; k++) {
    const c = copyCandidate(fit[k]!);
    c.alternatives = alternatives;
    out.push(c);
  }
  return out;
}

const FUZZY_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'at', 'an', 'ad', 'ed', 'er', 'es', 'ez', 'wa']);

/**
 * `FUZZY_ARTICLES.has(norm)`: every article has two or three letters, so most words are ruled out by their length
 * without hashing the norm (asked at most match starts, by both transliteration walks and deadStart).
 */
function fuzzyArticle(norm: string): boolean {
  return norm.length <= 3 && norm.length >= 2 && FUZZY_ARTICLES.has(norm);
}
for (const k of FUZZY_ARTICLES) if (k.length < 2 || k.length > 3) throw new Error(`article of another length: ${k}`);

/**
 * An Arabic article other than al, el or wa takes the first consonant of the word after it ("Ar Ramadi", "As
 * Sulaymaniyah", "Deir ez-Zor"): true when the next word (a joining dash skipped) fits the article `art`, the token
 * at index `j` being the one after it.
 */
export function sunLetterAfter(art: string, tokens: readonly Token[], j: number, limit: number): boolean {
  if (art === 'al' || art === 'el' || art === 'wa') return true;
  let k = j;
  if (k < limit && tokens[k]!.kind === 'dash') k++;
  const next = k < limit ? tokens[k] : undefined;
  return next !== undefined && next.kind === 'word' && next.norm.startsWith(art.slice(1));
}

/**
 * A transliteration variant ("Saraqeb", "Menbij", "Ras al Ain", "Tell Abiad") of a name the gazetteer spells
 * otherwise: the longest run of up to four capitalised words (articles and hyphens between) whose skeleton matches.
 */
export function fuzzyMatchAt(g: Gazetteer, tokens: Token[], i: number, limit: number, blocked: (k: number) => boolean, first: KeyNode | null = null): { end: number; key: string; cands: readonly GeoCandidate[] } | null {
  let bestEnd = -1;
  let bestKey = '';
  let bestCands: readonly GeoCandidate[] | null = null;
  let node = keyRoot(g);
  let words = 0;
  for (let j = i + 1; j <= Math.min(limit, i + 7) && words < 4; j++) {
    if (blocked(j - 1)) break;
    const t = tokens[j - 1]!;
    if (t.kind === 'dash') {
      const next = tokenAt(tokens, j); // (as in matchAt)
      if (t.space || next === undefined || next.space) break;
      continue;
    }
    if (t.kind === 'quote' && !t.space) continue;
    if (t.kind !== 'word') break;
    const article = fuzzyArticle(t.norm);
    // "An Alexandria man": an assimilated article must sound like the word after it ("An Nasiriyah", "Ash Shihr")
    if (article && !sunLetterAfter(t.norm, tokens, j, limit)) break;
    if (!t.cap && !article) break;
    // another word: only if some skeleton key starts with the consonants so far ("Prime Minister" ends here)
    if (!article && words > 0 && !fuzzyExtendableKey(g, node)) break;
    node = j === i + 1 && first !== null ? first : childKey(node, t);
    if (article) continue;
    words++;
    const cands = fuzzyOf(g, node);
    if (cands.length > 0) { bestEnd = j; bestKey = node.key; bestCands = cands; }
  }
  // the memo's readings as they are (never changed downstream): placeSpans copies them into the span's own array
  return bestCands ? { end: bestEnd, key: bestKey, cands: bestCands } : null;
}

/**
 * "Baidha province", "Al Dhali governorate", "Serwah district": a one-word name (an article may go first) of only two
 * skeleton consonants, right before a unit word, read by transliteration (Gazetteer.sharedFuzzyShort). Without the
 * unit word two consonants say too little ("Sarah", "Diana"). A city reading needs a city or district word, an
 * admin1 reading any unit word.
 */
export function shortTranslitAt(g: Gazetteer, w: PlaceWords, tokens: Token[], i: number, limit: number, blocked: (k: number) => boolean): { end: number; key: string; cands: GeoCandidate[]; short: true } | null {
  let j = i;
  if (fuzzyArticle(tokens[j]!.norm) && j + 1 < limit && !blocked(j + 1) && sunLetterAfter(tokens[j]!.norm, tokens, j + 1, limit)) {
    j++;
    if (tokens[j]!.kind === 'dash' && !tokens[j]!.space && j + 1 < limit) j++;
  }
  const name = tokens[j]!;
  if (name.kind !== 'word' || !name.cap || j + 1 >= limit) return null;
  const next = tokens[j + 1]!;
  if (next.kind !== 'word' || blocked(j + 1)) return null;
  const unit = w.suffix(next.norm);
  if (!unit) return null;
  const key = j > i ? `${tokens[i]!.norm} ${name.norm}` : name.norm;
  const cands = g.sharedFuzzyShort(key).filter((c) => c.kind === 'admin1' || (c.kind === 'city' && unit !== 'admin1'));
  if (cands.length === 0) return null;
  const out = mapList(cands, copyCandidate);
  for (const c of out) c.alternatives = out.length - 1;
  return { end: j + 1, key, cands: out, short: true };
}

/** "…, La." / "…, Louisiana" / "…, Syria" right after a name. */
function commaHint(g: Gazetteer, tokens: Token[], j: number, limit: number, upper: boolean, name: readonly GeoCandidate[]): PlaceSpan['hint'] {
  if (j + 1 >= limit || tokens[j]!.text !== ',' || !capWord(tokens[j + 1], upper)) return null;
  for (let len = Math.min(3, limit - j - 1); len >= 1; len--) {
    const key = keyOfTokens(tokens, j + 1, j + 1 + len);
    const st = g.stateAbbreviation(key);
    if (st) return { admin1: st.name, country: 'USA' };
    const cands = g.sharedCandidates(key).filter((c) => c.kind === 'country' || c.kind === 'admin1');
    // a key both a country and a first-level unit elsewhere ("Athens, Georgia" in a story about Tbilisi): the reading
    // that holds one of the name's readings, the country first
    const holding = cands.length > 1 && cands.some((c) => c.kind === 'country') && cands.some((c) => c.kind === 'admin1') ? holdingUnit(cands, name) : null;
    if (holding !== null) return holding;
    const country = cands.find((c) => c.kind === 'country');
    if (country) return { admin1: null, country: country.country };
    if (cands.length > 0) return { admin1: cands[0]!.admin1, country: null };
  }
  return null;
}

/** The country, else the admin1 unit, among `units` that holds a town or unit reading of `name`; null if none does. */
function holdingUnit(units: readonly GeoCandidate[], name: readonly GeoCandidate[]): PlaceSpan['hint'] {
  let unit: GeoCandidate | null = null;
  for (const u of units) {
    for (const c of name) {
      if (c.kind === 'country' || c.country === null || c.country !== u.country) continue;
      if (u.kind === 'country') return { admin1: null, country: u.country };
      if (unit === null && u.admin1 !== null && c.admin1 !== null && sameName(u.admin1, c.admin1) && c.entry !== u.entry) unit = u;
    }
  }
  // (the unit's name alone, as for any unit after a comma: a hint with a country is a state abbreviation's, which
  // containment leaves settled; here the name after the comma must still be linked as the container)
  return unit === null ? null : { admin1: unit.admin1, country: null };
}

/**
 * A country after a comma is no container of a country's name that has no reading in it: "flew for China, Canada,
 * Britain" is a list ("Georgia, USA" keeps its hint: the state lies there).
 */
function listedCountry(cands: readonly GeoCandidate[], hint: PlaceSpan['hint']): PlaceSpan['hint'] {
  if (hint === null || hint.admin1 !== null || hint.country === null) return hint;
  let country = false;
  for (const c of cands) {
    if (c.country === hint.country && c.kind !== 'country') return hint;
    if (c.kind === 'country') country = true;
  }
  return country ? null : hint;
}

/**
 * Every place-name span of one sentence, before filtering and disambiguation. `open`, when given, holds every token of
 * the sentence that `blocked` lets through ([from, to)): a name can neither start nor run on a blocked token, so the
 * scan is confined to it (the rescans of actors' tokens, place-in-actor.ts); the context read around a name (a
 * preposition before it, a comma or unit word after it) is still the sentence's.
 */
export function placeSpans(doc: Doc, g: Gazetteer, w: PlaceWords, sentence: number, upper: boolean, blocked: (k: number) => boolean, open: { from: number; to: number } | null = null): PlaceSpan[] {
  const s = doc.sentences[sentence]!;
  const tokens = doc.tokens;
  const out: PlaceSpan[] = [];
  const from = open === null ? s.tokenStart : Math.max(open.from, s.tokenStart);
  const to = open === null ? s.tokenEnd : Math.min(open.to, s.tokenEnd);
  // (a county list's unit word follows its last name: one token past the open ones)
  const listed = upper ? null : countyList(g, tokens, from, Math.min(to + 1, s.tokenEnd), blocked);
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const startable = t.kind === 'word' && (t.cap || upper || g.startsLower(t.norm));
    if (!startable || blocked(i)) { i++; continue; }
    const abbrev = listed?.get(i) ?? stateAfterComma(g, tokens, i, s.tokenEnd) ?? stateAlone(g, tokens, i, s.tokenStart, s.tokenEnd);
    // a dictionary word that starts no name ("The", "He", "Monday"): neither walk can match, found by one byte
    const dead = abbrev === null && deadStart(g, t);
    // the node of the first word, shared by the exact and the transliteration walks (one memo look-up per start)
    const first = dead ? null : firstKey(g, t);
    let m: { end: number; key: string; cands: readonly GeoCandidate[]; short?: true } | null = abbrev ?? (first === null ? null : matchAt(g, tokens, i, s.tokenEnd, upper, blocked, first));
    // no exact name, or only a shorter one that a capitalised word follows ("Al" of "Al Mukha"): try transliterations
    if (first !== null && !upper && (!m || (m.end < s.tokenEnd && (capWord(tokens[m.end], false) || tokens[m.end]!.kind === 'dash' || fuzzyArticle(tokens[m.end]!.norm))))) {
      const f = fuzzyMatchAt(g, tokens, i, s.tokenEnd, blocked, first);
      if (f && (!m || f.end > m.end)) m = f;
    }
    if (!m && !upper && t.cap) m = shortTranslitAt(g, w, tokens, i, s.tokenEnd, blocked);
    // "In Samarra, ...": a sentence's capitalised first preposition is no part of a transliterated name
    if (m !== null && m.end > i + 1 && i === s.tokenStart && w.strongLocative(t.norm) && m.cands.every((c) => c.fuzzy === true)) m = null;
    if (!m) { i++; continue; }
    // "the Gulf of Aden": a match after a lower-case first word may run further
    if (!t.cap && !upper && i + 1 < s.tokenEnd && capWord(tokens[i + 1], false)) {
      const later = matchAt(g, tokens, i + 1, s.tokenEnd, upper, blocked);
      if (later && later.end > m.end) { i++; m = later; }
    }
    let end = m.end;
    let suffix: SuffixKind | null = null;
    const next = tokens[end];
    if (next && end < s.tokenEnd && next.kind === 'word' && !blocked(end)) {
      suffix = w.suffix(next.norm);
      if (suffix) end++;
      else if (next.norm === 'refugee' && tokens[end + 1]?.norm === 'camp') { suffix = 'city'; end += 2; }
    }
    // "the province of Idlib", "the city of Aleppo"
    let unitBefore = false;
    if (!suffix && i - 2 >= s.tokenStart && tokens[i - 1]!.norm === 'of') {
      suffix = w.suffix(tokens[i - 2]!.norm);
      unitBefore = suffix !== null;
    }
    // "(Marib)", "(Jardan, Shabwah)": a bracketed name after a place names the unit around it
    const bracketed = bracketBefore(tokens, i, s.tokenStart);
    // a unit word never follows a country ("Guernsey County" is not the Bailiwick of Guernsey)
    if (suffix) m.cands = withoutCountries(m.cands);
    const initial = sentenceInitial(tokens, i, s.tokenStart);
    out.push({
      sentence, tokenStart: i, nameEnd: m.end, tokenEnd: end, key: m.key, candidates: listFrom(m.cands), suffix,
      locative: locativeBefore(tokens, i, s.tokenStart, w), hint: listedCountry(m.cands, commaHint(g, tokens, m.end, s.tokenEnd, upper, m.cands)), initial,
      // every field present from the start, unset ones undefined: one hidden class for every span
      stateAbbrev: abbrev ? true : undefined, unitBefore: unitBefore ? true : undefined, bracketed: bracketed ? true : undefined,
      contained: undefined, container: undefined, outside: undefined, mismatch: undefined, shortSkeleton: m.short ? true : undefined, clear: undefined,
    });
    i = end;
  }
  containment(out, tokens, w);
  relativePositions(out, tokens, s.tokenStart);
  inheritLocatives(out, tokens);
  return out;
}

/**
 * Whether no name can start with word t, whatever follows it: a word with a vocabulary number (most sentence-initial
 * and other common capitalised words) whose key alone has no reading and starts no longer name, and that is no Arabic
 * article and has no transliteration reading that a longer name could extend. Then matchAt returns null at once (its
 * first node has no readings and is not extendable), and so does fuzzyMatchAt: the word's node has no transliteration
 * readings and is not fuzzy-extendable, and the articles that fuzzyMatchAt may step over after it leave the
 * transliteration prefix unchanged (translitSkeleton drops them), so every later step stops too. Remembered per
 * vocabulary number (place-keys.ts), so that such a start costs one byte read instead of the memo node, both walks'
 * set-up and the memo's fields. shortTranslitAt is not covered (its caller still asks it).
 */
export function deadStart(g: Gazetteer, t: Token): boolean {
  const v = tokenVid(t);
  if (v <= 0) return false;
  const known = startFlag(g, v);
  if (known !== 0) return known === START_DEAD;
  const node = firstKey(g, t);
  const dead = readingsOf(g, node).length === 0 && !extendableKey(g, node) && !fuzzyArticle(t.norm) &&
    fuzzyOf(g, node).length === 0 && !fuzzyExtendableKey(g, node);
  setStartFlag(g, v, dead ? START_DEAD : START_LIVE);
  return dead;
}

/*
 * placeSpans' parts, each compiled on its own and free of closures: the scan is one of the longest TurboFan
 * compilations of the first pass, and recompiled when a rare branch is first met (docs/PERFORMANCE.md, session 7, speed8).
 */

/** "(Marib)", "(Jardan, Shabwah)": a bracket opened after a word, at most 8 tokens before i, and not closed. */
function bracketBefore(tokens: Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= sentenceStart && k >= i - 8; k--) {
    const tk = tokens[k]!;
    if (tk.text === ')') return false;
    if (tk.text === '(') return k > sentenceStart && tokens[k - 1]!.kind === 'word';
  }
  return false;
}

/** The readings but countries, when some reading is not a country (else all of them, the same list). */
function withoutCountries(cands: readonly GeoCandidate[]): readonly GeoCandidate[] {
  let other = false;
  for (const c of cands) if (c.kind !== 'country') { other = true; break; }
  if (!other) return cands;
  const out: GeoCandidate[] = [];
  for (const c of cands) if (c.kind !== 'country') out.push(c);
  return out;
}

/** Nothing but quotes and punctuation before token i in its sentence. */
function sentenceInitial(tokens: Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  while (k >= sentenceStart && (tokens[k]!.kind === 'quote' || tokens[k]!.kind === 'punct')) k--;
  return k < sentenceStart;
}

/** "in Syria and Iraq": a name coordinated with a locative place (one or two of "and", "or", "," between) inherits its preposition. */
function inheritLocatives(out: PlaceSpan[], tokens: Token[]): void {
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!, b = out[k]!;
    if (b.locative || !a.locative) continue;
    const n = b.tokenStart - a.tokenEnd;
    if (n < 1 || n > 2) continue;
    let joined = true;
    for (let j = a.tokenEnd; j < b.tokenStart; j++) {
      const x = tokens[j]!;
      if (x.norm !== 'and' && x.norm !== 'or' && x.text !== ',') { joined = false; break; }
    }
    if (joined) b.locative = a.locative;
  }
}

/** Compass words, in the languages of ACLED's admin1 names ("Est", "Nord-Ouest", "Norte"). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'centre', 'center', 'central', 'northern', 'southern', 'eastern', 'western',
  'nord', 'sud', 'est', 'ouest', 'norte', 'sur', 'este', 'oeste', 'centro', 'northwest', 'northeast', 'southwest', 'southeast']);

/**
 * Every word of the key is a compass word ("east", "nord ouest"): `key.split(' ').every((x) => COMPASS.has(x))`
 * without the array (the filters ask it of most names, nearly all of them one word and no compass word).
 */
export function compassOnly(key: string): boolean {
  let from = 0;
  for (;;) {
    const sp = key.indexOf(' ', from);
    if (sp < 0) return COMPASS.has(from === 0 ? key : key.slice(from));
    if (!COMPASS.has(key.slice(from, sp))) return false;
    from = sp + 1;
  }
}

/** Words that may stand between a place and the unit that holds it: "de Lerdo", "township (", "district,". */
const GAP_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'al', 'el', 'ad', 'ar', 'as', 'an', 'ash', 'wa', 'and', 'of', 'sur', 'du', 'des', 'di']);
const MAX_GAP = 7;
/** Compass compounds that may stand before a unit holding a place ("Rabat, northeastern Lahij governorate"), never before a country ("Taizz - southwestern Yemen" says where Taizz is, not an area before it). */
const COMPASS_COMPOUNDS = new Set(['northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** Lower-case words of "X, a town in Homs province", "X village in the Afrin area of northern Aleppo". */
const LOOSE_GAP = new Set(['in', 'of', 'the', 'a', 'an', 'near', 'town', 'village', 'area', 'areas', 'city', 'district', 'province', 'countryside', 'region',
  'governorate', 'state', 'municipality', 'locality', 'neighbourhood', 'neighborhood', 'camp', 'subdistrict', 'sub-district', 'township',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'outskirts', 'vicinity',
  'mountain', 'mountains', 'hill', 'hills', 'valley', 'plain',
  'corregimiento', 'municipio', 'parish', 'tehsil', 'lga', 'county', 'commune', 'locality', 'sector', 'cell', 'canton', 'department', 'suburb', 'ward']);

/**
 * "Tehuacan Puebla", "Toluca de Lerdo, Mexico", "Kale township (Kale district, Sagaing region)", "Lod (Hamerkaz,
 * Ramla)": a name followed closely (nothing but capitalised words, unit words, particles, commas, dashes and
 * brackets between) by an admin1 unit or a country that holds one of its readings. The earlier name gets that unit
 * as its hint and both are marked (a place here, whatever their casing neighbours suggest).
 */
function containment(out: PlaceSpan[], tokens: Token[], w: PlaceWords): void {
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    // a comma hint naming an admin1 unit whose name several countries use ("San Jose, San Jose") is settled below
    if (a.hint && a.hint.admin1 && a.hint.country) continue;
    containFor(out, tokens, w, k, a);
  }
}

/** A held name and its container, kept while a bracket of finer units after the container is looked at. */
interface Deferred { found: { admin1: string | null; country: string | null }; b: PlaceSpan }

/*
 * containment's parts, each compiled on its own: a branch first met late in a run recompiles only the small part it
 * lies in, not the whole scan (docs/PERFORMANCE.md, session 6, speedjit4).
 */

/** The names after out[k] (a) that may hold it. */
function containFor(out: PlaceSpan[], tokens: Token[], w: PlaceWords, k: number, a: PlaceSpan): void {
  let deferred: Deferred | null = null;
  for (let j = k + 1; j < out.length && j <= k + 4; j++) {
    const b = out[j]!;
    if (b.tokenStart - out[j - 1]!.tokenEnd > MAX_GAP) break;
    const gap = gapKind(tokens, out[j - 1]!.tokenEnd, b.tokenStart, w);
    if (gap === GAP_BROKEN) break;
    // "Taizz city - southwestern Yemen": a country after a compass compound says where the name lies, but it is no unit
    // holding an area before it; nothing after it is
    if (gap === GAP_COMPOUND && b.candidates.some((u) => u.kind === 'country' && a.candidates.some((c) => c.country === u.country))) break;
    // the unit holding the best reading of the earlier name ("Cordoba (Cordoba)": the Argentine city, not a Colombian hamlet)
    const found = heldBy(a, b);
    const other = found ? undefined : otherUnit(a, b, deferred);
    if (other) {
      // a unit of the same country that does not hold the name: a transliteration reading is not meant, the unit is;
      // so too any reading when the unit is given in brackets or as "in … governorate" ("Al-'Aqabah area (Khabb wa
      // ash Shaaf, Al-Jawf)" is not Al 'Aqabah in Al Bayda), never in lists ("Homs, Hama and Idlib")
      const between = tokens.slice(a.tokenEnd, b.tokenStart);
      const firm = between.some((x) => x.text === '(') || (between.some((x) => x.norm === 'in' || x.norm === 'of') && b.suffix === 'admin1');
      if (!a.mismatch) a.mismatch = { unit: other, firm };
      continue;
    }
    if (!found) {
      outsideUnits(a, b, tokens);
      continue;
    }
    // "Wadi Hurab area in northern Yemen (Khabb wa ash Shaaf, Al-Jawf)": a country that opens a bracket of units; a
    // unit in the bracket is the finer container (or rules the name's readings out), the country only if none is
    if (found.admin1 === null && opensBracket(tokens, b.tokenEnd) && !deferred) {
      deferred = { found, b };
      continue;
    }
    contain(a, b, found);
    deferred = null;
    break;
  }
  if (deferred && !a.hint && !a.mismatch && !a.outside) contain(a, deferred.b, deferred.found);
}

/** The token at i opens a bracket (false past the last token: no undefined reaches the compare). */
function opensBracket(tokens: Token[], i: number): boolean {
  const t = tokenAt(tokens, i);
  return t !== undefined && t.text === '(';
}

const GAP_BROKEN = 0;
const GAP_OK = 1;
const GAP_COMPOUND = 2;

/** The words between two names: GAP_BROKEN if they cannot stand between a place and its unit, GAP_COMPOUND if a compass compound is among them. */
function gapKind(tokens: Token[], from: number, to: number, w: PlaceWords): number {
  let compound = false;
  for (let t = from; t < to; t++) {
    const x = tokens[t]!;
    if (x.kind === 'word' && !x.cap && COMPASS_COMPOUNDS.has(x.norm)) compound = true;
    const ok = x.kind === 'punct' || x.kind === 'dash' || x.text === '(' || x.text === ')' || x.text === ',' ||
      (x.kind === 'word' && (x.cap || GAP_PARTICLES.has(x.norm) || LOOSE_GAP.has(x.norm) || COMPASS_COMPOUNDS.has(x.norm) || w.suffix(x.norm) !== null)) || x.kind === 'number';
    if (!ok || x.text === '.' || x.text === ';' || x.text === ':') return GAP_BROKEN;
  }
  return compound ? GAP_COMPOUND : GAP_OK;
}

/** The unit (admin1 or country) among b's readings that holds the best reading of a, or null. */
function heldBy(a: PlaceSpan, b: PlaceSpan): { admin1: string | null; country: string | null } | null {
  let found: { admin1: string | null; country: string | null } | null = null;
  let bestPrior = -Infinity;
  for (const unit of b.candidates) {
    if (unit.kind !== 'admin1' && unit.kind !== 'country') continue;
    for (const c of a.candidates) {
      if (c.country !== unit.country || c.kind === 'country') continue;
      // a name repeated in its bracket ("Bulo Burto (Bulo Burto Hiraan)") holds itself only as an exact name, never
      // through a transliteration guess (Burto is no Beirut)
      if (a.key === b.key && (c.fuzzy || unit.fuzzy)) continue;
      const inside = unit.kind === 'country' || (c.admin1 !== null && unit.admin1 !== null && sameName(c.admin1, unit.admin1) && c.entry !== unit.entry);
      if (!inside) continue;
      const p = c.prior + (unit.kind === 'admin1' ? 0.5 : 0);
      if (p > bestPrior) {
        bestPrior = p;
        // the unit's country too: admin1 names recur across countries ("Cordoba (Cordoba)", "San Juan (San Juan)")
        found = unit.kind === 'admin1' ? { admin1: unit.admin1, country: unit.country } : { admin1: null, country: unit.country };
      }
    }
  }
  return found;
}

/** Two names equal but for case (the same string needs no lower-cased copies: heldBy compares every pair of readings). */
function sameName(x: string, y: string): boolean {
  return x === y || x.toLowerCase() === y.toLowerCase();
}

/** An admin1 reading of b in a country where a reads as a city, though not holding it (one of the deferred country's units first: "in northern Yemen (…, Al-Jawf)" is not Saudi Al Jawf). */
function otherUnit(a: PlaceSpan, b: PlaceSpan, deferred: Deferred | null): GeoCandidate | undefined {
  const unitOf = (u: GeoCandidate): boolean => u.kind === 'admin1' && a.candidates.some((c) => c.country === u.country && c.kind === 'city');
  return (deferred ? b.candidates.find((u) => unitOf(u) && u.country === deferred.found.country) : undefined) ?? b.candidates.find(unitOf);
}

/** b names a unit holding no reading of a: a is marked outside (a reading abroad is not meant). */
function outsideUnits(a: PlaceSpan, b: PlaceSpan, tokens: Token[]): void {
  // "(…, Sagaing region)", "Arak, a town in Homs province", "Nahri Saraj district Helmand", "San Estanislao (San Pedro)":
  // a unit of one or two countries follows, and no reading of the name lies in them
  // b must read as a unit (its best reading, or a unit word or bracket says so) and stand as a's container:
  // in brackets, after a comma, after "in"/"of", or right after a's unit word ("Nahri Saraj district Helmand")
  const between = tokens.slice(a.tokenEnd, b.tokenStart);
  // the first reading of the highest prior (what a stable sort by prior, descending, puts first), without a sorted copy
  let best: GeoCandidate | undefined;
  for (const c of b.candidates) if (best === undefined || c.prior > best.prior) best = c;
  // a unit named by a compass word alone ("East", "Sud-Ouest") could be in any country: it rules nothing out
  const asUnit = (best?.kind === 'admin1' || b.suffix === 'admin1' || b.bracketed === true) && !compassOnly(b.key);
  // a bracket closed between them ends a's units unless "in"/"of" goes on: "in Asuncion (Asuncion), Qom Toba women" (a
  // name after it is no unit of a), but "Gosine (Goshina) region of Erbil province"
  let close = -1;
  for (let t = 0; t < between.length; t++) if (between[t]!.text === ')') close = t;
  const closed = close >= 0 && !between.slice(close).some((x) => x.norm === 'in' || x.norm === 'of');
  const link = !closed && !between.some((x) => x.norm === 'and' || x.norm === 'or') &&
    (a.bracketed === true || between.some((x) => x.text === '(' || x.text === ',' || x.norm === 'in' || x.norm === 'of') || (a.suffix !== null && between.length === 0));
  // (b's admin1 readings and their countries are read only when b stands as a unit)
  if (asUnit) {
    if (link && heldByNone(a, b)) a.outside = true;
  }
  // "the Jabaliyah area of Tuhayat", "Old City area of Sanaa city", "Al-Mazraah area of Sihar district": a town or
  // district of one country holds an area or district named before it, so no reading of that name abroad is meant
  else if (link && between.some((x) => x.norm === 'of' || x.norm === 'in' || x.text === ',' || x.text === '(') && best?.kind === 'city' && (a.suffix !== null || b.suffix !== null) && b.candidates.every((c) => c.country === best.country) &&
    a.candidates.every((c) => (c.kind === 'city' || c.kind === 'admin1') && c.country !== best.country)) a.outside = true;
}

/** b has admin1 readings, in one or two countries, and no reading of a (a town or unit) lies in any of those countries. */
function heldByNone(a: PlaceSpan, b: PlaceSpan): boolean {
  const units = b.candidates.filter((c) => c.kind === 'admin1');
  const countries = new Set(units.map((u) => u.country));
  return units.length > 0 && countries.size <= 2 && a.candidates.every((c) => (c.kind === 'city' || c.kind === 'admin1') && !countries.has(c.country));
}

function contain(a: PlaceSpan, b: PlaceSpan, found: { admin1: string | null; country: string | null }): void {
  a.hint = found;
  a.contained = true;
  b.container = true;
  b.hint ??= { admin1: found.admin1, country: found.country };
  if (b.locative !== 'strong') b.locative = 'strong';
}
