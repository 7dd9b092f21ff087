import { isIP } from 'node:net';
import { InputError, withSource } from './errors.js';
import { httpGet, PrivateAddressError, type HttpResponse } from './http-get.js';
import { checkHost } from './address.js';
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, DEFAULT_URL_MAX_BYTES, type ReadOptions } from './options.js';

export type Kind = 'html' | 'json' | 'jsonl' | 'feed' | 'text';

export interface Fetched {
  bytes: Uint8Array;
  /** URL after redirects. */
  url: string;
  contentType: string;
  charset: string | null;
  kind: Kind;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/json;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Content type → kind; null when the header says nothing useful (sniff the body instead). */
export function kindOfContentType(ct: string): Kind | null {
  const t = ct.split(';')[0]?.trim().toLowerCase() ?? '';
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/x-ndjson' || t === 'application/ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines' || t === 'application/jsonlines') return 'jsonl';
  if (t === 'application/json' || t.endsWith('+json')) return 'json';
  if (t === 'application/rss+xml' || t === 'application/atom+xml' || t === 'application/rdf+xml' || t === 'application/xml' || t === 'text/xml') return 'feed';
  if (t === 'text/plain' || t === 'text/markdown') return 'text';
  return null;
}

/** First non-blank characters → kind: "<?xml", "<rss", "<feed" → feed; other "<" → html; "{" → json; else text. */
export function sniffKind(head: string): Kind {
  let i = 0;
  if (head.charCodeAt(0) === 0xfeff) i = 1;
  while (i < head.length && (head[i] === ' ' || head[i] === '\n' || head[i] === '\r' || head[i] === '\t')) i++;
  const s = head.slice(i, i + 512).toLowerCase();
  if (s.startsWith('{')) return 'json';
  if (s.startsWith('<')) {
    if (s.startsWith('<!doctype html') || s.startsWith('<html')) return 'html';
    if (s.startsWith('<?xml') || s.startsWith('<rss') || s.startsWith('<feed') || s.startsWith('<rdf:rdf')) {
      return s.includes('<html') && !s.includes('<rss') && !s.includes('<feed') && !s.includes('<rdf') ? 'html' : 'feed';
    }
    return 'html';
  }
  return 'text';
}

function charsetOf(ct: string): string | null {
  const at = ct.toLowerCase().indexOf('charset=');
  if (at < 0) return null;
  const v = ct.slice(at + 8).split(';')[0]?.trim().replace(/^"|"$/g, '') ?? '';
  return v || null;
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

async function readBody(res: HttpResponse, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.cancel();
    throw new InputError('TOO_LARGE', `response declares ${declared} bytes, over the ${maxBytes} byte limit`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    const buf = chunk as Buffer;
    total += buf.byteLength;
    if (total > maxBytes) {
      res.cancel();
      throw new InputError('TOO_LARGE', `response is over the ${maxBytes} byte limit`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

function fetchError(err: unknown, source: string, signal: AbortSignal, timeoutMs: number): InputError {
  if (err instanceof InputError) return withSource(err, source);
  if (signal.aborted) return new InputError('TIMEOUT', `no complete answer within ${timeoutMs} ms`, { source, cause: err });
  if (err instanceof PrivateAddressError) {
    return new InputError('PRIVATE_ADDRESS', `refusing to fetch: ${err.message}; pass --allow-private (allowPrivate: true) to allow it`, { source, cause: err });
  }
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new InputError('FETCH_FAILED', `cannot resolve the host (${code})`, { source, cause: err });
  const why = code ?? (err instanceof Error ? err.message : String(err));
  return new InputError('FETCH_FAILED', `cannot fetch: ${why}`, { source, cause: err });
}

/**
 * GET a URL with a timeout (whole request, body included), a streamed body-size cap (after
 * decompression), at most maxRedirects redirects (each hop re-checked), and the SSRF guard on every
 * address actually connected to, unless allowPrivate.
 */
export async function fetchUrl(url: string, options: ReadOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_URL_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let u: URL;
      try {
        u = new URL(current);
      } catch {
        throw new InputError('UNSUPPORTED', `not a valid URL: ${current}`, { source: url });
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError('UNSUPPORTED', `only http and https URLs can be fetched, not ${u.protocol}`, { source: url });
      if (u.username || u.password) throw new InputError('UNSUPPORTED', 'URLs with credentials are not fetched', { source: url });
      // IP literals never reach the lookup hook: check them here. Host names are checked in the hook.
      if (!options.allowPrivate && isIP(bareHost(u.hostname))) await checkHost(u.hostname, current);
      const res = await httpGet(u, { signal: controller.signal, allowPrivate: options.allowPrivate ?? false, headers: { accept: ACCEPT, 'user-agent': 'sitrep/0.1 (news event reader)' } });
      const location = res.header('location');
      if (res.status >= 300 && res.status < 400 && location) {
        res.cancel();
        if (hop >= maxRedirects) throw new InputError('FETCH_FAILED', `too many redirects (more than ${maxRedirects})`, { source: url, status: res.status });
        current = new URL(location, u).toString();
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        res.cancel();
        const code = res.status === 404 || res.status === 410 ? 'NOT_FOUND' : 'FETCH_FAILED';
        throw new InputError(code, `server answered HTTP ${res.status} ${res.statusText}`.trim() + (current !== url ? ` (at ${current})` : ''), { source: url, status: res.status });
      }
      const bytes = await readBody(res, maxBytes);
      const contentType = res.header('content-type') ?? '';
      const kind = kindOfContentType(contentType) ?? sniffKind(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)));
      return { bytes, url: current, contentType, charset: charsetOf(contentType), kind };
    }
  } catch (err) {
    throw fetchError(err, url, controller.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}
