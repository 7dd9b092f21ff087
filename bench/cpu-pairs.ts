import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, splitWarmup } from './corpus.js';
import { LONG_RUN_V8_FLAGS } from '../src/util/jit.js';

/**
 * Process CPU of the bench's first pass for two builds, one build per process, alternated: each run warms up on the
 * held-out set (as bench/run.ts) and times analyze() over the measured articles, counting every thread (the compiler
 * and GC helper threads too, which ab-first-pass.ts leaves out). Alternating the builds spreads a noisy machine's
 * drift over both. Prints each run and the mean ratio B/A.
 * Usage: node dist/bench/cpu-pairs.js DIST_A DIST_B [--rounds 3]   (a copy of a build: `cp -r dist tmp/base/`)
 * One run: node dist/bench/cpu-pairs.js --one DIST
 */

interface Analyze { analyze(input: { text: string }): unknown }

async function one(dist: string): Promise<number> {
  const { analyze } = (await import(pathToFileURL(resolve(dist, 'src', 'analyze.js')).href)) as Analyze;
  const { warmup, measured } = splitWarmup(buildCorpus({ sampleCopies: 20 }).articles, 20);
  for (const a of warmup) analyze({ text: a.text });
  const t0 = process.cpuUsage();
  for (const a of measured) analyze({ text: a.text });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { rounds: { type: 'string', default: '3' }, one: { type: 'boolean', default: false } } });
  if (values.one) {
    if (!positionals[0]) return usage();
    process.stdout.write(`${(await one(positionals[0])).toFixed(3)}\n`);
    return 0;
  }
  const [a, b] = positionals;
  const rounds = Number(values.rounds);
  if (!a || !b || !Number.isInteger(rounds) || rounds < 1) return usage();
  const self = fileURLToPath(import.meta.url);
  const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [name, dist] of [['A', a], ['B', b]] as const) {
      const run = spawnSync(process.execPath, [...LONG_RUN_V8_FLAGS, self, '--one', dist], { encoding: 'utf8' });
      const cpu = Number(run.stdout.trim());
      if (run.status !== 0 || !Number.isFinite(cpu)) {
        process.stderr.write(`cpu-pairs: run of ${dist} failed: ${run.stderr.trim().split('\n').pop() ?? ''}\n`);
        return 1;
      }
      times[name].push(cpu);
      process.stdout.write(`${name} ${dist}: ${cpu.toFixed(2)} s\n`);
    }
  }
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  process.stdout.write(`B/A ${(mean(times.B) / mean(times.A)).toFixed(3)} (mean of ${rounds} runs each; process CPU, all threads)\n`);
  return 0;
}

function usage(): number {
  process.stderr.write('usage: node dist/bench/cpu-pairs.js DIST_A DIST_B [--rounds N] | --one DIST\n');
  return 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`cpu-pairs: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
