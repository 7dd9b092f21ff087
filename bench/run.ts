/**
 * sitrep speed benchmark (`npm run bench`): analyze() over a corpus built in memory from the eval texts
 * and the sample article, next to a bare Unicode regex tokeniser and wink-nlp tokenisation on the same
 * corpus in the same run (so the ratios hold on a noisy machine), plus peak memory and the cold start
 * of `sitrep analyze` on one article. analyze() runs on one thread.
 *
 *   node dist/bench/run.js [--max-mb N] [--sample-copies N] [--reps N] [--cold-runs N] [--profile]
 *                          [--json FILE] [--markdown docs/PERFORMANCE.md] [--pin] [--realtime] [--node-defaults]
 *                          [--phase analyze]
 *
 * Rates use CPU time (user + system) of the process, which is steadier than wall time on a loaded machine;
 * wall time is printed beside it. The benchmark re-runs itself with the V8 flags of sitrep's long-running
 * commands (LONG_RUN_V8_FLAGS in src/util/jit.ts; `--node-defaults` for node's own). --pin re-runs it under
 * `taskset` on one CPU; --realtime at real-time priority (`chrt -f 50`, root only) on a shared machine.
 */
import { parseArgs } from 'node:util';
import { spawnSync, execFileSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/analyze.js';
import { packageRoot } from '../src/util/paths.js';
import { spliceGenerated } from '../src/eval/format.js';
import { buildCorpus, splitWarmup } from './corpus.js';
import { bareTokenCount } from './tokenisers.js';
import { LONG_RUN_V8_FLAGS, needsLongRunRelaunch } from '../src/util/jit.js';
import { analyzeLoop, now, timed, type Timing, runAnalyze, runBare, runSegment, runStages, runWink } from './measure.js';
import { coldStart, profileAnalyze, profileColdStart } from './cold-start.js';
import { BEGIN, END, PERFORMANCE_TEMPLATE, TARGETS, fmt, markdown } from './report.js';

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Heap in use after a full garbage collection: what analyze() keeps (dictionaries, gazetteer, caches) plus the corpus. */
function retainedHeapMb(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/**
 * Re-run this script once in a child node, as sitrep's long-running commands run (util/relaunch.ts): with
 * LONG_RUN_V8_FLAGS unless --node-defaults; under `taskset` on one CPU with --pin; at real-time priority
 * (`chrt -f 50`, needs root) with --realtime, so that other work on a shared machine does not preempt the
 * measured loop. Null when already re-run or nothing to do.
 */
function relaunch(argv: string[], values: { pin: boolean; realtime: boolean; 'node-defaults': boolean }): number | null {
  if (process.env['SITREP_BENCH_CHILD']) return null;
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
  const prefix: string[] = [];
  const notes: string[] = [];
  if (values.realtime && has('chrt')) {
    prefix.push('chrt', '-f', '50');
    notes.push('real-time priority (chrt -f 50)');
  }
  let pinned = '';
  if (values.pin && has('taskset')) {
    const cpu = String(Math.max(0, availableParallelism() - 1));
    prefix.push('taskset', '-c', cpu);
    pinned = `cpu ${cpu}`;
  }
  const defaults = values['node-defaults'] || process.env['SITREP_V8_TUNING'] === '0';
  const flags = !defaults && needsLongRunRelaunch(process.execArgv, { NODE_OPTIONS: process.env['NODE_OPTIONS'] }) ? [...LONG_RUN_V8_FLAGS] : [];
  if (prefix.length === 0 && flags.length === 0) return null;
  const cmd = [...prefix, process.execPath, ...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv];
  const r = spawnSync(cmd[0]!, cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, SITREP_BENCH_CHILD: '1', SITREP_BENCH_PINNED: pinned, SITREP_BENCH_NOTES: notes.join(', ') },
  });
  if (r.error) {
    process.stderr.write(`bench: could not re-run as ${cmd.slice(0, prefix.length + 1).join(' ')}: ${r.error.message}\n`);
    return 1;
  }
  return r.status ?? 1;
}

/**
 * The warmed-worker row: analyze() in a child process (same node flags) that first analyses the held-out warm-up and
 * two passes over every other measured article, then is timed on the other half, which it has not seen. This is
 * what a long-running ingest worker's throughput tends to; the first-pass row above it is the conservative figure.
 */
function runWorker(argv: string[]): Timing | null {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), ...argv.filter((a) => a !== '--profile'), '--phase', 'worker'];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, SITREP_BENCH_CHILD: '1' }, maxBuffer: 1 << 20 });
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    const w = JSON.parse(line) as { seconds: number; wall: number; articles: number; sentences: number; tokens: number };
    return { name: 'sitrep analyze(), warmed worker', seconds: w.seconds, wall: w.wall, articles: w.articles, sentences: w.sentences, tokens: w.tokens, note: 'the unseen half of the corpus, after two passes over the other half, in a fresh process' };
  } catch {
    process.stderr.write(`bench: the warmed-worker run failed (exit ${r.status}): ${(r.stderr ?? '').slice(0, 500)}\n`);
    return null;
  }
}

/** The V8 flags this process runs with that change performance (for the report). */
function v8Flags(): string {
  const given = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(' ')].filter((f) => f.startsWith('--max-') || f.startsWith('--no-opt') || f.startsWith('--maglev'));
  return given.length ? given.join(' ') : "node's defaults";
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'max-mb': { type: 'string' },
      'sample-copies': { type: 'string', default: '20' },
      reps: { type: 'string', default: '3' },
      'cold-runs': { type: 'string', default: '7' },
      'stage-step': { type: 'string', default: '4' },
      'warmup-every': { type: 'string', default: '20' },
      profile: { type: 'boolean', default: false },
      json: { type: 'string' },
      markdown: { type: 'string' },
      pin: { type: 'boolean', default: false },
      realtime: { type: 'boolean', default: false },
      'node-defaults': { type: 'boolean', default: false },
      phase: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?/, '');
    process.stdout.write(header.split('\n').map((l) => l.replace(/^ \* ?/, '')).join('\n').trim() + '\n');
    return 0;
  }
  const relaunched = relaunch(argv, values);
  if (relaunched != null) return relaunched;

  const maxChars = values['max-mb'] ? Number(values['max-mb']) * 1_000_000 : null;
  const corpus = buildCorpus({ maxChars, sampleCopies: Number(values['sample-copies']) });
  // Warm-up set: every WARMUP_EVERY-th article of each source, held out of every measured row, so the
  // JIT sees every kind of text once (as a long-running ingest worker has) and the measured loop still
  // runs on text that analyze() has not seen (no memo or cache answers from an earlier pass).
  const { warmup, measured: articles } = splitWarmup(corpus.articles, Number(values['warmup-every']));
  if (articles.length === 0) {
    process.stderr.write(`bench: no corpus (missing: ${corpus.missing.join(', ')}); set SITREP_EVAL_DIR\n`);
    return 1;
  }
  const tokens = articles.map((a) => bareTokenCount(a.text));

  if (values.phase === 'worker') {
    // a worker that has run for a while, on text it has not seen: the held-out warm-up, then two passes over every
    // other measured article; the rest is measured (runWorker below runs this in a child process, so the parent's
    // first pass leaves no memo or compiled code behind)
    const seen = articles.filter((_, i) => i % 2 === 1);
    const unseen = articles.filter((_, i) => i % 2 === 0);
    for (const a of warmup) analyze({ text: a.text });
    for (let pass = 0; pass < 2; pass++) analyzeLoop(seen);
    const t = timed(() => analyzeLoop(unseen));
    const unseenTokens = tokens.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    process.stdout.write(JSON.stringify({ seconds: t.cpu, wall: t.wall, articles: unseen.length, sentences: t.value.sentences, tokens: unseenTokens }) + '\n');
    return 0;
  }

  if (values.phase === 'analyze') {
    // for an external profile: node --cpu-prof dist/bench/run.js --phase analyze; node dist/bench/profile-summary.js FILE
    for (const a of warmup) analyze({ text: a.text });
    analyzeLoop(articles);
    return 0;
  }

  const log = (s: string) => process.stdout.write(s + '\n');
  const info = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', 'src', 'data']) !== '',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    pinned: process.env['SITREP_BENCH_PINNED'] || 'no (taskset not used)',
    v8Flags: v8Flags(),
    priority: process.env['SITREP_BENCH_NOTES'] || 'normal',
  };
  log(`sitrep bench: ${fmt(corpus.chars / 1e6, 2)} M chars, ${fmt(articles.length)} articles, ${fmt(tokens.reduce((a, b) => a + b, 0))} tokens (bare regex count)`);
  log(`  commit ${info.commit}${info.dirty ? ' (+ uncommitted changes)' : ''}, ${info.node}, ${info.cpu}, pinned: ${info.pinned}; V8 flags: ${info.v8Flags}; priority: ${info.priority}`);
  if (corpus.missing.length) log(`  missing from the corpus: ${corpus.missing.join(', ')}`);
  const rssBefore = maxRssMb();

  // warm-up: loads dictionaries and the gazetteer, lets the JIT settle (cold start is measured separately)
  const tw = now();
  for (const a of warmup) analyze({ text: a.text });
  const warm = now() - tw;
  const an = runAnalyze(articles, tokens);
  const rssAfterAnalyze = maxRssMb();
  const worker = runWorker(argv);
  const retainedMb = retainedHeapMb();
  const seg = runSegment(articles, tokens);
  const bare = runBare(articles, Number(values.reps));
  const wink = runWink(articles, tokens);
  const stages = runStages(articles, Number(values['stage-step']));
  const cold = coldStart(Number(values['cold-runs']));
  const profile = values.profile ? await profileAnalyze(articles.filter((_, i) => i % Number(values['stage-step']) === 0)) : null;
  const coldProfile = values.profile ? profileColdStart() : null;

  const rows = worker ? [an, worker, seg, bare, wink] : [an, seg, bare, wink];
  log('');
  log(`  ${'what (rates per CPU second)'.padEnd(30)} ${'cpu s'.padStart(8)} ${'wall s'.padStart(8)} ${'articles/s'.padStart(11)} ${'sentences/s'.padStart(12)} ${'tokens/s'.padStart(12)} ${'× bare'.padStart(8)}`);
  for (const t of rows) {
    log(`  ${t.name.padEnd(30)} ${fmt(t.seconds, 2).padStart(8)} ${fmt(t.wall, 2).padStart(8)} ${fmt(t.articles / t.seconds).padStart(11)} ${(t.sentences != null ? fmt(t.sentences / t.seconds) : '–').padStart(12)} ${fmt(t.tokens / t.seconds).padStart(12)} ${fmt(t.tokens / t.seconds / (bare.tokens / bare.seconds), 3).padStart(8)}`);
  }
  const sentPerSec = (an.sentences ?? 0) / an.seconds;
  const ratio = bare.seconds / an.seconds;
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  log('');
  log(`  analyze: ${fmt(an.sentences ?? 0)} sentences, ${fmt(an.events)} events; warm-up (${fmt(warmup.length)} held-out articles, every ${values['warmup-every']}th of each source; loads data) ${fmt(warm, 2)} s`);
  log(`  peak RSS: ${fmt(rssAfterAnalyze)} MB after analyze (${fmt(rssBefore)} MB with the corpus loaded, before analyze); heap after a full GC: ${fmt(retainedMb)} MB`);
  log(`  cold start: ${fmt(cold.cpu, 3)} s CPU, ${fmt(cold.seconds, 3)} s wall — ${cold.command} (${cold.note})`);
  log('');
  log(`  targets: ≥ ${fmt(TARGETS.sentencesPerSec)} sentences/s: ${check(sentPerSec >= TARGETS.sentencesPerSec)} (${fmt(sentPerSec)}); ` +
    `≥ 1/10 of bare tokens/s: ${check(ratio >= TARGETS.tokenRatio)} (${fmt(ratio, 3)}); ` +
    `peak RSS < ${TARGETS.peakRssMb} MB: ${check(rssAfterAnalyze < TARGETS.peakRssMb)}; cold start < ${TARGETS.coldStartSec} s (CPU): ${check(cold.ok && cold.cpu < TARGETS.coldStartSec)}`);
  log('');
  const stageTotal = stages.reduce((a, s) => a + s.seconds, 0);
  log(`  time per stage (every ${values['stage-step']}th article):`);
  for (const s of [...stages].sort((a, b) => b.seconds - a.seconds)) log(`    ${s.stage.padEnd(22)} ${fmt(s.seconds, 3).padStart(8)} s ${fmt((100 * s.seconds) / stageTotal, 1).padStart(6)}%`);
  if (profile) {
    log('');
    log(`  CPU profile of the analyze loop: top self time (${fmt(profile.total)} ms sampled)`);
    for (const f of profile.functions.slice(0, 15)) log(`    ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}  ${f.where}`);
  }
  if (coldProfile) {
    log('');
    log(`  CPU profile of one cold \`sitrep analyze\` run (node --cpu-prof, ${fmt(coldProfile.total)} ms sampled): self time by file`);
    for (const f of coldProfile.files.slice(0, 12)) log(`    ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}`);
  }

  const result = { ...info, warmupArticles: warmup.length, corpus: { chars: corpus.chars, articles: articles.length, bySource: corpus.bySource, missing: corpus.missing }, rows, warmupSeconds: warm, rssBeforeMb: rssBefore, rssAfterAnalyzeMb: rssAfterAnalyze, retainedHeapMb: retainedMb, cold, stages, profile, coldProfile, targets: TARGETS };
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2) + '\n');
  if (values.markdown) {
    const existing = existsSync(values.markdown) ? readFileSync(values.markdown, 'utf8') : null;
    writeFileSync(values.markdown, spliceGenerated(existing, markdown(result, values), PERFORMANCE_TEMPLATE, BEGIN, END));
    log(`\n  figures written to ${values.markdown}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
