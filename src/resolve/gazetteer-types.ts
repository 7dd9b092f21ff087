import type { PlaceData } from '../pipeline/doc.js';
import type { LocationPrecision } from '../model/location.js';

/** Types and priors of the gazetteer (see gazetteer.ts). */

export type PlaceKind = 'city' | 'admin1' | 'country' | 'region';

/**
 * Priors: a country name is read as the country unless a unit word or a comma says otherwise (towns named
 * Egypt or Poland lose to the countries); hand-made regions come next, then admin1 units; cities score
 * log10(population) (+1 for capitals, +0.5 admin1 seats, +4 hand aliases).
 */
export const COUNTRY_PRIOR = 12;
export const REGION_PRIOR = 11.5;
/** Above towns that share a state's name ("Virginia, Minnesota"); a large city of the same name in that unit wins through `sameNameSeat`. */
export const ADMIN1_PRIOR = 9;
/** Hand-table entries by precision: a hand-made admin1 area ("Gaza Strip") is trusted a little above the packages' admin1. */
export const HAND_PRIOR: Record<LocationPrecision, number> = { region: REGION_PRIOR, country: COUNTRY_PRIOR, admin1: ADMIN1_PRIOR + 1, city: 8, site: 8 };
/** A hand alias says what a name usually means ("Washington" → Washington, D.C., "New York" → the city). */
export const ALIAS_BONUS = 4;
export type NameCase = 'cap' | 'exact';

export interface GeoCandidate extends PlaceData {
  /** Mention entry id: geo:geonames:<id>, geo:country:SYR, geo:admin1:SY-ID, geo:region:<id>. */
  entry: string;
  kind: PlaceKind;
  iso2: string | null;
  featureCode: string | null;
  /** Prior score before document context (kind, population, capital status, hand-table bonus). */
  prior: number;
  /** How the surface must be cased in the text. */
  nameCase: NameCase;
  /** The name as written in its source (used for case checks). */
  surface: string;
  /** Found by transliteration skeleton, not by its exact name ("Saraqeb" for Saraqib). */
  fuzzy?: boolean;
}

/**
 * A copy of a reading with every field, in one order (that of the gazetteer's literals, `fuzzy` always set):
 * all readings then share one hidden class, so the code that reads them stays monomorphic. A spread copy
 * (`{ ...c, prior }`) gets a class of its own per copying site, and one that adds a field (`{ ...c, fuzzy: true }`)
 * a class of its own per object.
 */
export function copyCandidate(c: GeoCandidate): GeoCandidate {
  return {
    name: c.name, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, precision: c.precision, alternatives: c.alternatives,
    population: c.population, entry: c.entry, kind: c.kind, iso2: c.iso2, featureCode: c.featureCode, prior: c.prior, nameCase: c.nameCase,
    surface: c.surface, fuzzy: c.fuzzy === true,
  };
}

export interface CountryInfo {
  name: string;
  iso2: string;
  iso3: string;
  lat: number;
  lon: number;
  region: string;
  subregion: string;
}

export interface RegionRow { id: string; names: string[]; precision: LocationPrecision; country: string | null; admin1?: string | null; lat: number; lon: number }
/** `admin1` names the unit when it differs from the packages' (a capital that forms its own district). */
export interface AliasRow { id: string; alias: string; name: string; country: string; admin1?: string }
export interface Admin1AliasRow { id: string; alias: string; admin1: string; country: string; display?: string }
export interface CountryAliasRow { id: string; alias: string; country: string; case: 'cap' | 'exact' }
export interface WordsRow { id: string; words?: string[]; names?: string[]; kind?: string }
export interface StateAbbrRow { id: string; abbr: string[] }
export interface OverrideRow { country: string; code: string; name: string }
/**
 * A district the packages lack (data/places/districts.json): `state` is its admin1's country-state-city ISO code, or
 * the GeoNames code of an `admin1-overrides.json` unit; `alts` other spellings in the news.
 */
export interface DistrictRow { id: string; name: string; alts: string[]; country: string; state: string; lat: number; lon: number }

