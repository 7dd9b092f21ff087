import type { Mention, PlaceData } from '../pipeline/doc.js';

/**
 * What the document's places say as a whole, for the events with no place of their own (events.ts,
 * fallbackLocation): whether they lie in one country, and the first of the most precise. An event's own
 * sentence is read apart (a speaker's place there is set aside), so the summary is kept for every prefix
 * and suffix of the place list: the whole document minus one sentence is a prefix, that sentence's kept
 * places and a suffix, instead of a pass over every place per event (quadratic in long texts).
 */

const PRECISION_RANK = ['site', 'city', 'admin1', 'country', 'region'];

/** The rank of a place's precision: lower is more precise (unknown precisions rank first, as `indexOf` gives -1). */
export function precisionRank(p: Mention<PlaceData>): number {
  return PRECISION_RANK.indexOf(p.data.precision);
}

/** A run of places: their one country (null when none has one), or mixed; the first place of the lowest rank. */
export interface PlacePart { country: string | null; mixed: boolean; best: number; bestRank: number }

export const NO_PLACES: PlacePart = { country: null, mixed: false, best: -1, bestRank: 0 };

/** `a` then `b` (every place of `a` comes before every place of `b`). */
export function joinParts(a: PlacePart, b: PlacePart): PlacePart {
  let country = a.country;
  let mixed = a.mixed || b.mixed;
  if (!mixed && b.country !== null) {
    if (country === null) country = b.country;
    else if (b.country !== country) mixed = true;
  }
  // ties keep the earlier place
  const later = b.best >= 0 && (a.best < 0 || b.bestRank < a.bestRank);
  return { country, mixed, best: later ? b.best : a.best, bestRank: later ? b.bestRank : a.bestRank };
}

/** `a` then the place at position `i`. */
export function addPlace(a: PlacePart, p: Mention<PlaceData>, i: number): PlacePart {
  return joinParts(a, { country: p.data.country, mixed: false, best: i, bestRank: precisionRank(p) });
}

/** Lists up to this long are read in one pass by the caller: the summary would cost more than it saves. */
const SHORT = 24;

export class PlaceSummary {
  readonly places: Mention<PlaceData>[];
  private readonly length: number;
  /** prefix[i]: places [0, i); suffix[i]: places [i, n). */
  private readonly prefix: PlacePart[] = [];
  private readonly suffix: PlacePart[];
  /** Positions of each sentence's places, ascending. */
  private readonly bySentence = new Map<number, number[]>();

  constructor(places: Mention<PlaceData>[]) {
    this.places = places;
    this.length = places.length;
    let part = NO_PLACES;
    for (let i = 0; i < places.length; i++) {
      this.prefix.push(part);
      part = addPlace(part, places[i]!, i);
      const list = this.bySentence.get(places[i]!.sentence);
      if (list) list.push(i); else this.bySentence.set(places[i]!.sentence, [i]);
    }
    this.prefix.push(part);
    const suffix: PlacePart[] = new Array<PlacePart>(places.length + 1);
    part = NO_PLACES;
    suffix[places.length] = part;
    for (let i = places.length - 1; i >= 0; i--) {
      part = joinParts({ country: places[i]!.data.country, mixed: false, best: i, bestRank: precisionRank(places[i]!) }, part);
      suffix[i] = part;
    }
    this.suffix = suffix;
  }

  /** Still the summary of `places` (the same list, not grown or cut since). */
  covers(places: Mention<PlaceData>[]): boolean {
    return places === this.places && places.length === this.length;
  }

  /** Positions of the places of sentence `s`, in list order. */
  inSentence(s: number): readonly number[] {
    return this.bySentence.get(s) ?? NONE;
  }

  /**
   * Every place but those of sentence `s`, joined with `own` (a part made of some of that sentence's places);
   * null when the sentence's places are not next to one another in the list (then the caller passes over them all).
   */
  without(s: number, own: PlacePart): PlacePart | null {
    const list = this.inSentence(s);
    if (list.length === 0) return this.prefix[this.length]!;
    const lo = list[0]!;
    const hi = list[list.length - 1]! + 1;
    if (hi - lo !== list.length) return null;
    return joinParts(joinParts(this.prefix[lo]!, own), this.suffix[hi]!);
  }
}

const NONE: readonly number[] = [];

const summaries = new WeakMap<Mention<PlaceData>[], PlaceSummary>();

/** The summary of a document's `places`, built once per list; null for a short list (read it in one pass). */
export function placeSummary(places: Mention<PlaceData>[]): PlaceSummary | null {
  if (places.length <= SHORT) return null;
  let summary = summaries.get(places);
  if (!summary || !summary.covers(places)) {
    summary = new PlaceSummary(places);
    summaries.set(places, summary);
  }
  return summary;
}
