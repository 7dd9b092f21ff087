import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdown, type Result } from '../../bench/report.js';
import type { Timing } from '../../bench/measure.js';

const row = (name: string, seconds: number, sentences: number | null, tokens: number): Timing => ({ name, seconds, wall: seconds, articles: 100, sentences, tokens, note: 'n' });

function result(rows: Timing[]): Result {
  return {
    date: '2026-12-07T00:00:00Z', commit: 'abc', dirty: false, node: 'v20', cpu: 'cpu', pinned: 'no',
    corpus: { chars: 1e6, articles: 100, bySource: { a: 100 }, missing: [] },
    rows, warmupSeconds: 1, warmupArticles: 5, rssBeforeMb: 100, rssAfterAnalyzeMb: 200, retainedHeapMb: 50,
    cold: { cpu: 0.3, seconds: 0.3, ok: true, command: 'x', note: 'y' } as Result['cold'],
    stages: [{ stage: 'places', seconds: 1 }], profile: null, coldProfile: null,
  };
}

const cases: { name: string; rows: Timing[]; want: RegExp[] }[] = [
  {
    name: 'first pass only',
    rows: [row('sitrep analyze()', 10, 50_000, 1_000_000), row('bare regex tokeniser', 0.1, null, 1_000_000)],
    want: [/\| 5,000 first pass \| no \|/, /\| 0\.010 first pass \| no \|/],
  },
  {
    name: 'a warmed worker over half the tokens is compared per token, not per CPU second',
    rows: [row('sitrep analyze()', 10, 50_000, 1_000_000), row('sitrep analyze(), warmed worker', 2, 25_000, 500_000), row('bare regex tokeniser', 0.1, null, 1_000_000)],
    want: [/5,000 first pass; 12,500 warmed worker \| no \|/, /0\.010 first pass; 0\.025 warmed worker/, /warmed worker \(n\) \| 2\.00 \| 2\.00 \| 50 \| 12,500 \| 250,000 \| 0\.025 \|/],
  },
  {
    name: 'only the warmed worker reaches the target: said so',
    rows: [row('sitrep analyze()', 10, 50_000, 1_000_000), row('sitrep analyze(), warmed worker', 1, 25_000, 500_000), row('bare regex tokeniser', 0.1, null, 1_000_000)],
    want: [/25,000 warmed worker \| warmed worker only \|/],
  },
];

for (const c of cases) {
  test(`bench markdown: ${c.name}`, () => {
    const md = markdown(result(c.rows), {});
    for (const w of c.want) assert.match(md, w);
  });
}
