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
    const text = main.text.length >= Math.min(200, fallback.length) ? main.text : fallback;
    if (isBlank(text)) throw new InputError('NO_TEXT', 'HTML holds no article text (no paragraphs found)');
    const url = meta.url ?? absoluteUrl(options.baseUrl ?? null);
    return makeArticle({ text, title: meta.title ?? main.title, url, published: meta.published, outlet: meta.outlet }, origin, 'html', options);
  } catch (err) {
    throw err instanceof InputError ? withSource(err, origin) : err;
  }
}
