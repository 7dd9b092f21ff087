import { sha256Hex } from './sha256.js';

/** Canonical form of a URL for identity: lower-case host, no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (key.startsWith('utm_') || key === 'fbclid' || key === 'gclid' || key === 'ref') u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    let s = u.toString();
    if (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  } catch {
    return url.trim();
  }
}

/** Text normalised for identity: whitespace collapsed, case folded. One pass, no regular expression. */
export function normalisedText(text: string): string {
  // most texts are already collapsed (single spaces between words, none at the ends): then the text itself is
  // the normal form, found with one scan and no copies but the lower-casing
  if (collapsed(text)) return text.toLowerCase();
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = isSpace(c);
    if (space) {
      if (start >= 0) { parts.push(text.slice(start, i)); start = -1; }
    } else if (start < 0) start = i;
  }
  return parts.join(' ').toLowerCase();
}

/** Whitespace other than a single space (32) between two other characters: text that `normalisedText` changes besides its case. */
function collapsed(text: string): boolean {
  const n = text.length;
  let prevSpace = true; // a space at the start is not collapsed
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // every code that normalisedText reads as a space is ≤ 32 or ≥ 0xa0
    if (c > 32 && c < 0xa0) { prevSpace = false; continue; }
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    if (isSpace(c)) return false;
    prevSpace = false;
  }
  return !prevSpace || n === 0;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680;
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
