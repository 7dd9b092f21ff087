import { join } from 'node:path';
import { evalDir } from '../src/util/paths.js';
import { evaluateLgl, evaluateAcled } from '../src/resolve/geo-eval.js';

/**
 * Geocoding accuracy on LGL (US local news) and ACLED notes, read from SITREP_EVAL_DIR (default ../shared/eval).
 * Usage: node dist/bench/geo-lgl.js [--errors N] [--acled] [--actors]   (--actors: run outlets and actors first, as the pipeline does)
 */
const args = process.argv.slice(2);
const withActors = args.includes('--actors');
const nErr = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 20) : 0;
const t0 = performance.now();
const lgl = evaluateLgl(join(evalDir(), 'geo', 'lgl.jsonl'), { errors: nErr > 0, withActors });
const { errors: lglErrors, ...lglScores } = lgl;
console.log('LGL', JSON.stringify(lglScores), `${Math.round(performance.now() - t0)} ms`);
for (const e of (lglErrors ?? []).slice(0, nErr)) console.log('  ', JSON.stringify(e));
if (args.includes('--acled')) {
  const t1 = performance.now();
  const acled = evaluateAcled(join(evalDir(), 'acled', 'acled_dev.jsonl'), { errors: nErr > 0, withActors });
  const { errors: aErrors, ...aScores } = acled;
  console.log('ACLED', JSON.stringify(aScores), `${Math.round(performance.now() - t1)} ms`);
  for (const e of (aErrors ?? []).slice(0, nErr)) console.log('  ', JSON.stringify(e));
}
