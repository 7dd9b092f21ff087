import type { Location } from '../model/location.js';

/** GeoNames id of a location when its gazetteer entry is one ("geo:geonames:281133", "geonames:281133", "geo:281133"). */
export function geonameId(loc: Location | null): number | null {
  const e = loc?.entry;
  if (!e) return null;
  const i = e.lastIndexOf(':');
  const tail = i >= 0 ? e.slice(i + 1) : e;
  const head = i >= 0 ? e.slice(0, i) : '';
  if (head && !head.endsWith('geonames') && head !== 'geo' && head !== 'gn') return null;
  if (!tail || tail.length > 12) return null;
  for (const ch of tail) if (ch < '0' || ch > '9') return null;
  return Number(tail);
}

/** "Gaza City, Gaza, Palestine": the place with its admin1 and country names, duplicates dropped. */
export function fullName(parts: Array<string | null | undefined>): string {
  const out: string[] = [];
  for (const p of parts) if (p && !out.includes(p)) out.push(p);
  return out.join(', ');
}
