/** Expand ingest inputs (files, folders, URLs, feed URLs, stdin) into a stream of articles and skips. */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readAll, readJsonl, readSource, isUrl, InputError, type ReadOptions } from '../read/index.js';
import type { Article } from '../model/article.js';
import type { InputItem, Skip } from './types.js';

export interface InputOptions extends ReadOptions {
  /** Fetch the page of feed items that carry only a link (default true). */
  fetchFeedItems?: boolean;
  /** Stream for "-" (default process.stdin). */
  stdin?: AsyncIterable<unknown>;
}

function toSkip(err: unknown, source: string): Skip {
  if (err instanceof InputError) {
    const s: Skip = { source: err.source ?? source, code: err.code, reason: err.message };
    if (err.line !== undefined) s.line = err.line;
    return s;
  }
  return { source, code: 'READ_FAILED', reason: err instanceof Error ? err.message : String(err) };
}

/** Every regular file under a folder, sorted, hidden files and folders left out, symlinked folders not followed. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean; file: boolean }[] = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    entries.push({ name: e.name, dir: e.isDirectory(), file: e.isFile() || e.isSymbolicLink() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walk(p);
    else if (e.file) yield p;
  }
}

/** Total bytes of the file inputs (0 when any input is a stream or URL), for the progress ETA. */
export async function totalBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p === '-' || isUrl(p)) return 0;
    try {
      const st = await stat(p);
      if (st.isDirectory()) {
        for await (const f of walk(p)) total += (await stat(f).catch(() => ({ size: 0 }))).size;
      } else total += st.size;
    } catch {
      /* reported when read */
    }
  }
  return total;
}

async function* fromSource(source: string, options: InputOptions): AsyncGenerator<InputItem> {
  for await (const r of readAll(source, options)) {
    if ('error' in r) {
      yield { skip: toSkip(r.error, source) };
      continue;
    }
    const a = r.article as Article & { needsFetch?: boolean };
    if (a.needsFetch) {
      if (options.fetchFeedItems === false || !a.url) {
        yield { skip: { source: a.origin, code: 'NO_TEXT', reason: 'feed item has no text (fetching disabled)' } };
        continue;
      }
      try {
        const page = await readSource(a.url, options);
        const { needsFetch: _n, ...meta } = a;
        yield { article: { ...page, id: meta.id, title: page.title ?? meta.title, published: page.published ?? meta.published, outlet: page.outlet ?? meta.outlet }, source: a.url };
      } catch (err) {
        yield { skip: toSkip(err, a.url) };
      }
      continue;
    }
    const { needsFetch: _n, ...article } = a;
    yield { article, source, bytes: article.text.length };
  }
}

async function* fromStdin(options: InputOptions): AsyncGenerator<InputItem> {
  for await (const r of readJsonl(options.stdin ?? process.stdin, { ...options, origin: 'stdin' })) {
    if ('error' in r) yield { skip: toSkip(r.error, 'stdin') };
    else yield { article: r.article, source: `stdin:${r.line}`, bytes: r.article.text.length };
  }
}

/**
 * Articles from every input, in order: files; folders (walked, sorted); http(s) URLs (a page or a
 * feed); "-" = JSON lines on stdin; and feed URLs. Unreadable inputs come back as skips.
 */
export async function* readInputs(paths: readonly string[], feeds: readonly string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* fromStdin(options);
      continue;
    }
    if (isUrl(p)) {
      yield* fromSource(p, options);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      yield { skip: { source: p, code: 'NOT_FOUND', reason: 'no such file or folder' } };
      continue;
    }
    const files = isDir ? walk(p) : (async function* () { yield p; })();
    for await (const f of files) {
      yield* fromSource(f, options);
      yield { fileDone: f, bytes: (await stat(f).catch(() => ({ size: 0 }))).size };
    }
  }
  for (const url of feeds) {
    if (!isUrl(url)) {
      yield { skip: { source: url, code: 'UNSUPPORTED', reason: '--feed takes an http(s) URL' } };
      continue;
    }
    yield* fromSource(url, { ...options, format: 'auto' });
  }
}
