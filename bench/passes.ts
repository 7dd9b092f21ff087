import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { buildCorpus } from './corpus.js';

/**
 * First pass against steady state: analyze() over the bench corpus (read in memory, as bench/run.ts does) after
 * the same 200-article warm-up, then again over the same articles, CPU time and garbage collection per pass.
 * The bench's headline rate is the first pass; in it V8 still (re)compiles the hot functions that texts unlike
 * the warm-up's (ACLED notes) reach, and every memo fills. The gap between the passes is what a change to the
 * per-call cost can not remove. Add `--trace-opt --trace-deopt` to node to see the (re)compilations.
 * Usage: node dist/bench/passes.js [--passes 2] [--max-mb N]
 */

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { passes: { type: 'string', default: '2' }, 'max-mb': { type: 'string' } } });
  const maxChars = values['max-mb'] ? Number(values['max-mb']) * 1_000_000 : null;
  const articles = buildCorpus({ maxChars }).articles;
  let gcMs = 0;
  let gcEvents = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { gcMs += e.duration; gcEvents++; }
  });
  obs.observe({ entryTypes: ['gc'] });
  for (const a of articles.slice(0, 200)) analyze({ text: a.text });
  // gc entries arrive asynchronously: let them in before each count
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  for (let pass = 1; pass <= Number(values.passes); pass++) {
    await settle();
    gcMs = 0;
    gcEvents = 0;
    let count = 0;
    const t = process.cpuUsage();
    for (const a of articles) count += analyze({ text: a.text }).article.sentences;
    const u = process.cpuUsage(t);
    await settle();
    const cpu = (u.user + u.system) / 1e6;
    process.stdout.write(`pass ${pass}: ${cpu.toFixed(2)} s CPU, ${Math.round(count / cpu).toLocaleString('en-US')} sentences/s; gc ${gcEvents} pauses, ${(gcMs / 1000).toFixed(2)} s (main thread)\n`);
  }
  obs.disconnect();
  process.stdout.write(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}

await main();
