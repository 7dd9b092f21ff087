import type { Article } from '../model/article.js';
import { articleId } from '../util/hash.js';
import { InputError } from './errors.js';
import { isBlank } from './decode.js';
import { assertEnglish } from './language.js';
import { normaliseDate } from './dates.js';
import type { ReadOptions } from './options.js';

/** Fields a reader found, before checks and defaults. */
export interface Found {
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
  published?: unknown;
  outlet?: string | null | undefined;
}

function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length ? t : null;
}

/** Line ends → \n, trailing spaces off each line, runs of 3+ newlines → a paragraph break. */
export function tidyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim().length === 0) {
      blank++;
      continue;
    }
    if (out.length) out.push(blank > 0 ? '\n\n' : '\n');
    out.push(line);
    blank = 0;
  }
  return out.join('');
}

/**
 * Checks and shapes what a reader found into an Article: EMPTY for no text, NOT_ENGLISH unless
 * allowed; options.published/outlet override what the input says.
 */
export function makeArticle(found: Found, origin: string, format: Article['format'], options: ReadOptions = {}): Article {
  if (isBlank(found.text)) throw new InputError('EMPTY', 'input holds no text (empty or whitespace only)', { source: origin });
  const text = tidyText(found.text);
  try {
    assertEnglish(text, options.allowNonEnglish ?? false);
  } catch (err) {
    if (err instanceof InputError) err.source ??= origin;
    throw err;
  }
  const url = clean(found.url);
  return {
    id: articleId({ url, text }),
    text,
    title: clean(found.title),
    url,
    published: normaliseDate(options.published ?? undefined) ?? normaliseDate(found.published),
    outlet: clean(options.outlet ?? undefined) ?? clean(found.outlet),
    origin,
    format,
  };
}

/** The same article with a URL filled in (when the reader could not see it) and its id recomputed. */
export function withUrl(article: Article, url: string | null): Article {
  if (article.url || !url) return article;
  return { ...article, url, id: articleId({ url, text: article.text }) };
}
