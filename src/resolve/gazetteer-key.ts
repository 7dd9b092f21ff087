import { tokenize } from '../segment/tokenize.js';
import type { Token } from '../pipeline/doc.js';

/** The lookup key of a place name: its tokens' normal forms joined by one space (same tokeniser as the text). */
export function placeKey(name: string): string {
  return keyOfTokens(tokenize(name), 0, Number.MAX_SAFE_INTEGER);
}

/** Key of tokens[from, to). */
export function keyOfTokens(tokens: Token[], from: number, to: number): string {
  let out = '';
  const end = Math.min(to, tokens.length);
  for (let i = from; i < end; i++) out += (i > from ? ' ' : '') + tokens[i]!.norm;
  return out;
}
