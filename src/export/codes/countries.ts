import { createRequire } from 'node:module';
import { FIPS_EXCEPTIONS } from './fips.js';

export interface CountryInfo {
  iso3: string;
  iso2: string;
  /** ISO 3166 numeric code as a number (ACLED's `iso` column). */
  numeric: number | null;
  name: string;
  /** ACLED region name ("Middle East", "Western Africa", …). */
  acledRegion: string;
  /** FIPS 10-4 code (GDELT's geographic country codes). */
  fips: string;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  region: string;
  subregion: string;
}

/** ACLED region from the UN subregion of world-countries, with ACLED's own groupings. */
function acledRegion(c: WorldCountry): string {
  if (['ARM', 'AZE', 'GEO'].includes(c.cca3)) return 'Caucasus and Central Asia';
  if (c.cca3 === 'IRN') return 'Middle East';
  if (c.cca3 === 'MEX') return 'Central America';
  switch (c.subregion) {
    case 'Western Asia': return 'Middle East';
    case 'Central Asia': return 'Caucasus and Central Asia';
    case 'Southern Asia': return 'South Asia';
    case 'South-Eastern Asia': return 'Southeast Asia';
    case 'Eastern Asia': return 'East Asia';
    case 'Northern Africa': return 'Northern Africa';
    case 'Western Africa': return 'Western Africa';
    case 'Middle Africa': return 'Middle Africa';
    case 'Eastern Africa': return 'Eastern Africa';
    case 'Southern Africa': return 'Southern Africa';
    case 'North America': case 'Northern America': return 'North America';
    case 'Central America': return 'Central America';
    case 'Caribbean': return 'Caribbean';
    case 'South America': return 'South America';
    default: break;
  }
  if (c.region === 'Europe') return 'Europe';
  if (c.region === 'Oceania') return 'Oceania';
  if (c.region === 'Antarctic') return 'Antarctica';
  return c.region;
}

/** Codes other tables use for countries world-countries keys differently (Kosovo is "UNK" there). */
const ALIASES: Record<string, string> = { XKX: 'UNK', KOS: 'UNK', XKO: 'UNK' };

let table: Map<string, CountryInfo> | null = null;
let byName: Map<string, string> | null = null;

function load(): Map<string, CountryInfo> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const list = require('world-countries') as WorldCountry[];
  table = new Map();
  byName = new Map();
  for (const c of list) {
    for (const n of [c.cca3, c.cca2, c.name.common, c.name.official, ...c.altSpellings]) {
      const k = n.toLowerCase();
      if (!byName.has(k)) byName.set(k, c.cca3);
    }
    table.set(c.cca3, {
      iso3: c.cca3,
      iso2: c.cca2,
      numeric: c.ccn3 ? Number(c.ccn3) : null,
      name: c.name.common,
      acledRegion: acledRegion(c),
      fips: FIPS_EXCEPTIONS[c.cca2] ?? c.cca2,
    });
  }
  return table;
}

/** Country facts by ISO alpha-3 code; null for unknown codes (regions, IGOs). */
export function country(iso3: string | null | undefined): CountryInfo | null {
  if (!iso3) return null;
  const code = iso3.toUpperCase();
  return load().get(ALIASES[code] ?? code) ?? null;
}

/** ISO alpha-3 code of a country given by alpha-3, alpha-2 or name ("Yemen", "YE", "yem"); null if unknown. */
export function countryCode(input: string): string | null {
  load();
  const k = input.trim().toLowerCase();
  const code = byName!.get(k) ?? null;
  if (code) return code;
  const alias = ALIASES[input.trim().toUpperCase()];
  return alias ? input.trim().toUpperCase() : null;
}
