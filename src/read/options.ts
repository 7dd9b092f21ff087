/** Options shared by the readers, with their defaults. */
export interface ReadOptions {
  /** Force a format instead of detecting it ('jsonl' and 'rss' only make sense for readAll). */
  format?: 'auto' | 'text' | 'html' | 'json' | 'jsonl' | 'rss';
  /** Override or supply the publication date (ISO). */
  published?: string | null;
  /** Override or supply the outlet name. */
  outlet?: string | null;
  /** Allow URLs that resolve to loopback/private/link-local addresses (CLI --allow-private). */
  allowPrivate?: boolean;
  /** Network timeout in milliseconds for the whole fetch (default 15 s). */
  timeoutMs?: number;
  /** Largest input accepted, in bytes (default 50 MB for files and stdin, 20 MB for URLs). */
  maxBytes?: number;
  /** Accept text that does not look like English (default false: NOT_ENGLISH). */
  allowNonEnglish?: boolean;
  /** Most redirects followed for a URL (default 5). */
  maxRedirects?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_URL_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
