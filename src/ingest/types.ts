import type { Article } from '../model/article.js';

/** Why an input (file, line, feed item) was not ingested. */
export interface Skip {
  /** Path, URL or "stdin", with ":line" for JSON lines. */
  source: string;
  line?: number;
  /** InputError code, or ANALYSIS for an extractor failure. */
  code: string;
  reason: string;
}

/** One thing read from the inputs: an article, or a reason it could not be read. */
export type InputItem =
  | { article: Article; source: string; bytes?: number }
  | { skip: Skip; bytes?: number }
  /** A file finished: its size, for progress. */
  | { fileDone: string; bytes: number };

export interface IngestCounters {
  read: number;
  ingested: number;
  duplicates: number;
  skipped: number;
  events: number;
  /** Bytes of input done and in total (0: unknown), for the ETA. */
  bytesDone: number;
  bytesTotal: number;
}

export interface IngestSummary extends IngestCounters {
  skips: Skip[];
  seconds: number;
  /** Stopped early (Ctrl-C / abort): what was stored is complete; run again to finish. */
  interrupted: boolean;
}

export function skipLine(s: Skip): string {
  const where = s.line !== undefined && !s.source.endsWith(`:${s.line}`) ? `${s.source}:${s.line}` : s.source;
  return `${where}: ${s.reason} [${s.code}]`;
}
