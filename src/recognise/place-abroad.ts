import type { GeoCandidate, Gazetteer } from '../resolve/gazetteer.js';
import { strongFromOther, type GeoContext } from '../resolve/geo-disambiguate.js';
import { clearReading, type PlaceSpan } from './place-match.js';

/**
 * A small namesake abroad against the document's own country: "QSD fighters took the village of Shafa" finds no
 * Syrian Shafa in the gazetteer, only a Saudi town; Houthi fighters shelling "the Sabran area" only a French village.
 * When nothing else in the document points to the reading's country, while a named armed group that fights at home,
 * an intervention in its theatre, or a firm town or unit named elsewhere in the document points to another country
 * that does not border it and where the name has no reading, the name is a local place the gazetteer lacks: no
 * place, so the event falls back to the places and actors it does know. Towns of 100,000 people or more (unless
 * read by a transliteration guess), names given with their unit ("Shafa, Mecca") and towns of 10,000 people or more in a
 * neighbouring country (Hezbollah fighting in Qusayr) are kept, and so are villages next door in a sentence that speaks
 * of a border ("shelled a border post near Al Khubah"); another village next door is dropped like one farther away
 * ("regime forces took Hadar" is no Iraqi hamlet).
 */
export const ABROAD_MAX_POPULATION = 100_000;
/** In a country next to the one the document points to, a namesake this large is kept (people fight across that border). */
export const NEIGHBOUR_MAX_POPULATION = 10_000;
/** A town at least this large anchors the document in its country. */
export const ANCHOR_MIN_POPULATION = 100_000;

/**
 * Countries whose place names are Arabic words ("Al Mansurah" the victorious, "Al Wusta" the middle, "Al Bayda" the white,
 * "Saida", "Hail", "Seeb"): the same names recur from Morocco to Oman, so between two of them a namesake abroad may be a
 * sizeable town, up to ARABIC_ABROAD_MAX_POPULATION ("Mansura" in a QSD story is no Egyptian city, "Saida frontlines in
 * Ar-Raqqa countryside" no Algerian one). ISO3 of the Arab League members written in Arabic script.
 */
export const ARABIC_NAMING = new Set(['DZA', 'BHR', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM']);
export const ARABIC_ABROAD_MAX_POPULATION = 500_000;

/**
 * The country the document points to instead of `best`'s, or null when the reading may stand. `borderTalk`: whether the
 * sentence speaks of a border, or a function that finds out (asked only when the answer matters: most readings are
 * settled before, and the question is a scan of the sentence).
 */
export function homeAgainstNamesake(sp: PlaceSpan, best: GeoCandidate, ctx: GeoContext, g: Gazetteer, borderTalk: boolean | (() => boolean) = false): string | null {
  const x = best.country;
  if (!x || sp.hint || sp.contained || sp.bracketed) return null;
  // a transliteration guess ("Safer" read as Sefrou province) is weak at any size; an exact name only as a small town,
  // or between two Arabic-naming countries as a town under half a million people that is no capital
  let arabicOnly = false;
  if (!best.fuzzy && (best.kind !== 'city' || (best.population ?? 0) >= ABROAD_MAX_POPULATION)) {
    if (best.kind !== 'city' || !ARABIC_NAMING.has(x) || best.featureCode === 'PPLC' || (best.population ?? 0) >= ARABIC_ABROAD_MAX_POPULATION) return null;
    arabicOnly = true;
  }
  if (best.kind !== 'city' && best.kind !== 'admin1') return null;
  // anything else for the reading's country: a demonym, an actor, another name, a second name with a reading there
  if ((ctx.weak.get(x) ?? 0) > 0 || strongFromOther(ctx.strongKeys.get(x), sp.key) || (ctx.countryVotes.get(x) ?? 0) >= 2) return null;
  // next door only a village or a name the gazetteer knows from country-state-city alone, in a sentence that speaks of no
  // border: home-fighting groups do cross into a neighbour's towns (Hezbollah in Qusayr) and border villages ("shelled a
  // border post near Al Khubah"), rarely into its other villages
  const small = !(typeof borderTalk === 'function' ? borderTalk() : borderTalk) && (best.fuzzy || best.featureCode === 'CSC' || (best.population ?? 0) < NEIGHBOUR_MAX_POPULATION);
  const against = (y: string): boolean => y !== x && (!arabicOnly || ARABIC_NAMING.has(y)) && (small || !g.neighbours(x, y)) && !sp.candidates.some((c) => c.country === y);
  if (ctx.home) for (const [y, n] of ctx.home) if (n > 0 && against(y)) return y;
  // another town or unit named unambiguously (a country's own name is no such anchor: "a South Korean factory")
  if (ctx.anchors) for (const [y, keys] of ctx.anchors) if (strongFromOther(keys, sp.key) && against(y)) return y;
  return null;
}

/**
 * ISO3 → keys of the names that anchor the document in a country: towns and units that passed the place filters and
 * read unambiguously by their exact name (no transliteration guess, no name whose readings all lie outside the unit
 * named after it), and firmly: units, towns of 100,000 people or more, names given with their unit. Filled after filtering, so that a name that is
 * no place here ("Abu", "Gayle") anchors nothing.
 */
export function anchorsOf(spans: readonly PlaceSpan[], g: Gazetteer): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const sp of spans) {
    if (sp.outside || g.stop.has(sp.key)) continue;
    const u = clearReading(sp);
    if (!u || !u.country || u.kind === 'country' || u.fuzzy) continue;
    // firm: a unit, a town of 100,000 or more, or a name given with its unit; two villages in two countries do not
    // rule each other out ("fighting in the Dass and Barentu area")
    if (u.kind === 'city' && (u.population ?? 0) < ANCHOR_MIN_POPULATION && !sp.hint && !sp.contained) continue;
    const set = out.get(u.country) ?? new Set<string>();
    set.add(sp.key);
    out.set(u.country, set);
  }
  return out;
}

/**
 * A two-consonant transliteration guess ("Baidha province" read as Al Bayda) stands when the document points to the
 * reading's country (a demonym, an actor, a home-fighting group, another name there) or to no country at all; when
 * it points only elsewhere ("Payal town" in an Indian story is no Pakistani village), the guess is dropped.
 */
export function shortGuessAbroad(sp: PlaceSpan, best: GeoCandidate, ctx: GeoContext): boolean {
  const x = best.country;
  if (!sp.shortSkeleton || !x) return false;
  if ((ctx.weak.get(x) ?? 0) > 0 || (ctx.home?.get(x) ?? 0) > 0 || strongFromOther(ctx.strongKeys.get(x), sp.key)) return false;
  for (const [y, n] of ctx.weak) if (y !== x && n > 0) return true;
  for (const [y, n] of ctx.home ?? []) if (y !== x && n > 0) return true;
  for (const [y, keys] of ctx.strongKeys) if (y !== x && strongFromOther(keys, sp.key)) return true;
  if (ctx.anchors) for (const [y, keys] of ctx.anchors) if (y !== x && strongFromOther(keys, sp.key)) return true;
  return false;
}
