import { createHash } from 'node:crypto';

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

/** Text normalised for identity: whitespace collapsed, case folded. */
export function normalisedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Stable article id: from the canonical URL when there is one, else from the normalised text. */
export function articleId(input: { url?: string | null; text: string }): string {
  return 'a' + sha(input.url ? 'url:' + canonicalUrl(input.url) : 'text:' + normalisedText(input.text)).slice(0, 20);
}

export function shortHash(s: string, length = 12): string {
  return sha(s).slice(0, length);
}
