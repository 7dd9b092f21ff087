import type { GeoCandidate } from './gazetteer.js';
import type { SuffixKind } from '../recognise/place-words.js';

/**
 * Choosing among same-name places. A candidate's score is its prior (kind, log population, capital status,
 * hand-table bonus) plus evidence from the document:
 *   (a) its country is mentioned elsewhere in the document (country names, unambiguous cities, demonyms, actors);
 *   (b) an admin1 or country is named right after it ("Alexandria, La.", "Aleppo, Syria"), or its admin1 is
 *       mentioned elsewhere;
 *   (c) a unit word asks for a kind ("Idlib province" → admin1, "Gaza City" → city);
 *   (d) the same name was already resolved earlier in the document (one sense per discourse).
 */

export interface GeoContext {
  /** ISO3 → weight: country names and unambiguous places. */
  strong: Map<string, number>;
  /** ISO3 → weight: demonyms and actors' countries. */
  weak: Map<string, number>;
  /** "ISO3|admin1 name" → count. */
  admin1: Map<string, number>;
  /** name key → entry chosen earlier in the document. */
  chosen: Map<string, string>;
}

export function emptyContext(): GeoContext {
  return { strong: new Map(), weak: new Map(), admin1: new Map(), chosen: new Map() };
}

export interface Evidence {
  suffix: SuffixKind | null;
  hint: { admin1: string | null; country: string | null } | null;
  key: string;
}

export const WEIGHTS = {
  strongCountry: 3,
  weakCountry: 1.5,
  admin1InDoc: 1.5,
  hintMatch: 6,
  hintMismatch: -3,
  suffixAdmin1: 5,
  suffixCity: 3,
  suffixAdmin2City: 1,
  sameAsBefore: 4,
} as const;

export function score(c: GeoCandidate, ev: Evidence, ctx: GeoContext): number {
  let s = c.prior;
  if (c.kind !== 'country' && c.country) {
    if (ctx.strong.has(c.country)) s += WEIGHTS.strongCountry;
    else if (ctx.weak.has(c.country)) s += WEIGHTS.weakCountry;
    if (c.admin1 && ctx.admin1.has(`${c.country}|${c.admin1}`) && c.kind === 'city') s += WEIGHTS.admin1InDoc;
  }
  if (ev.hint) {
    const okA = ev.hint.admin1 !== null && c.admin1 !== null && ev.hint.admin1.toLowerCase() === c.admin1.toLowerCase();
    const okC = ev.hint.country !== null && c.country === ev.hint.country;
    if (okA || (okC && ev.hint.admin1 === null)) s += WEIGHTS.hintMatch;
    else s += WEIGHTS.hintMismatch;
  }
  if (ev.suffix === 'admin1' && c.kind === 'admin1') s += WEIGHTS.suffixAdmin1;
  if (ev.suffix === 'city' && c.kind === 'city') s += WEIGHTS.suffixCity;
  if (ev.suffix === 'admin2' && c.kind === 'city') s += WEIGHTS.suffixAdmin2City;
  if (ctx.chosen.get(ev.key) === c.entry) s += WEIGHTS.sameAsBefore;
  return s;
}

/** Candidates ranked best first, with their scores. */
export function rank(cands: GeoCandidate[], ev: Evidence, ctx: GeoContext): { c: GeoCandidate; s: number }[] {
  return cands.map((c) => ({ c, s: score(c, ev, ctx) })).sort((a, b) => b.s - a.s);
}

/** The top reading is clear: it beats every reading in another country by `margin`. */
export function unambiguous(cands: GeoCandidate[], margin = 2): GeoCandidate | null {
  const sorted = [...cands].sort((a, b) => b.prior - a.prior);
  const top = sorted[0];
  if (!top) return null;
  const rival = sorted.find((c) => c.country !== top.country);
  return !rival || top.prior - rival.prior >= margin ? top : null;
}
