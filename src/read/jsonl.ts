import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Article } from '../model/article.js';
import { InputError } from './errors.js';
import { decodeBytes, isBlank } from './decode.js';
import { articleFromJsonValue, parseJson } from './json.js';
import { DEFAULT_MAX_BYTES, type ReadOptions } from './options.js';

/** One result per non-blank line: an article, or the error for that line (report it and go on). */
export type JsonlResult = { article: Article; line: number } | { error: InputError; line: number };

/**
 * Split a byte stream into lines without holding more than one line (capped at maxLineBytes) in memory.
 * An over-long line yields null in its place and is skipped to its newline.
 */
async function* lines(stream: AsyncIterable<unknown> | Iterable<unknown>, maxLineBytes: number): AsyncGenerator<Uint8Array | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      const end = nl < 0 ? buf.length : nl;
      if (!overflow) {
        size += end - start;
        if (size > maxLineBytes) {
          overflow = true;
          parts = [];
        } else if (end > start) parts.push(buf.subarray(start, end));
      }
      if (nl < 0) break;
      yield overflow ? null : Buffer.concat(parts, size);
      parts = [];
      size = 0;
      overflow = false;
      start = nl + 1;
    }
  }
  if (overflow) yield null;
  else if (size > 0) yield Buffer.concat(parts, size);
}

function lineResult(bytes: Uint8Array | null, lineNo: number, origin: string, options: ReadOptions, maxLineBytes: number): JsonlResult | null {
  try {
    if (bytes === null) throw new InputError('TOO_LARGE', `line is over the ${maxLineBytes} byte limit`);
    const text = decodeBytes(bytes);
    if (isBlank(text)) return null;
    const value = parseJson(text, lineNo - 1);
    return { article: articleFromJsonValue(value, `${origin}:${lineNo}`, options), line: lineNo };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    err.source = origin;
    err.line = lineNo;
    return { error: err, line: lineNo };
  }
}

/**
 * JSON Lines: one article object per line, streamed (memory stays at one line). Blank lines are
 * skipped. Each article's origin is "path:line". A bad line yields {error} with its line number;
 * only a missing file throws (NOT_FOUND).
 */
export async function* readJsonl(input: string | AsyncIterable<unknown> | Iterable<Uint8Array>, options: ReadOptions & { origin?: string } = {}): AsyncGenerator<JsonlResult> {
  const maxLineBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stream: AsyncIterable<unknown> | Iterable<unknown>;
  let origin: string;
  if (typeof input === 'string') {
    origin = options.origin ?? input;
    try {
      const st = await stat(input);
      if (st.isDirectory()) throw new Error('folder');
    } catch (err) {
      throw new InputError('NOT_FOUND', 'no such file', { source: input, cause: err });
    }
    stream = createReadStream(input);
  } else {
    origin = options.origin ?? 'stdin';
    stream = input;
  }
  let lineNo = 0;
  for await (const bytes of lines(stream, maxLineBytes)) {
    lineNo++;
    const result = lineResult(bytes, lineNo, origin, options, maxLineBytes);
    if (result) yield result;
  }
}
