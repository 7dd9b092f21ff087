import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/article.js';
import { InputError, withSource } from './errors.js';
import { readFileCapped, readStreamCapped } from './bytes.js';
import type { Kind } from './fetch.js';
import { readText } from './text.js';
import type { FeedArticle } from './feed.js';
import { withUrl } from './article.js';
import { DEFAULT_MAX_BYTES, DEFAULT_URL_MAX_BYTES, type ReadOptions } from './options.js';

// Readers other than plain text are imported on first use: the HTML reader alone pulls in linkedom and
// readability (a few hundred modules), the feed reader fast-xml-parser, the URL reader http/https/zlib;
// a plain-text article should not pay for loading them (cold start of `sitrep analyze file.txt`).
const fetchModule = () => import('./fetch.js');
const htmlModule = () => import('./html.js');
const jsonModule = () => import('./json.js');
const jsonlModule = () => import('./jsonl.js');
const feedModule = () => import('./feed.js');

export interface SourceOptions extends ReadOptions {
  /** Stream read for "-" (default process.stdin); for tests and embedding. */
  stdin?: AsyncIterable<unknown>;
}

/** What a source holds. */
export type SourceKind = Kind;

function forcedKind(options: ReadOptions): SourceKind | null {
  const f = options.format;
  if (!f || f === 'auto') return null;
  return f === 'rss' ? 'feed' : f;
}

/** Several lines that each hold a JSON object: JSON lines rather than one JSON document. */
function looksJsonl(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).trim();
  const nl = head.indexOf('\n');
  if (nl < 0) return false;
  const first = head.slice(0, nl).trim();
  const next = head.slice(nl + 1).trimStart();
  if (!first.startsWith('{') || !first.endsWith('}') || !next.startsWith('{')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

const EXTENSIONS: Record<string, SourceKind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export function kindOfPath(path: string): SourceKind | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export function isUrl(source: string): boolean {
  const s = source.slice(0, 8).toLowerCase();
  return s.startsWith('http://') || s.startsWith('https://');
}

interface Loaded {
  bytes: Uint8Array;
  origin: string;
  kind: SourceKind;
  /** Page URL for fetched sources. */
  url: string | null;
  charset: string | null;
}

/** Get the bytes of a path, URL or "-" and decide what they hold (option > extension/content type > sniffing). */
async function load(source: string, options: SourceOptions): Promise<Loaded> {
  const forced = forcedKind(options);
  const head = (b: Uint8Array): string => new TextDecoder('latin1').decode(b.subarray(0, 1024));
  if (source === '-') {
    const bytes = await readStreamCapped(options.stdin ?? process.stdin, options.maxBytes ?? DEFAULT_MAX_BYTES, 'stdin');
    const kind = forced ?? (await fetchModule()).sniffKind(head(bytes));
    return { bytes, origin: 'stdin', kind: kind === 'json' && looksJsonl(bytes) ? 'jsonl' : kind, url: null, charset: null };
  }
  if (isUrl(source)) {
    const f = await (await fetchModule()).fetchUrl(source, { ...options, maxBytes: options.maxBytes ?? DEFAULT_URL_MAX_BYTES });
    const kind = forced ?? f.kind;
    return { bytes: f.bytes, origin: source, kind: !forced && kind === 'json' && looksJsonl(f.bytes) ? 'jsonl' : kind, url: f.url, charset: f.charset };
  }
  if (source.includes('://') && !source.toLowerCase().startsWith('file://')) {
    throw new InputError('UNSUPPORTED', `only http(s) URLs, file paths and "-" (stdin) can be read, not ${source.slice(0, source.indexOf('://') + 3)}`, { source });
  }
  const path = source.toLowerCase().startsWith('file://') ? fileURLToPath(source) : source;
  const bytes = await readFileCapped(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const byPath = kindOfPath(path);
  let kind = forced ?? byPath ?? (await fetchModule()).sniffKind(head(bytes));
  if (!forced && !byPath && kind === 'json' && looksJsonl(bytes)) kind = 'jsonl';
  return { bytes, origin: source, kind, url: null, charset: null };
}

async function single(l: Loaded, options: ReadOptions): Promise<Article> {
  switch (l.kind) {
    case 'html':
      return (await htmlModule()).readHtml(l.bytes, l.origin, { ...options, baseUrl: l.url, charset: l.charset });
    case 'json':
      return withUrl((await jsonModule()).readJson(l.bytes, l.origin, options), l.url);
    case 'text':
      return withUrl(readText(l.bytes, l.origin, options), l.url);
    default:
      throw new InputError('UNSUPPORTED', `holds many articles (${l.kind === 'feed' ? 'a feed' : 'JSON lines'}); read it with readAll or "sitrep ingest"`, { source: l.origin });
  }
}

/**
 * Read one article from a file path, an http(s) URL, or "-" (stdin). Format: options.format, else the
 * file extension (or HTTP content type), else the first characters ("<" → html, "{" → json, else text).
 * Always throws InputError for unusable input.
 */
export async function readSource(source: string, options: SourceOptions = {}): Promise<Article> {
  try {
    return await single(await load(source, options), options);
  } catch (err) {
    throw err instanceof InputError ? withSource(err, source) : err;
  }
}

/**
 * Fetch the page behind a feed item that came with needsFetch (or any article with a url), keeping
 * the item's title/published/outlet where the page has none. The result has the page's own id
 * (from its canonical URL), which equals the item's id unless the page names another canonical URL.
 */
export async function readLinked(item: Article, options: SourceOptions = {}): Promise<Article> {
  if (!item.url) throw new InputError('NO_TEXT', 'the item has no link to fetch', { source: item.origin });
  const page = await readSource(item.url, options);
  return { ...page, title: page.title ?? item.title, published: page.published ?? item.published, outlet: page.outlet ?? item.outlet };
}

export type ReadResult = { article: Article | FeedArticle } | { error: InputError };

/**
 * Every article in a source: one for text/html/json, one per line for JSON lines, one per item for
 * RSS/Atom (items may carry needsFetch). Bad items come back as {error} and reading goes on; a source
 * that cannot be opened at all yields a single {error}.
 */
export async function* readAll(source: string, options: SourceOptions = {}): AsyncGenerator<ReadResult> {
  const forced = forcedKind(options);
  if ((forced === 'jsonl' || (!forced && kindOfPath(source) === 'jsonl')) && source !== '-' && !isUrl(source)) {
    try {
      const { readJsonl } = await jsonlModule();
      for await (const r of readJsonl(source, options)) yield 'article' in r ? { article: r.article } : { error: r.error };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { error: withSource(err, source) };
    }
    return;
  }
  let loaded: Loaded;
  try {
    loaded = await load(source, options);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { error: withSource(err, source) };
    return;
  }
  if (loaded.kind === 'jsonl') {
    const { readJsonl } = await jsonlModule();
    for await (const r of readJsonl([loaded.bytes], { ...options, origin: loaded.origin })) yield 'article' in r ? { article: r.article } : { error: r.error };
    return;
  }
  if (loaded.kind === 'feed') {
    let results;
    try {
      results = (await feedModule()).parseFeed(loaded.bytes, loaded.origin, options);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { error: err };
      return;
    }
    for (const r of results) yield 'article' in r ? { article: r.article } : { error: r.error };
    return;
  }
  try {
    yield { article: await single(loaded, options) };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { error: withSource(err, source) };
  }
}
