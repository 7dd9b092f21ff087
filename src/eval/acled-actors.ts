import type { Actor, Sector } from '../model/actor.js';
import { countryCode } from './countries.js';
import { contentWords, normText } from './normalise.js';

/**
 * Matching an ACLED actor name ("Military Forces of Syria (2000-)", "Houthi Movement - Ansar Allah",
 * "Civilians (Yemen)") to one of our actors. The rule (documented in docs/EVALUATION.md):
 *
 * (a) name (named actors only): after normalisation (years and bracketed country dropped, "A - B" and
 *     "A: B" read as aliases, punctuation and case folded, plurals singular) one side's content words
 *     are all among the other's; or, for any actor, the actor dictionary's `lookupActor` resolves the
 *     ACLED name to our actor's entry;
 * (b) state forces (inter "State forces", or "Military/Police Forces of X", "Government of X"): our
 *     actor is a state or has a state sector (GOV, MIL, COP, JUD, LEG, SPY) and the same country;
 * (c) generic actors — Protesters, Rioters, Civilians, Unidentified Armed Group (X), Unidentified Gang (X): our
 *     actor has the same generic sector (PRO, PRO/CVL, CVL, armed non-state) and the same country or none stated.
 */

export type GenericKind = 'state' | 'protesters' | 'rioters' | 'civilians' | 'unidentified' | null;

export interface AcledActor {
  raw: string;
  /** Normalised alias variants ("houthi movement", "ansar allah"). */
  variants: string[];
  /** The same variants as written ("Houthi Movement", "Ansar Allah"), for the dictionary lookup. */
  written: string[];
  /** ISO alpha-3 of the country the name states (bracket or "of X"), else null. */
  country: string | null;
  kind: GenericKind;
}

/** Resolves a name through the actor dictionary; filled when src/recognise/actors.ts exports lookupActor. */
export type ActorLookup = (name: string) => { entry: string | null; name: string } | null;

const STATE_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const ARMED_SECTORS = new Set<Sector>(['REB', 'MILITIA', 'UNK', 'CRM']);
const STATE_PREFIXES = ['military forces of ', 'police forces of ', 'government of ', 'navy of ', 'air force of ', 'national guard of '];

function stripBrackets(name: string): { bare: string; inside: string[] } {
  const inside: string[] = [];
  let bare = '';
  let depth = 0;
  let cur = '';
  for (const ch of name) {
    if (ch === '(') { depth++; cur = ''; continue; }
    if (ch === ')' && depth > 0) { depth--; inside.push(cur.trim()); continue; }
    if (depth > 0) cur += ch;
    else bare += ch;
  }
  return { bare: bare.replace(/\s+/g, ' ').trim(), inside };
}

export function parseAcledActor(raw: string, inter: string | null = null): AcledActor {
  const { bare, inside } = stripBrackets(raw);
  let country: string | null = null;
  for (const part of inside) country ??= countryCode(part);
  const lower = bare.toLowerCase();
  let kind: GenericKind = null;
  for (const p of STATE_PREFIXES) {
    if (lower.startsWith(p)) {
      kind = 'state';
      // "Military Forces of Syria Syrian Arab Air Force": the longest leading run of words naming a country
      const words = bare.slice(p.length).split(' ');
      for (let k = words.length; k > 0 && country == null; k--) country = countryCode(words.slice(0, k).join(' '));
    }
  }
  if (!kind) {
    if (lower.startsWith('protesters')) kind = 'protesters';
    else if (lower.startsWith('rioters')) kind = 'rioters';
    else if (lower.startsWith('civilians')) kind = 'civilians';
    // an unidentified gang is ACLED's unknown criminal group: the same unnamed armed perpetrator ("gunmen")
    else if (lower.startsWith('unidentified armed group') || lower.startsWith('unidentified military forces') || lower.startsWith('unidentified gang')) kind = 'unidentified';
    else if (inter === 'State forces') kind = 'state';
  }
  const variants = new Set<string>();
  const written: string[] = [];
  for (const piece of bare.split(/ - |: /)) {
    const n = normText(piece);
    if (n && !variants.has(n)) {
      variants.add(n);
      written.push(piece.trim());
    }
  }
  return { raw, variants: [...variants], written, country, kind };
}

function wordsSubset(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sb = new Set(b);
  return a.every((w) => sb.has(w));
}

/** Rule (a): names and aliases. */
export function nameMatch(gold: AcledActor, ours: Actor, lookup: ActorLookup | null = null): boolean {
  const ourNames = [ours.name, ours.text].filter(Boolean);
  for (const v of gold.variants) {
    const vw = contentWords(v);
    // generic ACLED names ("Civilians (Yemen)", "Military Forces of Syria") go through rules (b) and (c)
    if (gold.kind == null) for (const n of ourNames) {
      if (normText(n) === v) return true;
      const ow = contentWords(n);
      if (wordsSubset(ow, vw) || wordsSubset(vw, ow)) return true;
    }
  }
  if (lookup) {
    for (const w of [gold.raw, ...gold.written]) {
      const hit = lookup(w);
      if (hit && ((hit.entry != null && hit.entry === ours.entry) || (hit.name !== '' && normText(hit.name) === normText(ours.name)))) return true;
    }
  }
  return false;
}

function sameCountry(want: string | null, have: string | null, allowUnknown: boolean): boolean {
  if (have == null) return allowUnknown;
  return want != null && want === have;
}

/**
 * Does our actor match the ACLED actor? `eventCountry` (ISO alpha-3 of the ACLED event) stands in
 * when the ACLED name states no country.
 */
export function actorMatch(gold: AcledActor, ours: Actor, eventCountry: string | null, lookup: ActorLookup | null = null): boolean {
  if (nameMatch(gold, ours, lookup)) return true;
  const want = gold.country ?? eventCountry;
  const text = `${ours.name} ${ours.text}`.toLowerCase();
  switch (gold.kind) {
    case 'state':
      return (ours.kind === 'state' || (ours.sector != null && STATE_SECTORS.has(ours.sector))) && sameCountry(want, ours.country, false);
    case 'protesters':
      return (ours.sector === 'PRO' || text.includes('protest') || text.includes('demonstrat')) && sameCountry(want, ours.country, true);
    case 'rioters':
      return (ours.sector === 'PRO' || ours.sector === 'CVL' || text.includes('riot') || text.includes('mob')) && sameCountry(want, ours.country, true);
    case 'civilians':
      return (ours.sector === 'CVL' || text.includes('civilian')) && sameCountry(want, ours.country, true);
    case 'unidentified':
      // a generic phrase: "gunmen", "an armed group", "a gang member" (a person named by no name)
      if (ours.kind === 'person') return ours.entry == null && ours.sector != null && ARMED_SECTORS.has(ours.sector) && sameCountry(want, ours.country, true);
      return ours.kind === 'generic' && (ours.sector == null || ARMED_SECTORS.has(ours.sector)) && sameCountry(want, ours.country, true);
    default:
      return false;
  }
}
