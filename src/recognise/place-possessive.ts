import type { Doc, Mention, PlaceData, Token } from '../pipeline/doc.js';
import { capWord, joinName, nameEnd, UNLISTED_ENTRY } from './place-unlisted.js';

/**
 * Sites named after a place's possessive: "Jerusalem's walled Old City", "Mecca's Al-Nur hospital", "Kabul's Shash
 * Darak district". The head is a place inside the container when it names a place noun: its last capitalised word
 * ("Old City", "Green Zone") or the lower-case noun right after it ("Al-Nur hospital", "North Phyongan province").
 * At most two lower-case words may stand between ("walled", "main"). Such a head the gazetteer lacks is kept as an
 * unlisted site (entry `place:unlisted`, precision `site`) with the container's country, province and coordinates,
 * like "the village of X" (src/recognise/place-unlisted.ts). Names taken by an actor, outlet or place stay theirs
 * ("Iran's Revolutionary Guards", "Gaza's Health Ministry" name no place noun).
 */

/** Nouns that make the head of a possessive a place. */
const PLACE_NOUNS = new Set([
  'village', 'town', 'city', 'hamlet', 'neighbourhood', 'neighborhood', 'district', 'suburb', 'quarter', 'section', 'locality',
  'settlement', 'area', 'camp', 'township', 'municipality', 'province', 'governorate', 'region', 'county', 'zone', 'valley',
  'hospital', 'clinic', 'mosque', 'church', 'cathedral', 'temple', 'shrine', 'synagogue', 'market', 'bazaar', 'square',
  'street', 'avenue', 'road', 'highway', 'bridge', 'airport', 'prison', 'jail', 'stadium', 'port', 'harbour', 'harbor',
  'base', 'compound', 'palace', 'university', 'campus', 'park', 'hotel', 'refinery', 'slum',
]);

/** Lower-case words between the possessive and the head (two at most), and the index past them. */
function pastModifiers(tokens: Token[], k: number, to: number, upper: boolean): number {
  let j = k;
  // (letters only: "Nebraska's 3rd Congressional District" is an electoral unit, no site)
  while (j < to && j < k + 2 && tokens[j]!.kind === 'word' && !tokens[j]!.cap && !upper && !PLACE_NOUNS.has(tokens[j]!.norm) && !/\d/.test(tokens[j]!.text)) j++;
  return j;
}

/** Sites named after a resolved place's possessive, merged into `places` in text order. */
export function addPossessiveSites(doc: Doc, places: Mention<PlaceData>[], upper: boolean): Mention<PlaceData>[] {
  const tokens = doc.tokens;
  let taken: Uint8Array | null = null;
  const added: Mention<PlaceData>[] = [];
  for (const p of places) {
    const s = doc.sentences[p.sentence]!;
    if (p.data.lat === null || tokens[p.tokenEnd]?.norm !== "'s" || p.tokenEnd + 1 >= s.tokenEnd) continue;
    // "at the Moore's Ford bridge", "a McHale's pub": after an article the possessive is part of a name, not a place's
    const before = p.tokenStart > s.tokenStart ? tokens[p.tokenStart - 1]!.norm : '';
    if (before === 'the' || before === 'a' || before === 'an') continue;
    if (taken === null) {
      taken = new Uint8Array(tokens.length);
      for (const layer of [doc.outlets, doc.actors, places] as Mention<unknown>[][]) for (const m of layer) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
    }
    const start = pastModifiers(tokens, p.tokenEnd + 1, s.tokenEnd, upper);
    if (start >= s.tokenEnd || taken[start] || !(capWord(tokens[start], upper) || tokens[start]!.kind === 'word')) continue;
    const end = nameEnd(tokens, start, s.tokenEnd, taken, upper);
    if (end <= start) continue;
    // the place noun: the name's last word ("Old City") or the word after it ("Al-Nur hospital")
    const after = tokens[end];
    const noun = PLACE_NOUNS.has(tokens[end - 1]!.norm) || (end < s.tokenEnd && after !== undefined && !taken[end] && after.kind === 'word' && !capWord(after, upper) && PLACE_NOUNS.has(after.norm));
    if (!noun) continue;
    const data: PlaceData = { name: joinName(tokens, start, end), country: p.data.country, admin1: p.data.admin1, lat: p.data.lat, lon: p.data.lon, precision: 'site', alternatives: 0, population: null };
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    added.push({ start: from, end: to, tokenStart: start, tokenEnd: end, sentence: p.sentence, text: doc.text.slice(from, to), entry: UNLISTED_ENTRY, data });
    for (let j = start; j < end; j++) taken[j] = 1;
    if (doc.trace) doc.explain('places', 'rule:place.possessive-site', p.sentence, [from, to], `"${doc.text.slice(from, to)}" is a site of ${p.text} the gazetteer lacks`);
  }
  if (added.length === 0) return places;
  return [...places, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}
