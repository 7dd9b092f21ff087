import type { Token } from '../pipeline/doc.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { afterCapitalNoun } from './capital-apposition.js';

/**
 * Word classes around place names, read from data/places/place-words.json through the gazetteer:
 * unit suffixes ("province", "district", "city"), locative prepositions, qualifiers ("northern", "occupied")
 * and capitalised words that may follow a place without making it part of a longer name ("Monday").
 */

export type SuffixKind = 'admin1' | 'admin2' | 'city';

export interface PlaceWords {
  suffix(norm: string): SuffixKind | null;
  /** in, near, outside, … (a place reading is strongly implied) */
  strongLocative(norm: string): boolean;
  /** any preposition that may introduce a place (on, to, from, between, …) */
  locative(norm: string): boolean;
  qualifier(norm: string): boolean;
  follower(norm: string): boolean;
  /** capitalised words that make a local institution of a place name ("Gainesville Police") */
  institution(norm: string): boolean;
  /** nouns after which "of" introduces a place ("the southern edge of Kabul", "the streets of Kampala") */
  locativeHead(norm: string): boolean;
  /** words after which "on" introduces the ground hit ("airstrikes on Harad", "shells fell on Saqin") */
  attackOn(norm: string): boolean;
}

export function placeWords(g: Gazetteer): PlaceWords {
  const get = (k: string) => g.words.get(k) ?? new Set<string>();
  const admin1 = get('admin1'), admin2 = get('admin2'), city = get('city');
  const strong = get('strong-locative'), loc = get('locative'), qual = get('qualifier'), fol = get('follower'), inst = get('institution'), head = get('locative-head'), attack = get('attack-on');
  // the unit words by kind in one Map (one look-up instead of up to three): a word in several lists takes the first
  // kind of admin1, admin2, city, as the three Set tests in that order gave it
  const units = new Map<string, SuffixKind>();
  for (const [kind, set] of [['city', city], ['admin2', admin2], ['admin1', admin1]] as const) for (const x of set) units.set(x, kind);
  return {
    suffix: (n) => units.get(n) ?? null,
    strongLocative: (n) => strong.has(n),
    locative: (n) => loc.has(n),
    qualifier: (n) => qual.has(n),
    follower: (n) => fol.has(n),
    institution: (n) => inst.has(n),
    locativeHead: (n) => head.has(n),
    attackOn: (n) => attack.has(n),
  };
}

/** The token is a word starting with a capital (or any word in an all-upper-case text). */
export function capWord(t: Token | undefined, upper: boolean): boolean {
  return !!t && t.kind === 'word' && (t.cap || upper);
}

export type Locative = 'strong' | 'weak' | null;

/**
 * The preposition governing a name at token i: looks back over qualifiers ("in the occupied West Bank",
 * "north of Idlib": "of" after a direction or a unit word counts as strong).
 */
export function locativeBefore(tokens: Token[], i: number, from: number, w: PlaceWords): Locative {
  // "the Somali capital Mogadishu", "the capital city Baghdad": the city in apposition, not its government
  if (afterCapitalNoun(tokens, from, i)) return 'strong';
  let k = i - 1;
  let steps = 0;
  while (k >= from && steps < 3 && tokens[k]!.kind === 'word' && w.qualifier(tokens[k]!.norm)) { k--; steps++; }
  if (k < from) return null;
  const t = tokens[k]!;
  // "Labranza (Araucania)", "Al Jubah district (Marib)": a name in brackets after a place or unit word
  if (t.text === '(' && k - 1 >= from && tokens[k - 1]!.kind === 'word' && (tokens[k - 1]!.cap || w.suffix(tokens[k - 1]!.norm))) return 'strong';
  // "Al Sabain district, Sanaa", "Hasbah neighborhood, Sana'a": a comma after a unit word
  if (t.text === ',' && k - 1 >= from && tokens[k - 1]!.kind === 'word' && w.suffix(tokens[k - 1]!.norm)) return 'strong';
  if (t.kind !== 'word') return null;
  if (t.norm === 'of') {
    const p = tokens[k - 1];
    if (p && p.kind === 'word' && k - 1 >= from && (w.qualifier(p.norm) || w.suffix(p.norm) || w.locativeHead(p.norm))) return 'strong';
    return 'weak';
  }
  if (w.strongLocative(t.norm)) return 'strong';
  // "airstrikes on Harad", "raids were launched on Midi": the ground a strike hits
  if (t.norm === 'on' && k - 1 >= from && tokens[k - 1]!.kind === 'word' && w.attackOn(tokens[k - 1]!.norm)) return 'strong';
  if (w.locative(t.norm)) return 'weak';
  return null;
}
