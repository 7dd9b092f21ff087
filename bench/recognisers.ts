import { readFileSync } from 'node:fs';
import { Doc } from '../src/pipeline/doc.js';
import { segmentStage } from '../src/pipeline/segment-stage.js';
import type { Stage } from '../src/pipeline/stage.js';
import { outletStage } from '../src/recognise/outlets.js';
import { timeStage } from '../src/recognise/times.js';
import { numberStage } from '../src/recognise/numbers.js';
import { weaponStage } from '../src/recognise/weapons.js';
import { actorStage } from '../src/recognise/actors.js';
import { buildCorpus, sampleArticlePath } from './corpus.js';

/**
 * Throughput of the outlet, actor, time, number and weapon recognisers, stage by stage, on (1) the sample
 * article repeated and (2) the eval corpus (read in memory from ../shared/eval, when present).
 * Each stage is timed alone over already-segmented documents, in pipeline order (outlets, actors,
 * times, numbers, weapons: actors skip outlets, numbers read the time and outlet spans), best of three
 * rounds of CPU time; a stage's own layer is emptied before each round. The segment stage
 * is shown for scale.
 * Usage: node dist/bench/recognisers.js [sample-repeats=2000] [corpus-max-chars=3000000]
 */

const STAGES: Stage[] = [outletStage, actorStage, timeStage, numberStage, weaponStage];
const LAYER: Record<string, 'outlets' | 'actors' | 'times' | 'numbers' | 'weapons'> = { outlets: 'outlets', actors: 'actors', times: 'times', numbers: 'numbers', weapons: 'weapons' };

function docsOf(texts: string[]): Doc[] {
  return texts.map((text, i) => new Doc({ id: String(i), text, title: null, url: null, published: '2023-10-24', outlet: null, origin: 'bench', format: 'text' }));
}

function run(label: string, texts: string[]): void {
  const docs = docsOf(texts);
  // warm-up: load dictionaries and let the JIT settle on a slice
  for (const d of docsOf(texts.slice(0, Math.min(50, texts.length)))) for (const s of [segmentStage, ...STAGES]) s.run(d);
  // each stage runs ROUNDS times over all documents; the fastest round counts (the machine is shared)
  const timed = (stage: Stage): number => {
    let best = Infinity;
    for (let r = 0; r < ROUNDS; r++) {
      const layer = LAYER[stage.name];
      if (layer) for (const d of docs) d[layer] = [];
      const t = process.cpuUsage();
      for (const d of docs) stage.run(d);
      const u = process.cpuUsage(t);
      best = Math.min(best, (u.user + u.system) / 1000);
    }
    return best;
  };
  const rows: [string, number][] = [['segment (for scale)', timed(segmentStage)]];
  for (const stage of STAGES) rows.push([stage.name, timed(stage)]);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const chars = texts.reduce((n, s) => n + s.length, 0);
  const found = (k: 'actors' | 'times' | 'numbers' | 'weapons' | 'outlets'): number => docs.reduce((n, d) => n + d[k].length, 0);
  console.log(`\n${label}: ${docs.length} articles, ${sentences} sentences, ${tokens} tokens, ${(chars / 1e6).toFixed(2)} M chars`);
  console.log('stage              CPU ms      sentences/s     tokens/s');
  for (const [name, ms] of rows) {
    console.log(`${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ${Math.round(sentences / (ms / 1000)).toLocaleString('en-US').padStart(14)} ${Math.round(tokens / (ms / 1000)).toLocaleString('en-US').padStart(14)}`);
  }
  const total = rows.slice(1).reduce((n, r) => n + r[1], 0);
  console.log(`${'all five'.padEnd(20)} ${total.toFixed(1).padStart(8)} ${Math.round(sentences / (total / 1000)).toLocaleString('en-US').padStart(14)} ${Math.round(tokens / (total / 1000)).toLocaleString('en-US').padStart(14)}`);
  console.log(`mentions: actors ${found('actors')}, times ${found('times')}, numbers ${found('numbers')}, weapons ${found('weapons')}, outlets ${found('outlets')}`);
}

const ROUNDS = 3;
const repeats = Number(process.argv[2] ?? 2000);
const maxChars = Number(process.argv[3] ?? 3_000_000);
const sample = sampleArticlePath();
if (sample) run(`sample article x${repeats}`, Array.from({ length: repeats }, () => readFileSync(sample, 'utf8')));
else console.log('sample article not found');
const corpus = buildCorpus({ maxChars, sampleCopies: 0 });
if (corpus.articles.length > 0) run(`eval corpus (first ${(maxChars / 1e6).toFixed(1)} M chars)`, corpus.articles.map((a) => a.text));
if (corpus.missing.length > 0) console.log(`missing: ${corpus.missing.join(', ')}`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
