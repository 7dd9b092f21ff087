import type { Article } from '../model/article.js';
import { checkText, decodeBytes } from './decode.js';
import { makeArticle } from './article.js';
import { withSource, InputError } from './errors.js';
import type { ReadOptions } from './options.js';

/** Plain text (.txt): UTF-8, BOM stripped, binary rejected. Title, URL and date come only from options. */
export function readText(input: string | Uint8Array, origin = 'input', options: ReadOptions = {}): Article {
  try {
    const text = typeof input === 'string' ? checkText(input) : decodeBytes(input);
    return makeArticle({ text }, origin, 'text', options);
  } catch (err) {
    throw err instanceof InputError ? withSource(err, origin) : err;
  }
}
