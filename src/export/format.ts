import type { ExportRecord } from './record.js';
import type { Sink } from './sink.js';

export interface ExportOptions {
  /** Time of the export (ACLED `timestamp`, GDELT `DATEADDED`); default now. Fixed in tests. */
  now?: Date;
  /** Write a header line for TSV formats that have none by default (gdelt). */
  header?: boolean;
}

/** A streaming writer: begin, then each record, then end. */
export interface FormatWriter {
  begin(sink: Sink): void;
  write(record: ExportRecord, sink: Sink): void;
  end(sink: Sink): void;
}

export interface Format {
  name: string;
  /** File extension without the dot. */
  extension: string;
  description: string;
  create(options?: ExportOptions): FormatWriter;
}

/** A format made of a header line and one line per record (csv, tsv, jsonl). */
export function lineFormat(
  name: string, extension: string, description: string,
  header: (options: ExportOptions) => string, line: (r: ExportRecord, options: ExportOptions) => string,
): Format {
  return {
    name, extension, description,
    create(options: ExportOptions = {}): FormatWriter {
      return {
        begin(sink) { const h = header(options); if (h) sink.write(h); },
        write(r, sink) { const l = line(r, options); if (l) sink.write(l); },
        end() { /* nothing to close */ },
      };
    },
  };
}
