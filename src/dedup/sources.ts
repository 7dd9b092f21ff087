import type { ArticleMeta } from './types.js';

/** Outlet name folded for identity ("The Wall Street Journal" → "wall street journal"). */
export function outletKey(outlet: string): string {
  let s = outlet.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The source key of an article: its outlet, else the host of its URL, else the article itself
 * (an article of unknown origin counts as a source of its own).
 */
export function sourceKey(article: ArticleMeta): string {
  if (article.outlet && article.outlet.trim()) return 'outlet:' + outletKey(article.outlet);
  const h = host(article.url);
  if (h) return 'host:' + h;
  return 'article:' + article.id;
}

/** Sentence folded for spotting syndicated copies (wire stories reprinted word for word). */
export function copyKey(sentence: string): string {
  let out = '';
  let space = false;
  for (const ch of sentence.toLowerCase()) {
    const letter = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch > '\u007f';
    if (letter) {
      if (space && out) out += ' ';
      out += ch;
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}
