import type { Token } from './doc.js';

/*
 * Words of a token range joined into one string, without the arrays of `tokens.slice(a, b).map(…).join(…)`: those
 * arrays come out with other elements kinds from optimised code than from the interpreter, and the `.map` after the
 * slice threw its optimised code away ("wrong map") when the other kind came.
 */

/** The norms of tokens [from, to) joined by single spaces ('' for an empty range). */
export function joinNorms(tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  let out = tokens[from]!.norm;
  for (let k = from + 1; k < to; k++) out += ' ' + tokens[k]!.norm;
  return out;
}

/** The texts of tokens [from, to), a space before each token after the first that had one in the text. */
export function joinTexts(tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  let out = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) out += tokens[k]!.space ? ' ' + tokens[k]!.text : tokens[k]!.text;
  return out;
}
