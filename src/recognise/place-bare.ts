import type { Doc, Token } from '../pipeline/doc.js';
import { capWord, nameEnd, nameStarts } from './place-unlisted.js';
import { normAt } from '../pipeline/token-at.js';

/**
 * Bare names the gazetteer lacks in a place's slot: "airstrikes on Kafr Noran.", "clashed with militias in Tal Dakwah.",
 * "observed shots near Hnutove.", "troops captured Saqba from rebel fighters". A capitalised name of one to three words
 * right after a locative preposition (in, near, outside, around) or a territorial verb (shelled, captured, …), that
 * closes its phrase (a stop, a comma, "and", a preposition or a unit word follows: "in Foua. No losses", not "in Facebook
 * posts"), and that no other layer took (actors, outlets, times, numbers, places). Anchored like the unit-word places of
 * place-unlisted.ts (the caller passes the anchor finder): a village of the sentence's, the document's or the actors'
 * country, precision `site`, entry `place:unlisted`. Not in all-capitals text, where every word looks like a name.
 */

/** Words before a bare name that make it a place: locative prepositions and verbs whose object is ground. */
const BEFORE = new Set(['in', 'near', 'outside', 'around', 'shelled', 'captured', 'seized', 'stormed', 'besieged', 'overran', 'recaptured', 'retook', 'liberated', 'bombed', 'raided']);
/** "airstrikes on X", "an attack on X": "on" after these nouns. */
const ON_NOUNS = new Set(['airstrikes', 'airstrike', 'strikes', 'strike', 'raids', 'raid', 'attack', 'attacks', 'assault', 'shelling', 'bombardment', 'offensive',
  'bombs', 'shells', 'rockets', 'missiles']);
/**
 * "fired artillery at X", "clashes at X": "at" after these words only; after a date, a job, a crowd ("gathered at Free
 * Speech Alley") or anything else "at" names a business, a school or a venue ("a manager at Applied Materials").
 */
const AT_WORDS = new Set(['fired', 'fire', 'firing', 'artillery', 'shells', 'rockets', 'mortars', 'missiles', 'shelling', 'clashes', 'clashed', 'fighting',
  'fought', 'battle', 'ambushed', 'ambush', 'positions', 'stationed', 'deployed']);
/** "withdrew from X", "evacuated from X": "from" after these words only (elsewhere it names where people come from). */
const FROM_WORDS = new Set(['withdrew', 'withdrawn', 'withdrawing', 'withdraw', 'retreated', 'retreating', 'expelled', 'ousted', 'evacuated', 'displaced', 'out']);
/** "took control of X", "in the vicinity of X", "on the outskirts of X", "west of X": "of" after these words (session 11). */
const OF_NOUNS = new Set(['control', 'vicinity', 'outskirts', 'outskirt', 'edge', 'edges', 'direction', 'entrance', 'frontline', 'frontlines', 'surroundings',
  'environs', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Words that may close a place phrase. */
const CLOSERS = new Set(['and', 'or', 'on', 'with', 'after', 'when', 'where', 'while', 'as', 'in', 'near', 'amid', 'during', 'following', 'from', 'since',
  'at', 'before', 'by', 'last', 'this', 'late', 'early', 'earlier', 'overnight', 'yesterday', 'today', 'until', 'but', 'which',
  'was', 'were', 'is', 'are', 'has', 'have', 'had',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western',
  'town', 'village', 'villages', 'area', 'district', 'neighbourhood', 'neighborhood', 'city', 'camp', 'countryside', 'outskirts', 'region', 'province', 'governorate', 'municipality', 'suburb']);
/** Capitalised words after "in" that are no place: institutions, faiths, languages, seasons and feasts. */
const NOT_PLACES = new Set(['parliament', 'congress', 'court', 'senate', 'assembly', 'government', 'office', 'power', 'ramadan', 'eid', 'christmas', 'easter',
  'islam', 'christianity', 'judaism', 'god', 'heaven', 'hell', 'english', 'arabic', 'french', 'spanish', 'russian', 'persian', 'kurdish', 'turkish',
  'custody', 'prison', 'jail', 'detention', 'hospital', 'person', 'public', 'general', 'particular', 'total', 'addition', 'response', 'protest', 'support',
  'solidarity', 'memory', 'honour', 'honor', 'favour', 'favor', 'front', 'charge', 'control', 'order', 'time', 'part', 'place', 'case', 'fact', 'turn', 'return',
  'exchange', 'line', 'accordance', 'reference', 'relation', 'view', 'light', 'spite', 'terms', 'coordination', 'cooperation', 'tandem', 'retaliation',
  'city', 'council', 'love', 'war', 'world', 'ww', 'wwii']);

/**
 * A word that opens no village name: an initial or title ("H. L. Snyder", "Lt. Kevin Lunsford", "S. Jersey"), an acronym
 * ("UNAMID", "FEMA", "ERs"); or one that closes none: a roman numeral ("World War I"), an institution's last word.
 */
function notAName(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start]!.text;
  // ("Lt" "." "Kevin": an abbreviation's stop glued to it, a name after it; a stop that ends the sentence is no such)
  const next = tokens[start + 1];
  if (first.length === 1 || first.endsWith('.') || (first.length <= 3 && next?.text === '.' && !next.space && capWord(tokens[start + 2], false))) return true;
  let caps = 0;
  for (let i = 0; i < first.length; i++) { const c = first.charCodeAt(i); if (c >= 65 && c <= 90) caps++; }
  if (caps >= 2) return true;
  const last = tokens[end - 1]!.text;
  return last === 'I' || last === 'II' || last === 'III' || last === 'IV' || INSTITUTION_ENDS.has(tokens[end - 1]!.norm);
}

/**
 * Last words of institutions, businesses and buildings ("Kanawha Magistrate Court", "Advance Auto Parts", "near Olive
 * Garden"; not "market", "prison": LGL and ACLED name "Capitol Market", "Sidnaya Military Prison" as places), and of sites inside a
 * town ("in Civic Square in Wellington", "near Bayfront Parkway in Pensacola"): no village, and the town is the place
 * that event data codes.
 */
const INSTITUTION_ENDS = new Set(['court', 'hall', 'chambers', 'office', 'department', 'association', 'company', 'parts', 'committee', 'council', 'university', 'college',
  'square', 'plaza', 'park', 'parkway', 'street', 'avenue', 'road', 'boulevard', 'bridge', 'roundabout', 'bay', 'beach', 'station', 'airport', 'mall', 'centre', 'center',
  // businesses and buildings ("near Olive Garden", "outside Rosie's Grill", "in Lakeside Church")
  'garden', 'restaurant', 'grill', 'cafe', 'bar', 'pub', 'inn', 'hotel', 'motel', 'casino', 'store', 'stores', 'mart', 'supermarket', 'pharmacy', 'bank',
  'church', 'mosque', 'temple', 'cathedral', 'school', 'academy', 'hospital', 'clinic', 'stadium', 'arena', 'theater', 'theatre', 'club', 'library', 'museum']);

function closes(tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd) return true;
  const t = tokens[end]!;
  if (t.kind === 'punct') return t.text === '.' || t.text === ',' || t.text === ';' || t.text === ':' || t.text === ')' || t.text === '(';
  return t.kind === 'word' && !t.cap && CLOSERS.has(t.norm);
}

/** Token ranges [start, end) of bare place names in sentence `si`, outside `taken`. */
export function bareNames(doc: Doc, si: number, taken: Uint8Array, upper: boolean): [number, number][] {
  const out: [number, number][] = [];
  if (upper) return out;
  const tokens = doc.tokens;
  const s = doc.sentences[si]!;
  for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) continue;
    const n = t.norm;
    if (!BEFORE.has(n) && !(n === 'on' && ON_NOUNS.has(normAt(tokens, k - 1))) && !(n === 'of' && OF_NOUNS.has(normAt(tokens, k - 1))) &&
      !(n === 'at' && AT_WORDS.has(normAt(tokens, k - 1))) && !(n === 'from' && FROM_WORDS.has(normAt(tokens, k - 1)))) continue;
    const start = k + 1;
    if (taken[start] || !nameStarts(tokens, start, false) || NOT_PLACES.has(tokens[start]!.norm)) continue;
    const end = nameEnd(tokens, start, s.tokenEnd, taken, false);
    if (end <= start || tokens[end]?.norm === "'s" || !closes(tokens, end, s.tokenEnd) || notAName(tokens, start, end)) continue;
    out.push([start, end]);
    k = end - 1;
  }
  return out;
}
