/** Article readers: files, URLs, stdin and feeds → Article records. See docs/readers.md. */
export { InputError, isInputError, type InputErrorCode } from './errors.js';
export type { ReadOptions } from './options.js';
export { DEFAULT_MAX_BYTES, DEFAULT_URL_MAX_BYTES, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS } from './options.js';
export { readText } from './text.js';
export { readHtml, type HtmlOptions } from './html.js';
export { htmlToText } from './html-text.js';
export { readJson, toArticleInput } from './json.js';
export { readJsonl, type JsonlResult } from './jsonl.js';
export { parseFeed, readFeed, type FeedArticle, type FeedResult } from './feed.js';
export { fetchUrl, type Fetched } from './fetch.js';
export { isBlockedAddress } from './address.js';
export { languageStats, assertEnglish } from './language.js';
export { normaliseDate } from './dates.js';
export { readSource, readAll, readLinked, kindOfPath, isUrl, type SourceOptions, type ReadResult } from './source.js';
