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
  // The young generation starts at 1 MB and doubles after each scavenge; the dictionaries built at start-up
  // are nearly all live, so each scavenge copies them again. Growing it eightfold halves the scavenges of a
  // cold analyze (~1.5% fewer instructions). Only the growth step changes: the young generation's maximum
  // (16 MB) and results stay the same.
  setFlagsFromString(`--semi-space-growth-factor=${ONE_SHOT_SEMI_SPACE_GROWTH}`);
}

/** The young generation's growth step after a scavenge in one-shot commands (V8's default is 2). */
export const ONE_SHOT_SEMI_SPACE_GROWTH = 8;

/** Back to full tiering: for an input large enough that optimised code pays back. */
export function fullJit(): void {
  setFlagsFromString('--opt');
}

/** Above this many characters of article text, `analyze` turns the optimising compiler back on. */
export const ONE_SHOT_MAX_CHARS = 1_000_000;
