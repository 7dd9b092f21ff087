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

/** Tokens covered by layers of mentions, one byte per token of the document (1: covered), for stages that must not read the same words twice. */
export function coveredMask(tokenCount: number, ...layers: Mention<unknown>[][]): Uint8Array {
  const out = new Uint8Array(tokenCount);
  for (const layer of layers) for (const m of layer) for (let k = m.tokenStart; k < m.tokenEnd; k++) out[k] = 1;
  return out;
}
