import { createRequire } from 'node:module';
import { normText } from './normalise.js';

/** Country names (ACLED, LGL) and CAMEO country codes → ISO 3166 alpha-3, the code our events carry. */

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
}

/** Names the gold data uses that world-countries does not list. */
const EXTRA_NAMES: Record<string, string> = {
  'democratic republic of congo': 'COD',
  'democratic republic of the congo': 'COD',
  'republic of congo': 'COG',
  'ivory coast': 'CIV',
  'czech republic': 'CZE',
  'east timor': 'TLS',
  'swaziland': 'SWZ',
  'macedonia': 'MKD',
  'burma': 'MMR',
  'palestinian territories': 'PSE',
  'palestinian territory': 'PSE',
  'turkey': 'TUR',
  'west bank': 'PSE',
  'gaza strip': 'PSE',
  'kosovo': 'UNK',
  'usa': 'USA',
  'uk': 'GBR',
  'britain': 'GBR',
};

/** CAMEO country codes that differ from ISO alpha-3, and CAMEO's non-state codes we compare loosely. */
const CAMEO_TO_ISO: Record<string, string> = {
  JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', TMP: 'TLS', ROM: 'ROU', MTN: 'MNE', IMY: 'IMN', KSV: 'UNK', UNO: 'IGO', UN: 'IGO',
};

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  const list = createRequire(import.meta.url)('world-countries') as WorldCountry[];
  const m = new Map<string, string>();
  for (const c of list) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      const k = normText(n);
      if (k.length > 2 && !m.has(k)) m.set(k, c.cca3);
    }
  }
  for (const [k, v] of Object.entries(EXTRA_NAMES)) m.set(k, v);
  byName = m;
  return m;
}

/** ISO alpha-3 for a country name, or null. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  return names().get(normText(name)) ?? null;
}

/** Canonical code for comparison: CAMEO variants mapped to ISO, "UN" to "IGO". */
export function canonicalCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const up = code.toUpperCase();
  return CAMEO_TO_ISO[up] ?? up;
}
