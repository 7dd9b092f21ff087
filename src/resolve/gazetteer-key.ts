import { tokenize } from '../segment/tokenize.js';
import type { Token } from '../pipeline/doc.js';

/**
 * The lookup key of a place name: its tokens' normal forms joined by one space (same tokeniser as the
 * text; hyphens read as spaces), with apostrophes dropped ("Ma'rib", "Ta‘izz", "Sana'a" → marib, taizz, sanaa) and letters that
 * Unicode does not decompose folded (ß → ss, ø → o, ł → l, ı → i …).
 */
export function placeKey(name: string): string {
  // fast path: one plain word ("Syria", "police")
  let plain = name.length > 0;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    plain = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  if (plain) return name.toLowerCase();
  return keyOfTokens(tokenize(name), 0, Number.MAX_SAFE_INTEGER);
}

const FOLD: Record<string, string> = { 'ß': 'ss', 'ø': 'o', 'ł': 'l', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't' };

/** Fold one normalised token for keys (fast path for plain ASCII words). */
export function foldNorm(norm: string): string {
  let plain = true;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c > 127 || c === 39) { plain = false; break; }
  }
  if (plain) return norm;
  let out = '';
  for (const ch of norm) {
    if (ch === "'" || ch === 'ʿ' || ch === 'ʾ' || ch === '`') continue;
    out += FOLD[ch] ?? ch;
  }
  return out || norm;
}

/** Key of tokens[from, to). Hyphens count as spaces: "Al-Bab", "Al Bab" and "Deir ez-Zor" / "Deir ez Zor" agree. */
export function keyOfTokens(tokens: Token[], from: number, to: number): string {
  let out = '';
  const end = Math.min(to, tokens.length);
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    // hyphens read as spaces; quote marks are dropped ("Al ‘Amārah" tokenises as Al, ‘, Amārah)
    if (t.kind === 'dash' || t.kind === 'quote') continue;
    out += (out ? ' ' : '') + foldNorm(t.norm);
  }
  return out;
}
