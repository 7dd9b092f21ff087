import type { Format, FormatWriter } from './format.js';
import { COLUMNS } from './csv.js';
import type { ExportRecord } from './record.js';

/** One GeoJSON Point feature, or null when the record's place has no coordinates. */
export function feature(r: ExportRecord): object | null {
  const loc = r.c.location;
  if (!loc || loc.lat === null || loc.lon === null || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) return null;
  const properties: Record<string, string | number | boolean | null> = {};
  for (const col of COLUMNS) {
    if (col.name === 'latitude' || col.name === 'longitude') continue;
    const v = col.get(r);
    properties[col.name] = v === undefined || v === '' ? null : v;
  }
  return { type: 'Feature', id: r.id, geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties };
}

/**
 * geojson: a FeatureCollection of points (RFC 7946: [longitude, latitude], WGS 84) with the flat
 * columns as properties, so QGIS shows them as attributes. Records without coordinates are left out.
 */
export const geojson: Format = {
  name: 'geojson',
  extension: 'geojson',
  description: 'GeoJSON FeatureCollection of points (records with coordinates only)',
  create(): FormatWriter {
    let first = true;
    return {
      begin(sink) { sink.write('{"type":"FeatureCollection","features":[\n'); },
      write(r, sink) {
        const f = feature(r);
        if (!f) return;
        sink.write((first ? '' : ',\n') + JSON.stringify(f));
        first = false;
      },
      end(sink) { sink.write('\n]}\n'); },
    };
  },
};
