import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evalDir, packageRoot } from '../util/paths.js';
import { EVAL_SETS, findSet } from '../eval/index.js';
import { EvalDataMissing } from '../eval/data.js';
import type { SetReport } from '../eval/report.js';
import { worstErrors } from '../eval/report.js';
import { formatConfusion, formatErrors, formatScores, markdownScores, spliceGenerated, type RunInfo } from '../eval/format.js';
import { EVALUATION_TEMPLATE } from '../eval/template.js';

const HELP = `usage: sitrep eval SET... [options]

Score the extractor against human-coded data read in place from the eval folder
(SITREP_EVAL_DIR, else ../shared/eval; never copied into the repository).

sets: ${EVAL_SETS.map((s) => s.name).join(', ')}, or all

options:
  --dir DIR         eval data folder (default: ${'$'}SITREP_EVAL_DIR or ../shared/eval)
  --split NAME      only records of this split (dev, test)
  --limit N         only the first N records of each set (quick runs)
  --errors N        print the N worst cases per field (text, gold, predicted)
  --json FILE       write the scores (and with --errors the cases) as JSON; with --errors the file
                    holds gold texts (ACLED notes): keep it out of the repository
  --markdown FILE   write the score table into FILE (e.g. docs/EVALUATION.md), keeping its hand-written parts
  --no-confusion    do not print confusion tables
  --quiet           no progress dots
  -h, --help        this help
`;

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The command as recorded next to the scores: the sets and the options that change them. */
export function scoreCommand(names: string[], split: string | null, limit: number | null): string {
  return ['sitrep eval', ...names, ...(split ? ['--split', split] : []), ...(limit != null ? ['--limit', String(limit)] : [])].join(' ');
}

export function runInfo(command: string, split: string | null, limit: number | null): RunInfo {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', 'src', 'data']) !== '',
    command,
    split,
    limit,
  };
}

function positiveInt(name: string, v: string | undefined): number | null {
  if (v == null) return null;
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n) || n < 0 || String(n) !== v.trim()) throw new Error(`--${name} wants a whole number, got "${v}"`);
  return n;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      split: { type: 'string' },
      limit: { type: 'string' },
      errors: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'no-confusion': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(HELP);
    return 2;
  }
  const names = positionals.includes('all') ? EVAL_SETS.map((s) => s.name) : positionals;
  const unknown = names.filter((n) => !findSet(n));
  if (unknown.length) {
    process.stderr.write(`sitrep eval: unknown set(s) ${unknown.join(', ')}; sets: ${EVAL_SETS.map((s) => s.name).join(', ')}, all\n`);
    return 2;
  }
  const limit = positiveInt('limit', values.limit);
  const errorsN = positiveInt('errors', values.errors);
  const split = values.split ?? null;
  const dir = values.dir ?? evalDir();
  const info = runInfo(scoreCommand(positionals.includes('all') ? ['all'] : names, split, limit), split, limit);
  process.stdout.write(`sitrep eval: data ${dir}; commit ${info.commit}${info.dirty ? ' (+ uncommitted changes)' : ''}; ${info.date}\n`);

  const reports: SetReport[] = [];
  /** Sets that could not run (data missing or a scorer failed); the others still run. */
  let missing = 0;
  for (const name of names) {
    const set = findSet(name)!;
    try {
      const report = await set.run({ dir, split, limit, progressEvery: values.quiet ? 0 : 200 });
      if (!values.quiet) process.stderr.write('\n');
      reports.push(report);
      process.stdout.write(formatScores(report) + '\n');
      if (!values['no-confusion']) for (const c of report.confusions) if (c.labels.length <= 20) process.stdout.write(formatConfusion(c) + '\n');
      if (errorsN) process.stdout.write(formatErrors(report.errors, errorsN) + '\n');
      process.stdout.write('\n');
    } catch (err) {
      if (!values.quiet) process.stderr.write('\n');
      missing++;
      if (err instanceof EvalDataMissing) process.stdout.write(`== ${name}: SKIPPED, ${err.message}\n\n`);
      else {
        process.stdout.write(`== ${name}: FAILED, ${err instanceof Error ? err.message : String(err)}\n\n`);
        if (process.env['SITREP_DEBUG'] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      }
    }
  }

  if (values.json) {
    const out = {
      ...info,
      dir,
      reports: reports.map((r) => ({
        ...r,
        errors: errorsN ? [...worstErrors(r.errors, errorsN).values()].flat() : undefined,
      })),
    };
    writeFileSync(values.json, JSON.stringify(out, null, 2) + '\n');
    process.stdout.write(`scores written to ${values.json}\n`);
  }
  if (values.markdown) {
    if (reports.length === 0) {
      process.stderr.write('sitrep eval: no set ran, --markdown left untouched\n');
    } else {
      const existing = existsSync(values.markdown) ? readFileSync(values.markdown, 'utf8') : null;
      writeFileSync(values.markdown, spliceGenerated(existing, markdownScores(reports, info), EVALUATION_TEMPLATE));
      process.stdout.write(`score table written to ${values.markdown}\n`);
    }
  }
  return evalExitCode(missing, reports);
}

/**
 * 0 when every set ran and the extractor never threw; 1 when a set could not run or any record crashed the
 * extractor (its scores are still printed and written: one bad rule must not hide the rest, nor pass unnoticed).
 */
export function evalExitCode(missing: number, reports: readonly Pick<SetReport, 'set' | 'failures'>[]): number {
  const crashed = reports.filter((r) => r.failures > 0);
  for (const r of crashed) process.stderr.write(`sitrep eval: the extractor threw on ${r.failures} record(s) of ${r.set} (see its notes)\n`);
  return missing > 0 || crashed.length > 0 ? 1 : 0;
}
