import { ArticleInput } from '../model/article.js';
import type { Article } from '../model/article.js';
import { checkText, decodeBytes, isBlank } from './decode.js';
import { InputError, withSource } from './errors.js';
import { makeArticle } from './article.js';
import { normaliseDate } from './dates.js';
import { htmlToText } from './html-text.js';
import type { ReadOptions } from './options.js';

/**
 * Field aliases, first present wins. `html` (and an HTML-looking body) is turned into text.
 * Nested `{source: {name}}` / `{publisher: {name}}` objects give the outlet.
 */
const ALIASES = {
  text: ['text', 'body', 'content', 'article', 'articleBody', 'fullText', 'full_text', 'maintext', 'story', 'description'],
  title: ['title', 'headline', 'name'],
  url: ['url', 'link', 'href', 'canonical', 'canonicalUrl', 'canonical_url', 'permalink'],
  published: ['published', 'publishedAt', 'published_at', 'pubDate', 'date', 'datePublished', 'date_publish', 'publish_date', 'publication_date', 'created_at', 'time', 'timestamp'],
  outlet: ['outlet', 'source', 'site', 'siteName', 'site_name', 'publisher', 'source_domain', 'domain', 'media'],
} as const;

type Json = Record<string, unknown>;

function first(obj: Json, keys: readonly string[]): unknown {
  for (const k of keys) if (obj[k] !== undefined && obj[k] !== null && obj[k] !== '') return obj[k];
  return undefined;
}

function asName(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) return (v as Json)['name'] ?? (v as Json)['title'];
  return v;
}

function looksHtml(s: string): boolean {
  const t = s.trimStart();
  return t.startsWith('<') && t.includes('>') && (t.includes('</') || t.includes('/>'));
}

/** Map aliases onto ArticleInput fields, then validate with zod; BAD_JSON names the bad field. */
export function toArticleInput(value: unknown): ArticleInput {
  if (Array.isArray(value)) throw new InputError('BAD_JSON', 'expected one article object, got an array (use .jsonl for many articles)');
  if (!value || typeof value !== 'object') throw new InputError('BAD_JSON', `expected an article object, got ${value === null ? 'null' : typeof value}`);
  const obj = value as Json;
  let text = first(obj, ALIASES.text);
  if (text === undefined && typeof obj['html'] === 'string') text = htmlToText(obj['html']);
  else if (typeof text === 'string' && looksHtml(text)) text = htmlToText(text);
  const published = first(obj, ALIASES.published);
  const candidate = {
    text,
    title: first(obj, ALIASES.title),
    url: first(obj, ALIASES.url),
    published: typeof published === 'number' ? normaliseDate(published) : published,
    outlet: asName(first(obj, ALIASES.outlet)),
  };
  const parsed = ArticleInput.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'article';
    const why = candidate.text === undefined && field === 'text' ? `no text field (looked for ${ALIASES.text.join(', ')})` : `${field}: ${issue?.message ?? 'invalid'}`;
    throw new InputError('BAD_JSON', `bad article JSON: ${why}`);
  }
  return parsed.data;
}

/** Parse JSON text; BAD_JSON with the 1-based line of the syntax error when the engine reports a position. */
export function parseJson(text: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = positionOf(msg);
    const line = pos === null ? lineOffset + 1 : lineOffset + lineAt(text, pos);
    throw new InputError('BAD_JSON', `invalid JSON: ${msg}`, { line, cause: err });
  }
}

function positionOf(msg: string): number | null {
  const at = msg.lastIndexOf('position ');
  if (at < 0) return null;
  let i = at + 9;
  let n = '';
  while (i < msg.length && (msg[i] as string) >= '0' && (msg[i] as string) <= '9') n += msg[i++];
  return n ? Number(n) : null;
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function articleFromJsonValue(value: unknown, origin: string, options: ReadOptions = {}): Article {
  const input = toArticleInput(value);
  return makeArticle(input, origin, 'json', options);
}

/** One JSON article object → Article. */
export function readJson(input: string | Uint8Array, origin = 'input', options: ReadOptions = {}): Article {
  try {
    const text = typeof input === 'string' ? checkText(input) : decodeBytes(input);
    if (isBlank(text)) throw new InputError('EMPTY', 'input holds no text (empty or whitespace only)');
    return articleFromJsonValue(parseJson(text), origin, options);
  } catch (err) {
    throw err instanceof InputError ? withSource(err, origin) : err;
  }
}
