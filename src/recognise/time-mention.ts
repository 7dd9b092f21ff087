import type { Doc, Mention } from '../pipeline/doc.js';

/**
 * A mention over tokens [tokenStart, tokenEnd) of the document (shared by the time, number, weapon
 * and outlet recognisers). Offsets and text come from the tokens, so spans always agree with them.
 */
export function mentionOver<D>(doc: Doc, tokenStart: number, tokenEnd: number, entry: string, data: D): Mention<D> {
  const first = doc.tokens[tokenStart]!;
  const last = doc.tokens[tokenEnd - 1]!;
  return {
    start: first.start,
    end: last.end,
    tokenStart,
    tokenEnd,
    sentence: first.sentence,
    text: doc.text.slice(first.start, last.end),
    entry,
    data,
  };
}

/** Token indices covered by a layer of mentions, for stages that must not read the same words twice. */
export function coveredTokens(...layers: Mention<unknown>[][]): Set<number> {
  const out = new Set<number>();
  for (const layer of layers) for (const m of layer) for (let k = m.tokenStart; k < m.tokenEnd; k++) out.add(k);
  return out;
}
