import { sha256Hex } from './sha256.js';

/**
 * Canonical form of a URL for identity: lower-case host, no fragment, no tracking parameters, no trailing slash.
 * Each URL setter re-serialises and re-parses the whole URL, and `searchParams` builds an object on first read: a
 * setter runs only when it changes something (a '#' in the input, a query, a host to fold), so an already canonical
 * URL costs one parse and one serialisation (the answer is the same; test/util/canonical-url.test.ts).
 */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    // a fragment can only come from a '#' of the input (the parser removes tabs and newlines, never adds one)
    if (url.indexOf('#') >= 0) u.hash = '';
    // no query ('' also for a bare '?'): no parameters to delete
    if (u.search !== '') {
      for (const key of [...u.searchParams.keys()]) {
        if (key.startsWith('utm_') || key === 'fbclid' || key === 'gclid' || key === 'ref') u.searchParams.delete(key);
      }
    }
    const host = u.hostname;
    const folded = host.toLowerCase().replace(/^www\./, '');
    if (folded !== host) u.hostname = folded;
    let s = u.toString();
    if (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  } catch {
    return url.trim();
  }
}

/**
 * White space other than a single space (32), or a space before white space: what `normalisedText` changes in the
 * middle of a text besides its case. JavaScript's \s is exactly the white space read here (the Unicode space
 * separators, U+FEFF and the line terminators; test/util/hash.test.ts checks it against a reference).
 */
const NOT_COLLAPSED = /[^\S ]| \s/;

/** Text normalised for identity: runs of white space collapsed to one space, ends trimmed, case folded. */
export function normalisedText(text: string): string {
  // most short texts are already collapsed (single spaces between words, none at the ends): then the text itself is
  // the normal form, found with one scan and no copies but the lower-casing. Articles with paragraphs take the
  // second line: two linear native passes (a plain character loop with slices and a join cost three times as much).
  const n = text.length;
  if (n === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !NOT_COLLAPSED.test(text))) return text.toLowerCase();
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function sha(s: string): string {
  return sha256Hex(s);
}

/** Stable article id: from the canonical URL when there is one, else from the normalised text. */
export function articleId(input: { url?: string | null; text: string }): string {
  return 'a' + sha(input.url ? 'url:' + canonicalUrl(input.url) : 'text:' + normalisedText(input.text)).slice(0, 20);
}

export function shortHash(s: string, length = 12): string {
  return sha(s).slice(0, length);
}
