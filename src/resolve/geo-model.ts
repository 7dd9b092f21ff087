import type { Mention, PlaceData } from '../pipeline/doc.js';
import type { Location } from '../model/location.js';

/**
 * A place mention as a model Location. The entry drops the "geo:" layer prefix ("geonames:281133",
 * "country:SYR", "region:middle-east"); provenance keeps the mention's full entry id as the rule.
 * The reading is "stated" when the name has one reading, "inferred" when context chose among several.
 */
export function placeToModel(m: Mention<PlaceData>): Location {
  const d = m.data;
  const chosen = d.alternatives > 0;
  return {
    text: m.text,
    span: [m.start, m.end],
    name: d.name,
    country: d.country,
    admin1: d.admin1,
    lat: d.lat,
    lon: d.lon,
    precision: d.precision,
    entry: m.entry.startsWith('geo:') ? m.entry.slice(4) : m.entry,
    provenance: {
      span: [m.start, m.end],
      rule: m.entry,
      how: chosen ? 'inferred' : 'stated',
      ...(chosen ? { note: `chosen among ${d.alternatives + 1} places named "${m.text}"` } : {}),
    },
  };
}
