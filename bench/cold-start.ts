/** Cold start of the CLI, and the CPU profiles (analyze loop in process; one cold CLI run with --cpu-prof). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { packageRoot } from '../src/util/paths.js';
import { sampleArticlePath, type BenchArticle } from './corpus.js';
import { analyzeLoop, median, now } from './measure.js';
import { summariseProfile, summariseProfileFile, type CpuProfile, type ProfileSummary } from './profile-summary.js';

export interface ColdStart { command: string; seconds: number; cpu: number; runs: number; ok: boolean; note: string }

/** Parse the children line of POSIX `times` ("0m0.700s 0m0.280s") into CPU seconds. */
export function childCpu(out: string): number {
  const lines = out.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  let total = 0;
  for (const part of last.trim().split(/\s+/)) {
    const m = /^(\d+)m([\d.]+)s$/.exec(part);
    if (m) total += Number(m[1]) * 60 + Number(m[2]);
  }
  return total;
}

export function coldStart(runs: number): ColdStart {
  const main = join(packageRoot, 'dist', 'src', 'cli', 'main.js');
  const sample = sampleArticlePath();
  const analyzeArgs = sample ? ['analyze', sample, '--published', '2023-10-24', '--format', 'json'] : null;
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const time = (args: string[]): { s: number; cpu: number; ok: boolean } => {
    const cmd = `${[process.execPath, main, ...args].map(quote).join(' ')} >/dev/null 2>&1; rc=$?; times; exit $rc`;
    const t0 = now();
    const r = spawnSync('sh', ['-c', cmd], { encoding: 'utf8', cwd: packageRoot });
    return { s: now() - t0, cpu: childCpu(r.stdout ?? ''), ok: r.status === 0 };
  };
  const measure = (args: string[]) => {
    const xs = Array.from({ length: runs }, () => time(args));
    return { wall: median(xs.map((x) => x.s)), cpu: median(xs.map((x) => x.cpu)) };
  };
  // the probe run (also warms the file cache); retried, since the tree may be mid-rebuild on a shared machine
  let why = sample ? '' : 'no sample article found';
  let ok = false;
  for (let attempt = 0; analyzeArgs && attempt < 3 && !ok; attempt++) {
    if (attempt > 0) spawnSync('sleep', ['5']);
    const probe = spawnSync(process.execPath, [main, ...analyzeArgs], { encoding: 'utf8', cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    ok = probe.status === 0;
    if (!ok) why = `exit ${probe.status}: ${(probe.stderr ?? '').trim().split('\n')[0] ?? ''}`;
  }
  if (analyzeArgs && ok) {
    const m = measure(analyzeArgs);
    const shown = ['node dist/src/cli/main.js', ...analyzeArgs.map((a) => (a === sample ? 'examples/iran-proxies-2023-10-24.txt' : a))].join(' ');
    const note = `median of ${runs} runs after one discarded run (warm file cache)${bareNodeNote(runs, quote)}`;
    return { command: shown, seconds: m.wall, cpu: m.cpu, runs, ok: true, note };
  }
  const m = measure(['--help']);
  return { command: 'node dist/src/cli/main.js --help', seconds: m.wall, cpu: m.cpu, runs, ok: false, note: `the analyze command did not run (${why}); measured --help instead` };
}

/**
 * What a bare `node -e 0` costs here, included in the figure above: node's own start-up. When the
 * environment sets NODE_EXTRA_CA_CERTS, node 20 parses that CA bundle at every start, before any sitrep
 * code runs; the note gives both figures so the environment's share is visible (the measurement itself
 * keeps the environment as it is).
 */
function bareNodeNote(runs: number, quote: (a: string) => string): string {
  const bare = (unset: boolean): number => {
    const cmd = `${unset ? 'unset NODE_EXTRA_CA_CERTS; ' : ''}${quote(process.execPath)} -e 0; times`;
    return median(Array.from({ length: runs }, () => childCpu(spawnSync('sh', ['-c', cmd], { encoding: 'utf8' }).stdout ?? '')));
  };
  const withEnv = bare(false);
  if (!process.env['NODE_EXTRA_CA_CERTS']) return `; bare node start-up ${withEnv.toFixed(2)} s CPU`;
  return `; bare node start-up ${withEnv.toFixed(2)} s CPU, of which NODE_EXTRA_CA_CERTS (set here) ~${Math.max(0, withEnv - bare(true)).toFixed(2)} s`;
}

/** `node --cpu-prof` of one cold `sitrep analyze` run on the sample article: where start-up time goes. */
export function profileColdStart(): ProfileSummary | null {
  const sample = sampleArticlePath();
  if (!sample) return null;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cold-'));
  try {
    const main = join(packageRoot, 'dist', 'src', 'cli', 'main.js');
    const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '200', main, 'analyze', sample, '--published', '2023-10-24', '--format', 'json'], { stdio: 'ignore', cwd: packageRoot });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    return r.status === 0 && file ? summariseProfileFile(join(dir, file), 25) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sample a CPU profile of the analyze loop in this process (V8 profiler through node:inspector). */
export async function profileAnalyze(articles: BenchArticle[]): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    analyzeLoop(articles);
    const { profile } = await session.post('Profiler.stop');
    // the inspector's native `dispatch` frame is the profiler serialising its own result: not sitrep's time
    return summariseProfile(profile as unknown as CpuProfile, 25, (name, url) => name === 'dispatch' && url === '');
  } finally {
    session.disconnect();
  }
}
