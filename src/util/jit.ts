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
  // are nearly all live, so each scavenge copies them again. Growing it eightfold halved the scavenges of a
  // cold analyze (~1.5% fewer instructions); sixteenfold reaches the maximum (16 MB) at the first scavenge
  // after this call, two to three scavenges fewer again (~2% less CPU, session 12). Only the growth step
  // changes: the young generation's maximum and results stay the same.
  setFlagsFromString(`--semi-space-growth-factor=${ONE_SHOT_SEMI_SPACE_GROWTH}`);
}

/** The young generation's growth step after a scavenge in one-shot commands (V8's default is 2). */
export const ONE_SHOT_SEMI_SPACE_GROWTH = 16;

/** Back to full tiering: for an input large enough that optimised code pays back. */
export function fullJit(): void {
  setFlagsFromString('--opt');
}

/** Above this many characters of article text, `analyze` turns the optimising compiler back on. */
export const ONE_SHOT_MAX_CHARS = 1_000_000;

/**
 * V8 settings for long runs: `sitrep ingest`, `sitrep eval` and the benchmark, which analyse thousands of
 * articles in one process. Measured with `node dist/bench/passes.js --passes 1` over the bench corpus,
 * interleaved runs under `chrt -f` (docs/PERFORMANCE.md, session 4): about 25 % less CPU on text the process
 * has not seen, output unchanged (flags never change semantics).
 * - `--max-semi-space-size=32`: the young generation may grow to 32 MB semi-spaces (Node 20's default here is
 *   16): each article's short-lived objects die young, and half as many scavenges copy the live set (the
 *   dictionaries' caches and the current article). Peak RSS did not rise (239–281 MB either way).
 * - `--max-inlined-bytecode-size-cumulative=300` (V8's default 920): TurboFan inlines less into each optimised
 *   function, so the compilations that the first pass over new kinds of text triggers cost less; the optimised
 *   code is as fast in steady state (`passes.js` pass 2 unchanged within noise).
 * The heap size can only be set when the process starts, so long-running commands relaunch themselves with
 * these flags (`relaunchWithLongRunFlags`); the inlining limit alone can also be set at run time (`longRunJit`).
 */
export const LONG_RUN_V8_FLAGS: readonly string[] = ['--max-semi-space-size=32', '--max-inlined-bytecode-size-cumulative=300'];

/** Set by a relaunch (and by users who want node's defaults: SITREP_V8_TUNING=0) so it happens at most once. */
export const RELAUNCH_ENV = 'SITREP_V8_TUNING';

/** The run-time settable part of LONG_RUN_V8_FLAGS, for library users with a long loop of analyze() calls. */
export function longRunJit(): void {
  for (const flag of LONG_RUN_V8_FLAGS) if (flag.startsWith('--max-inlined')) setFlagsFromString(flag);
}

/** True when this process should relaunch itself with LONG_RUN_V8_FLAGS: not yet relaunched, not disabled, flags absent. */
export function needsLongRunRelaunch(execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (env[RELAUNCH_ENV] != null) return false;
  const given = [...execArgv, ...(env['NODE_OPTIONS'] ?? '').split(' ')];
  return LONG_RUN_V8_FLAGS.some((flag) => !given.some((g) => g.split('=')[0] === flag.split('=')[0]));
}
