/**
 * A/B of two builds of analyze() in one process, interleaved per article, for speed changes smaller than
 * a loaded machine's run-to-run noise (±10–15 % between whole bench runs here). Every article is analysed
 * by both builds back to back, the order alternating, and each build's CPU time is summed; the run is
 * repeated in a fresh process with the builds loaded in the other order, and the geometric mean of the two
 * ratios cancels the advantage of the build loaded first (a few per cent).
 *
 *   cp -r dist /tmp/base-dist                      # before the change (needs package.json, data and
 *                                                  # node_modules beside it: link them from the repository)
 *   node dist/bench/ab.js --a /tmp/base-dist --b dist [--max-mb 1] [--reps 3]
 *
 * Prints each order's ratio and the combined one: time of A / time of B (> 1: B is faster). Two copies of
 * the same build give the noise floor (about ±2.5 % here).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { buildCorpus, type BenchArticle } from './corpus.js';

type Analyze = (input: { text: string; url?: string }) => unknown;

async function load(root: string): Promise<Analyze> {
  const mod = (await import(pathToFileURL(resolve(root, 'src', 'analyze.js')).href)) as { analyze: Analyze };
  return mod.analyze;
}

function cpu(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Summed CPU microseconds of [first, second] over the articles, each article run by both in alternating order. */
function interleaved(first: Analyze, second: Analyze, articles: BenchArticle[], reps: number): [number, number] {
  let t1 = 0;
  let t2 = 0;
  for (let rep = 0; rep < reps; rep++) {
    for (let i = 0; i < articles.length; i++) {
      const input = { text: articles[i]!.text, url: `bench:${i}` };
      const swap = ((i + rep) & 1) === 1;
      let t = cpu();
      (swap ? second : first)(input);
      const d1 = cpu() - t;
      t = cpu();
      (swap ? first : second)(input);
      const d2 = cpu() - t;
      if (swap) { t2 += d1; t1 += d2; } else { t1 += d1; t2 += d2; }
    }
  }
  return [t1, t2];
}

/** One order in this process: prints "t1 t2" (CPU microseconds of the first- and second-loaded build). */
async function runOrder(first: string, second: string, maxMb: number, reps: number): Promise<void> {
  const articles = buildCorpus({ maxChars: maxMb * 1e6, sampleCopies: 20 }).articles;
  const f = await load(first);
  const g = await load(second);
  for (const x of [f, g]) for (const a of articles.slice(0, 300)) x({ text: a.text });
  const [t1, t2] = interleaved(f, g, articles, reps);
  process.stdout.write(`${t1} ${t2} ${articles.length}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      a: { type: 'string' }, b: { type: 'string' }, 'max-mb': { type: 'string', default: '1' }, reps: { type: 'string', default: '3' },
      order: { type: 'string' },
    },
  });
  if (!values.a || !values.b) throw new Error('usage: node dist/bench/ab.js --a DIST_A --b DIST_B [--max-mb N] [--reps N]');
  const maxMb = Number(values['max-mb']);
  const reps = Number(values.reps);
  if (values.order) return runOrder(values.order === 'ab' ? values.a : values.b, values.order === 'ab' ? values.b : values.a, maxMb, reps);
  // each order in a fresh process, so that neither build keeps the advantage of being loaded first
  const ratios: number[] = [];
  for (const order of ['ab', 'ba']) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2), '--order', order], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const [t1, t2, n] = r.stdout.trim().split(' ').map(Number) as [number, number, number];
    const [ta, tb] = order === 'ab' ? [t1, t2] : [t2, t1];
    ratios.push(ta / tb);
    process.stdout.write(`${order === 'ab' ? 'A' : 'B'} loaded first: A ${Math.round(ta / 1e3)} ms, B ${Math.round(tb / 1e3)} ms, A/B ${(ta / tb).toFixed(3)} (${n} articles × ${reps})\n`);
  }
  process.stdout.write(`A/B, geometric mean of both orders: ${Math.sqrt(ratios[0]! * ratios[1]!).toFixed(3)} (> 1: B is faster)\n`);
}

await main();
