/** The timed runs of the benchmark: analyze(), sitrep's segmenter, the bare and wink-nlp tokenisers, stages. */
import { analyze, toArticle } from '../src/analyze.js';
import { Doc } from '../src/pipeline/doc.js';
import { buildPipeline } from '../src/pipeline/configuration.js';
import { codeStages } from '../src/code/index.js';
import { enrichStages } from '../src/enrich/index.js';
import { resolveStages } from '../src/resolve/index.js';
import { tokenize } from '../src/segment/tokenize.js';
import { splitSentences } from '../src/segment/sentences.js';
import type { BenchArticle } from './corpus.js';
import { bareTokenCount, winkTokeniser } from './tokenisers.js';

export interface Timing { name: string; seconds: number; wall: number; articles: number; sentences: number | null; tokens: number; note: string }

export function now(): number {
  return performance.now() / 1000;
}

export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Run `fn`, returning its result with CPU and wall seconds. */
export function timed<T>(fn: () => T): { value: T; cpu: number; wall: number } {
  const c0 = cpuNow();
  const w0 = now();
  const value = fn();
  return { value, cpu: cpuNow() - c0, wall: now() - w0 };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function analyzeLoop(articles: BenchArticle[]): { sentences: number; events: number } {
  let sentences = 0;
  let events = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = analyze({ text: articles[i]!.text, url: `bench:${i}` });
    sentences += a.article.sentences;
    events += a.events.length;
  }
  return { sentences, events };
}

export function runAnalyze(articles: BenchArticle[], tokens: number[]): Timing & { events: number } {
  const t = timed(() => analyzeLoop(articles));
  return { name: 'sitrep analyze()', seconds: t.cpu, wall: t.wall, articles: articles.length, sentences: t.value.sentences, tokens: sum(tokens), events: t.value.events, note: 'whole pipeline' };
}

export function runSegment(articles: BenchArticle[], tokens: number[]): Timing {
  const t = timed(() => {
    let sentences = 0;
    for (const a of articles) sentences += splitSentences(tokenize(a.text), a.text).length;
    return sentences;
  });
  return { name: 'sitrep tokenize + sentences', seconds: t.cpu, wall: t.wall, articles: articles.length, sentences: t.value, tokens: sum(tokens), note: 'segment stage only' };
}

/** Median over `reps` runs (it is fast, so one run is too short to time on a busy machine). */
export function runBare(articles: BenchArticle[], reps: number): Timing {
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

export function runWink(articles: BenchArticle[], tokens: number[]): Timing {
  const count = winkTokeniser();
  for (const a of articles.slice(0, 50)) count(a.text);
  const t = timed(() => {
    for (const a of articles) count(a.text);
  });
  return { name: 'wink-nlp tokenisation', seconds: t.cpu, wall: t.wall, articles: articles.length, sentences: null, tokens: sum(tokens), note: 'readDoc, empty pipe (tokens only)' };
}

/** Time per pipeline stage over a subset of the corpus (every `step`-th article). */
export function runStages(articles: BenchArticle[], step: number): { stage: string; seconds: number }[] {
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
