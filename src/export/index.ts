/**
 * Exports: each format is a streaming writer over ExportRecords (events or clusters) that writes
 * to any Sink (a file stream, stdout, a string). See docs/export.md.
 *
 *   const w = FORMATS.csv.create({ now });
 *   w.begin(sink); for (const r of records) w.write(r, sink); w.end(sink);
 *
 * or writeRecords(FORMATS.geojson, records, sink).
 */
import type { Format, ExportOptions } from './format.js';
import type { ExportRecord } from './record.js';
import type { Sink } from './sink.js';
import { csv } from './csv.js';
import { jsonl } from './jsonl.js';
import { geojson } from './geojson.js';
import { plover } from './plover.js';
import { acledFormat } from './acled.js';
import { gdelt } from './gdelt.js';

export type { Format, FormatWriter, ExportOptions } from './format.js';
export type { ExportRecord } from './record.js';
export type { Sink } from './sink.js';
export { StringSink } from './sink.js';
export { eventRecord, clusterExportRecord, figureMin, figureMax, figureReports } from './record.js';
export { csvField, csvRow, tsvField, tsvRow } from './escape.js';
export { COLUMNS } from './csv.js';
export { ACLED_COLUMNS, acledRow, interCode } from './acled.js';
export { GDELT_COLUMNS, gdeltRow, numericId } from './gdelt.js';
export { ploverRecord } from './plover.js';
export { feature } from './geojson.js';

export const FORMATS: Record<string, Format> = { csv, jsonl, geojson, plover, acled: acledFormat, gdelt };

/** Write records (any iterable or async iterable) in one format; returns how many were given. */
export async function writeRecords(
  format: Format, records: Iterable<ExportRecord> | AsyncIterable<ExportRecord>, sink: Sink, options: ExportOptions = {},
): Promise<number> {
  const w = format.create(options);
  w.begin(sink);
  let n = 0;
  for await (const r of records) {
    w.write(r, sink);
    n++;
  }
  w.end(sink);
  return n;
}
