import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Article } from '../model/article.js';
import { decodeBytes, checkText, isBlank, sniffHtmlCharset } from './decode.js';
import { InputError, withSource } from './errors.js';
import { makeArticle } from './article.js';
import { htmlMeta, absoluteUrl, type HtmlMeta } from './html-meta.js';
import { nodeToText, wrapHtml } from './html-text.js';
import { scanHtml, stripTags } from './html-scan.js';
import type { ReadOptions } from './options.js';

export interface HtmlOptions extends ReadOptions {
  /** The page's own URL (when fetched): resolves relative canonical links and is the url fallback. */
  baseUrl?: string | null;
  /** Charset from the HTTP Content-Type header (wins over <meta charset>). */
  charset?: string | null;
}

/**
 * Cost guards, from a linear pre-scan of the markup. Readability's cost grows about with the square of
 * the nesting depth and linkedom's parse is slow on very deep trees and on long runs of stray '<', so:
 * when the parsed DOM nests deeper than READABILITY_MAX_DEPTH (real pages: under 100) or has more than
 * READABILITY_MAX_TAGS elements, the page is read without Readability (whole page minus boilerplate);
 * when the pre-scan finds nesting over DOM_MAX_DEPTH or over DOM_MAX_STRAY stray '<', it is not parsed
 * into a DOM at all (tags stripped by a scanner, no metadata).
 */
const READABILITY_MAX_DEPTH = 250;
const READABILITY_MAX_TAGS = 200_000;
const DOM_MAX_DEPTH = 5000;
const DOM_MAX_STRAY = 10_000;

/** Main text of a parsed page: Readability's article, else the body without boilerplate. */
function mainText(document: unknown): { text: string; title: string | null } {
  let text = '';
  let title: string | null = null;
  try {
    const reader = new Readability(document as never, { serializer: (el: unknown) => el, charThreshold: 200, maxElemsToParse: READABILITY_MAX_TAGS } as never);
    const result = reader.parse();
    if (result) {
      title = result.title ?? null;
      if (result.content) text = nodeToText(result.content as unknown);
    }
  } catch {
    text = '';
  }
  return { text, title };
}

/** Words needed in at least one line for the page to count as holding article text. */
const MIN_PROSE_WORDS = 6;

/** True when some line has MIN_PROSE_WORDS words: menus, link lists and captions alone do not count. */
export function hasProse(text: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      words = 0;
      inWord = false;
    } else if (c === 32 || c === 9) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words >= MIN_PROSE_WORDS) return true;
    }
  }
  return false;
}

/** Drop a first paragraph that only repeats the headline (the title is kept in its own field). */
function dropLeadingTitle(text: string, ...titles: (string | null)[]): string {
  const cut = text.indexOf('\n\n');
  if (cut < 0) return text;
  const first = text.slice(0, cut).trim().toLowerCase();
  return titles.some((t) => t && t.trim().toLowerCase() === first) ? text.slice(cut + 2) : text;
}

/** Parse with linkedom: metadata, then Readability's text (or the whole page without boilerplate). */
function viaDom(html: string, baseUrl?: string | null): { text: string; title: string | null; meta: HtmlMeta } {
  const { document } = parseHTML(wrapHtml(html));
  const meta = htmlMeta(document as never, baseUrl);
  // Whole-page fallback is computed before Readability rewrites the DOM.
  const stats = { maxDepth: 0, elements: 0 };
  const fallback = nodeToText(document.body ?? document.documentElement, { skipBoilerplate: true, stats });
  const useReadability = stats.maxDepth <= READABILITY_MAX_DEPTH && stats.elements <= READABILITY_MAX_TAGS;
  const main = useReadability ? mainText(document) : { text: '', title: null };
  const title = meta.title ?? main.title;
  const text = dropLeadingTitle(main.text && main.text.length >= Math.min(200, fallback.length) ? main.text : fallback, title, main.title);
  return { text, title, meta };
}

/**
 * HTML page → Article via Readability over linkedom. Paragraph breaks are kept as "\n\n".
 * Throws NO_TEXT when the page has no article text (only navigation, scripts, an empty body).
 */
export function readHtml(input: string | Uint8Array, origin = 'input', options: HtmlOptions = {}): Article {
  try {
    const html = typeof input === 'string' ? checkText(input) : decodeBytes(input, options.charset ?? sniffHtmlCharset(input));
    if (isBlank(html)) throw new InputError('EMPTY', 'input holds no text (empty or whitespace only)');
    const scan = scanHtml(html);
    let parsed: { text: string; title: string | null; meta: HtmlMeta } | null = null;
    if (scan.maxDepth <= DOM_MAX_DEPTH && scan.stray <= DOM_MAX_STRAY) {
      try {
        parsed = viaDom(html, options.baseUrl);
      } catch {
        parsed = null; // linkedom gave up (e.g. stack overflow on odd markup): fall back to the scanner
      }
    }
    const text = parsed ? parsed.text : stripTags(html);
    const meta = parsed?.meta ?? { title: null, published: null, outlet: null, url: null };
    const title = parsed?.title ?? null;
    if (!hasProse(text)) throw new InputError('NO_TEXT', 'HTML holds no article text (no paragraph of running text found)');
    const url = meta.url ?? absoluteUrl(options.baseUrl ?? null);
    return makeArticle({ text, title, url, published: meta.published, outlet: meta.outlet }, origin, 'html', options);
  } catch (err) {
    throw err instanceof InputError ? withSource(err, origin) : err;
  }
}
