/**
 * sitrep speed benchmark (`npm run bench`): analyze() over a corpus built in memory from the eval texts
 * and the sample article, next to a bare Unicode regex tokeniser and wink-nlp tokenisation on the same
 * corpus in the same run (so the ratios hold on a noisy machine), plus peak memory and the cold start
 * of `sitrep analyze` on one article. analyze() runs on one thread.
 *
 *   node dist/bench/run.js [--max-mb N] [--sample-copies N] [--reps N] [--cold-runs N] [--profile]
 *                          [--json FILE] [--markdown docs/PERFORMANCE.md] [--pin] [--phase analyze]
 *
 * Rates use CPU time (user + system) of the process, which is steadier than wall time on a loaded machine;
 * wall time is printed beside it. --pin re-runs the benchmark under `taskset` on one CPU.
 */
import { parseArgs } from 'node:util';
import { spawnSync, execFileSync } from 'node:child_process';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { Doc } from '../src/pipeline/doc.js';
import { buildPipeline } from '../src/pipeline/configuration.js';
import { codeStages } from '../src/code/index.js';
import { enrichStages } from '../src/enrich/index.js';
import { resolveStages } from '../src/resolve/index.js';
import { toArticle } from '../src/analyze.js';
import { tokenize } from '../src/segment/tokenize.js';
import { splitSentences } from '../src/segment/sentences.js';
import { packageRoot } from '../src/util/paths.js';
import { spliceGenerated } from '../src/eval/format.js';
import { buildCorpus, sampleArticlePath, type BenchArticle } from './corpus.js';
import { bareTokenCount, winkTokeniser } from './tokenisers.js';
import { summariseProfile, summariseProfileFile, type CpuProfile, type ProfileSummary } from './profile-summary.js';
import { Session } from 'node:inspector/promises';

const TARGETS = { sentencesPerSec: 20_000, tokenRatio: 0.1, peakRssMb: 400, coldStartSec: 0.5 };

/** `seconds` is CPU time (user + system) of the process: on a loaded machine it is steadier than wall time. */
interface Timing { name: string; seconds: number; wall: number; articles: number; sentences: number | null; tokens: number; note: string }

function now(): number {
  return performance.now() / 1000;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Run `fn`, returning its result with CPU and wall seconds. */
function timed<T>(fn: () => T): { value: T; cpu: number; wall: number } {
  const c0 = cpuNow();
  const w0 = now();
  const value = fn();
  return { value, cpu: cpuNow() - c0, wall: now() - w0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Re-run this script pinned to one CPU (taskset), unless asked not to or already pinned. */
function pinToOneCore(argv: string[]): number | null {
  if (process.env['SITREP_BENCH_PINNED'] || !argv.includes('--pin')) return null;
  const which = spawnSync('sh', ['-c', 'command -v taskset'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const cpu = String(Math.max(0, availableParallelism() - 1));
  const r = spawnSync('taskset', ['-c', cpu, process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
    stdio: 'inherit',
    env: { ...process.env, SITREP_BENCH_PINNED: `cpu ${cpu}` },
  });
  return r.status ?? 1;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function analyzeLoop(articles: BenchArticle[]): { sentences: number; events: number } {
  let sentences = 0;
  let events = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = analyze({ text: articles[i]!.text, url: `bench:${i}` });
    sentences += a.article.sentences;
    events += a.events.length;
  }
  return { sentences, events };
}

function runAnalyze(articles: BenchArticle[], tokens: number[]): Timing & { events: number } {
  const t = timed(() => analyzeLoop(articles));
  return { name: 'sitrep analyze()', seconds: t.cpu, wall: t.wall, articles: articles.length, sentences: t.value.sentences, tokens: sum(tokens), events: t.value.events, note: 'whole pipeline' };
}

function runSegment(articles: BenchArticle[], tokens: number[]): Timing {
  const t = timed(() => {
    let sentences = 0;
    for (const a of articles) sentences += splitSentences(tokenize(a.text), a.text).length;
    return sentences;
  });
  return { name: 'sitrep tokenize + sentences', seconds: t.cpu, wall: t.wall, articles: articles.length, sentences: t.value, tokens: sum(tokens), note: 'segment stage only' };
}

/** Median over `reps` runs (it is fast, so one run is too short to time on a busy machine). */
function runBare(articles: BenchArticle[], reps: number): Timing {
  const runs: { value: number; cpu: number; wall: number }[] = [];
  let total = 0;
  // at least `reps` runs and at least one CPU second in all, so the median is not below the clock's grain
  while (runs.length < reps || (total < 1 && runs.length < 100)) {
    const r = timed(() => {
      let n = 0;
      for (const a of articles) n += bareTokenCount(a.text);
      return n;
    });
    runs.push(r);
    total += r.cpu;
  }
  const tokens = runs[0]!.value;
  return { name: 'bare regex tokeniser', seconds: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)), articles: articles.length, sentences: null, tokens, note: `/[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu, median of ${runs.length} runs` };
}

function runWink(articles: BenchArticle[], tokens: number[]): Timing {
  const count = winkTokeniser();
  for (const a of articles.slice(0, 50)) count(a.text);
  const t = timed(() => {
    for (const a of articles) count(a.text);
  });
  return { name: 'wink-nlp tokenisation', seconds: t.cpu, wall: t.wall, articles: articles.length, sentences: null, tokens: sum(tokens), note: 'readDoc, empty pipe (tokens only)' };
}

/** Time per pipeline stage over a subset of the corpus (every `step`-th article). */
function runStages(articles: BenchArticle[], step: number): { stage: string; seconds: number }[] {
  const stages = buildPipeline({ code: codeStages, enrich: enrichStages, resolve: resolveStages });
  const totals = new Map<string, number>(stages.map((s) => [s.name, 0]));
  for (let i = 0; i < articles.length; i += step) {
    const doc = new Doc(toArticle({ text: articles[i]!.text, url: `bench:${i}` }));
    for (const s of stages) {
      const t0 = cpuNow();
      s.run(doc);
      totals.set(s.name, (totals.get(s.name) ?? 0) + cpuNow() - t0);
    }
  }
  return [...totals].map(([stage, seconds]) => ({ stage, seconds }));
}

interface ColdStart { command: string; seconds: number; cpu: number; runs: number; ok: boolean; note: string }

/** Parse the children line of POSIX `times` ("0m0.700s 0m0.280s") into CPU seconds. */
function childCpu(out: string): number {
  const lines = out.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  let total = 0;
  for (const part of last.trim().split(/\s+/)) {
    const m = /^(\d+)m([\d.]+)s$/.exec(part);
    if (m) total += Number(m[1]) * 60 + Number(m[2]);
  }
  return total;
}

function coldStart(runs: number): ColdStart {
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
  if (analyzeArgs && time(analyzeArgs).ok) {
    const m = measure(analyzeArgs);
    const shown = ['node dist/src/cli/main.js', ...analyzeArgs.map((a) => (a === sample ? 'examples/iran-proxies-2023-10-24.txt' : a))].join(' ');
    return { command: shown, seconds: m.wall, cpu: m.cpu, runs, ok: true, note: `median of ${runs} runs after one discarded run (warm file cache)` };
  }
  const m = measure(['--help']);
  return { command: 'node dist/src/cli/main.js --help', seconds: m.wall, cpu: m.cpu, runs, ok: false, note: 'the analyze command did not run; measured --help instead' };
}

/** `node --cpu-prof` of one cold `sitrep analyze` run on the sample article: where start-up time goes. */
function profileColdStart(): ProfileSummary | null {
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
async function profileAnalyze(articles: BenchArticle[]): Promise<ProfileSummary> {
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

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'max-mb': { type: 'string' },
      'sample-copies': { type: 'string', default: '20' },
      reps: { type: 'string', default: '3' },
      'cold-runs': { type: 'string', default: '7' },
      'stage-step': { type: 'string', default: '4' },
      profile: { type: 'boolean', default: false },
      json: { type: 'string' },
      markdown: { type: 'string' },
      pin: { type: 'boolean', default: false },
      phase: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?/, '');
    process.stdout.write(header.split('\n').map((l) => l.replace(/^ \* ?/, '')).join('\n').trim() + '\n');
    return 0;
  }
  const pinned = pinToOneCore(argv);
  if (pinned != null) return pinned;

  const maxChars = values['max-mb'] ? Number(values['max-mb']) * 1_000_000 : null;
  const corpus = buildCorpus({ maxChars, sampleCopies: Number(values['sample-copies']) });
  const articles = corpus.articles;
  if (articles.length === 0) {
    process.stderr.write(`bench: no corpus (missing: ${corpus.missing.join(', ')}); set SITREP_EVAL_DIR\n`);
    return 1;
  }
  const tokens = articles.map((a) => bareTokenCount(a.text));

  if (values.phase === 'analyze') {
    // for an external profile: node --cpu-prof dist/bench/run.js --phase analyze; node dist/bench/profile-summary.js FILE
    for (const a of articles.slice(0, 200)) analyze({ text: a.text });
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
  };
  log(`sitrep bench: ${fmt(corpus.chars / 1e6, 2)} M chars, ${fmt(articles.length)} articles, ${fmt(tokens.reduce((a, b) => a + b, 0))} tokens (bare regex count)`);
  log(`  commit ${info.commit}${info.dirty ? ' (+ uncommitted changes)' : ''}, ${info.node}, ${info.cpu}, pinned: ${info.pinned}`);
  if (corpus.missing.length) log(`  missing from the corpus: ${corpus.missing.join(', ')}`);
  const rssBefore = maxRssMb();

  // warm-up: loads dictionaries and the gazetteer, lets the JIT settle (cold start is measured separately)
  const tw = now();
  for (const a of articles.slice(0, 200)) analyze({ text: a.text });
  const warm = now() - tw;
  const an = runAnalyze(articles, tokens);
  const rssAfterAnalyze = maxRssMb();
  const seg = runSegment(articles, tokens);
  const bare = runBare(articles, Number(values.reps));
  const wink = runWink(articles, tokens);
  const stages = runStages(articles, Number(values['stage-step']));
  const cold = coldStart(Number(values['cold-runs']));
  const profile = values.profile ? await profileAnalyze(articles.filter((_, i) => i % Number(values['stage-step']) === 0)) : null;
  const coldProfile = values.profile ? profileColdStart() : null;

  const rows = [an, seg, bare, wink];
  log('');
  log(`  ${'what (rates per CPU second)'.padEnd(30)} ${'cpu s'.padStart(8)} ${'wall s'.padStart(8)} ${'articles/s'.padStart(11)} ${'sentences/s'.padStart(12)} ${'tokens/s'.padStart(12)} ${'× bare'.padStart(8)}`);
  for (const t of rows) {
    log(`  ${t.name.padEnd(30)} ${fmt(t.seconds, 2).padStart(8)} ${fmt(t.wall, 2).padStart(8)} ${fmt(t.articles / t.seconds).padStart(11)} ${(t.sentences != null ? fmt(t.sentences / t.seconds) : '–').padStart(12)} ${fmt(t.tokens / t.seconds).padStart(12)} ${fmt(bare.seconds / t.seconds, 3).padStart(8)}`);
  }
  const sentPerSec = (an.sentences ?? 0) / an.seconds;
  const ratio = bare.seconds / an.seconds;
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  log('');
  log(`  analyze: ${fmt(an.sentences ?? 0)} sentences, ${fmt(an.events)} events; warm-up (first 200 articles, loads data) ${fmt(warm, 2)} s`);
  log(`  peak RSS: ${fmt(rssAfterAnalyze)} MB after analyze (${fmt(rssBefore)} MB with the corpus loaded, before analyze)`);
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

  const result = { ...info, corpus: { chars: corpus.chars, articles: articles.length, bySource: corpus.bySource, missing: corpus.missing }, rows, warmupSeconds: warm, rssBeforeMb: rssBefore, rssAfterAnalyzeMb: rssAfterAnalyze, cold, stages, profile, coldProfile, targets: TARGETS };
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2) + '\n');
  if (values.markdown) {
    const existing = existsSync(values.markdown) ? readFileSync(values.markdown, 'utf8') : null;
    writeFileSync(values.markdown, spliceGenerated(existing, markdown(result, values), PERFORMANCE_TEMPLATE, BEGIN, END));
    log(`\n  figures written to ${values.markdown}`);
  }
  return 0;
}

const BEGIN = '<!-- BEGIN GENERATED: npm run bench -- --markdown; do not edit by hand -->';
const END = '<!-- END GENERATED -->';
const PERFORMANCE_TEMPLATE = '# Performance\n';

type Result = {
  date: string; commit: string; dirty: boolean; node: string; cpu: string; pinned: string;
  corpus: { chars: number; articles: number; bySource: Record<string, number>; missing: string[] };
  rows: Timing[]; warmupSeconds: number; rssBeforeMb: number; rssAfterAnalyzeMb: number; cold: ColdStart;
  stages: { stage: string; seconds: number }[]; profile: ProfileSummary | null; coldProfile: ProfileSummary | null;
};

function markdown(r: Result, values: Record<string, unknown>): string {
  const bare = r.rows.find((x) => x.name.startsWith('bare'))!;
  const an = r.rows[0]!;
  const lines = [
    `Measured ${r.date} at commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes in the tree)' : ''}; ${r.node}; ${r.cpu}; pinned to one core: ${r.pinned}.`,
    `Command: \`npm run bench -- --profile --markdown docs/PERFORMANCE.md\`${values['max-mb'] ? ` (--max-mb ${String(values['max-mb'])})` : ''}.`,
    `Corpus: ${fmt(r.corpus.chars / 1e6, 2)} M characters in ${fmt(r.corpus.articles)} articles (${Object.entries(r.corpus.bySource).map(([k, v]) => `${k.replace(/\.jsonl$/, '')} ${fmt(v)}`).join(', ')}).`,
    'Rates are per CPU second (user + system time of the process), which holds up on a loaded machine better than wall time (shown beside it). ' +
      'Tokens/s use the same token count (the bare regex tokeniser\'s) for every row, so the "× bare" column is a ratio of CPU times on the same text.',
    '',
    '| what | CPU s | wall s | articles/s | sentences/s | tokens/s | × bare tokeniser |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.rows.map((t) => `| ${t.name} (${t.note.replace(/\|/g, '\\|')}) | ${fmt(t.seconds, 2)} | ${fmt(t.wall, 2)} | ${fmt(t.articles / t.seconds)} | ${t.sentences != null ? fmt(t.sentences / t.seconds) : '–'} | ${fmt(t.tokens / t.seconds)} | ${fmt(bare.seconds / t.seconds, 3)} |`),
    '',
    '| target | measured | met? |',
    '|---|---:|---|',
    `| extraction ≥ 20,000 sentences/s on one core | ${fmt((an.sentences ?? 0) / an.seconds)} | ${(an.sentences ?? 0) / an.seconds >= TARGETS.sentencesPerSec ? 'yes' : 'no'} |`,
    `| ≥ 1/10 of the bare tokeniser's tokens/s | ${fmt(bare.seconds / an.seconds, 3)} | ${bare.seconds / an.seconds >= TARGETS.tokenRatio ? 'yes' : 'no'} |`,
    `| peak RSS < 400 MB | ${fmt(r.rssAfterAnalyzeMb)} MB (${fmt(r.rssBeforeMb)} MB before analyze, corpus loaded) | ${r.rssAfterAnalyzeMb < TARGETS.peakRssMb ? 'yes' : 'no'} |`,
    `| cold start < 0.5 s | ${fmt(r.cold.cpu, 3)} s CPU (${fmt(r.cold.seconds, 3)} s wall) | ${r.cold.ok && r.cold.cpu < TARGETS.coldStartSec ? 'yes' : 'no'} |`,
    '',
    `Cold start: \`${r.cold.command}\`, ${r.cold.note}. Warm-up of analyze() in the benchmark process (first 200 articles, loads dictionaries and the gazetteer): ${fmt(r.warmupSeconds, 2)} s.`,
    '',
  ];
  const total = r.stages.reduce((a, s) => a + s.seconds, 0);
  lines.push(`Time per pipeline stage (every ${String(values['stage-step'] ?? 4)}th article of the corpus):`, '', '| stage | seconds | share |', '|---|---:|---:|');
  for (const s of [...r.stages].sort((a, b) => b.seconds - a.seconds)) lines.push(`| ${s.stage} | ${fmt(s.seconds, 3)} | ${fmt((100 * s.seconds) / total, 1)}% |`);
  lines.push('');
  if (r.profile) {
    lines.push(`CPU profile of the analyze loop (V8 sampling profiler via node:inspector, the same data as \`node --cpu-prof\`; every ${String(values['stage-step'] ?? 4)}th article, ${fmt(r.profile.total)} ms sampled): self time by source file`, '', '| file | self ms | share |', '|---|---:|---:|');
    for (const f of r.profile.files.slice(0, 15)) lines.push(`| ${f.name} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('', 'Top functions by self time:', '', '| function | where | self ms | share |', '|---|---|---:|---:|');
    for (const f of r.profile.functions.slice(0, 20)) lines.push(`| ${f.name.replace(/\|/g, '\\|')} | ${f.where} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('');
  }
  if (r.coldProfile) {
    lines.push(`CPU profile of one cold \`sitrep analyze\` run on the sample article (\`node --cpu-prof\`, ${fmt(r.coldProfile.total)} ms sampled): self time by source file`, '', '| file | self ms | share |', '|---|---:|---:|');
    for (const f of r.coldProfile.files.slice(0, 15)) lines.push(`| ${f.name} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('', 'Top functions of the cold run:', '', '| function | where | self ms | share |', '|---|---|---:|---:|');
    for (const f of r.coldProfile.functions.slice(0, 12)) lines.push(`| ${f.name.replace(/\|/g, '\\|')} | ${f.where} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('');
  }
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
