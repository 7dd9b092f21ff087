import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Article } from '../model/article.js';
import { decodeBytes, checkText, isBlank, sniffHtmlCharset } from './decode.js';
import { InputError, withSource } from './errors.js';
import { makeArticle } from './article.js';
import { htmlMeta, absoluteUrl } from './html-meta.js';
import { nodeToText, wrapHtml } from './html-text.js';
import type { ReadOptions } from './options.js';

export interface HtmlOptions extends ReadOptions {
  /** The page's own URL (when fetched): resolves relative canonical links and is the url fallback. */
  baseUrl?: string | null;
  /** Charset from the HTTP Content-Type header (wins over <meta charset>). */
  charset?: string | null;
}

/** Main text of a parsed page: Readability's article, else the body without boilerplate. */
function mainText(document: unknown): { text: string; title: string | null } {
  let text = '';
  let title: string | null = null;
  try {
    const reader = new Readability(document as never, { serializer: (el: unknown) => el, charThreshold: 200 } as never);
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

/**
 * HTML page → Article via Readability over linkedom. Paragraph breaks are kept as "\n\n".
 * Throws NO_TEXT when the page has no article text (only navigation, scripts, an empty body).
 */
export function readHtml(input: string | Uint8Array, origin = 'input', options: HtmlOptions = {}): Article {
  try {
    const html = typeof input === 'string' ? checkText(input) : decodeBytes(input, options.charset ?? sniffHtmlCharset(input));
    if (isBlank(html)) throw new InputError('EMPTY', 'input holds no text (empty or whitespace only)');
    const { document } = parseHTML(wrapHtml(html));
    const meta = htmlMeta(document as never, options.baseUrl);
    // Whole-page fallback is computed before Readability rewrites the DOM.
    const fallback = nodeToText(document.body ?? document.documentElement, { skipBoilerplate: true });
    const main = mainText(document);
    const title = meta.title ?? main.title;
    const text = dropLeadingTitle(main.text.length >= Math.min(200, fallback.length) ? main.text : fallback, title, main.title);
    if (!hasProse(text)) throw new InputError('NO_TEXT', 'HTML holds no article text (no paragraph of running text found)');
    const url = meta.url ?? absoluteUrl(options.baseUrl ?? null);
    return makeArticle({ text, title, url, published: meta.published, outlet: meta.outlet }, origin, 'html', options);
  } catch (err) {
    throw err instanceof InputError ? withSource(err, origin) : err;
  }
}
