import { setFlagsFromString } from 'node:v8';

/**
 * JIT tiering for one-shot commands. A cold `sitrep analyze` of one article spends ~10% of its CPU in
 * V8's optimising compiler (TurboFan, on background threads) for functions that run a few hundred
 * times while the dictionaries load and then never again; the process exits before the optimised code
 * pays back. One-shot commands therefore run on the interpreter and the baseline compiler only.
 * Results are identical (tiering never changes semantics); long runs (ingest, eval, the library API)
 * are not affected. Both calls change a V8 flag that is read at every tier-up decision, so they take
 * effect at once. (Node 20 has no ESM code cache, so this is the only JIT lever at start-up.)
 */
export function oneShotJit(): void {
  setFlagsFromString('--no-opt');
}

/** Back to full tiering: for an input large enough that optimised code pays back. */
export function fullJit(): void {
  setFlagsFromString('--opt');
}

/** Above this many characters of article text, `analyze` turns the optimising compiler back on. */
export const ONE_SHOT_MAX_CHARS = 1_000_000;
