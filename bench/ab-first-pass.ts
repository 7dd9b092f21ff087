import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, splitWarmup } from './corpus.js';

/**
 * Two builds of sitrep in one process, on the bench's first pass: both warmed up on the held-out set (as bench/run.ts),
 * then the measured articles in batches, each batch run by both builds (which one goes first alternates), and the
 * main thread's CPU time of each build summed (from /proc/self/task/<pid>/schedstat, nanoseconds; Linux only).
 * On a loaded machine the two builds see the same load, so the ratio holds where separate runs do not. The
 * compiler and GC helper threads are shared and not counted: compare their share with separate runs.
 * Copy a build first (e.g. `cp -r dist tmp/base/` before a change: a folder under the package keeps data/ in reach).
 * Usage: node dist/bench/ab-first-pass.js DIST_A DIST_B [--batch 50] [--warmup-every 20]
 */

interface Analyze { analyze(input: { text: string }): unknown }

function threadNs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
}

async function load(dist: string): Promise<Analyze> {
  return (await import(pathToFileURL(resolve(dist, 'src', 'analyze.js')).href)) as Analyze;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { batch: { type: 'string', default: '50' }, 'warmup-every': { type: 'string', default: '20' } } });
  const [distA, distB] = positionals;
  if (!distA || !distB) {
    process.stderr.write('usage: node dist/bench/ab-first-pass.js DIST_A DIST_B [--batch 50] [--warmup-every 20]\n');
    return 2;
  }
  const a = await load(distA);
  const b = await load(distB);
  const { warmup, measured } = splitWarmup(buildCorpus({}).articles, Number(values['warmup-every']));
  for (const x of warmup) {
    a.analyze({ text: x.text });
    b.analyze({ text: x.text });
  }
  const batch = Math.max(1, Number(values.batch));
  const run = (m: Analyze, list: { text: string }[]): number => {
    const t = threadNs();
    for (const x of list) m.analyze({ text: x.text });
    return threadNs() - t;
  };
  let ta = 0;
  let tb = 0;
  for (let i = 0, k = 0; i < measured.length; i += batch, k++) {
    const list = measured.slice(i, i + batch);
    if (k % 2 === 0) { ta += run(a, list); tb += run(b, list); } else { tb += run(b, list); ta += run(a, list); }
  }
  process.stdout.write(`A ${distA}: ${(ta / 1e9).toFixed(2)} s main-thread CPU\nB ${distB}: ${(tb / 1e9).toFixed(2)} s\nB/A ${(tb / ta).toFixed(3)} (${measured.length} articles after ${warmup.length} held-out)\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
