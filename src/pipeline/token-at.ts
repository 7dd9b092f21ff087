import type { Token } from './doc.js';

/*
 * Reads at a token index that may lie outside the list (before the first token, past the last). `tokens[k]?.norm` reads
 * past the end are "out of bounds" for V8: optimised code that had never seen one is thrown away at the first. These
 * check the index first, so the element read stays in bounds; one shared read site for every caller.
 */

/** The token at index i, or undefined outside [0, tokens.length). */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/**
 * The norm of the token at index i, or '' outside [0, tokens.length) (no token's norm is empty): always a string, so
 * compares with a literal (`normAt(tokens, k + 1) === 'of'`) never meet undefined, which throws away optimised code
 * that had seen only strings there ("not a String").
 */
export function normAt(tokens: readonly Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i]!.norm : '';
}
