/** Shared helpers for ingest tests: generated article folders, the CLI, partial-dump checks. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { StoreDump } from '../../src/store/store.js';

const PLACES = ['Goma', 'Aleppo', 'Mosul', 'Kharkiv', 'Khan Younis', 'Sanaa', 'Marib', 'Idlib', 'Gao', 'Mogadishu', 'Tripoli', 'Kabul'];
const ACTORS = ['Rebels', 'Government troops', 'Militants', 'Protesters', 'Police', 'Gunmen', 'Soldiers', 'Insurgents'];
const VERBS = ['attacked', 'shelled', 'stormed', 'fired rockets at', 'clashed with residents in', 'marched in'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A deterministic news-like article number i (two or three sentences). */
export function articleText(i: number): string {
  const pick = <T>(a: T[], k: number): T => a[k % a.length] as T;
  const s1 = `${pick(ACTORS, i)} ${pick(VERBS, i * 7 + 1)} ${pick(PLACES, i * 3 + 2)} on ${pick(DAYS, i)}, killing ${2 + (i % 9)} people, officials said.`;
  const s2 = `The attack on ${pick(PLACES, i * 5 + 1)} was the ${i % 2 ? 'second' : 'third'} this week, according to local media (report ${i}).`;
  const s3 = i % 3 === 0 ? ` A ceasefire agreed last month has collapsed, residents told Reuters.` : '';
  return `${s1} ${s2}${s3}`;
}

/**
 * Write `n` articles into `dir` in every supported format: .txt, .json, .html, and .jsonl files of
 * five articles. Published dates spread over October 2023.
 */
export function writeCorpus(dir: string, n: number): void {
  mkdirSync(join(dir, 'nested'), { recursive: true });
  let jsonl: string[] = [];
  for (let i = 0; i < n; i++) {
    const published = `2023-10-${String(1 + (i % 28)).padStart(2, '0')}`;
    const text = articleText(i);
    const name = `article-${String(i).padStart(4, '0')}`;
    switch (i % 4) {
      case 0:
        writeFileSync(join(dir, `${name}.txt`), text);
        break;
      case 1:
        writeFileSync(join(dir, 'nested', `${name}.json`), JSON.stringify({ text, title: `Report ${i}`, url: `https://news.example.org/${i}`, published }));
        break;
      case 2:
        writeFileSync(join(dir, `${name}.html`), `<!doctype html><html><head><title>Report ${i}</title><meta property="article:published_time" content="${published}"></head><body><article><h1>Report ${i}</h1><p>${text}</p><p>More coverage follows as the situation develops in the region, reporters said on the day.</p></article></body></html>`);
        break;
      default:
        jsonl.push(JSON.stringify({ text, url: `https://wire.example.org/story/${i}`, published, outlet: 'Example Wire' }));
        if (jsonl.length === 5) {
          writeFileSync(join(dir, 'nested', `${name}.jsonl`), jsonl.join('\n') + '\n');
          jsonl = [];
        }
    }
  }
  if (jsonl.length) writeFileSync(join(dir, 'nested', 'rest.jsonl'), jsonl.join('\n') + '\n');
}

/** The compiled CLI beside this compiled test (dist/src/cli/main.js). */
export const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Start the real CLI. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => { stdout += d; });
  child.stderr?.on('data', (d) => { stderr += d; });
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, env).done;
}

/**
 * A database left by an interrupted run holds whole articles only: each stored article has exactly
 * the events, quotes and lulls it has in the complete database.
 */
export function assertWholeArticles(partial: StoreDump, complete: StoreDump): void {
  const group = <T>(list: T[], key: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
    return m;
  };
  const full = {
    events: group(complete.events.map((e) => e.event), (e) => e.articleId),
    quotes: group(complete.quotes, (q) => q.articleId),
    lulls: group(complete.lulls, (l) => l.articleId),
  };
  const part = {
    events: group(partial.events.map((e) => e.event), (e) => e.articleId),
    quotes: group(partial.quotes, (q) => q.articleId),
    lulls: group(partial.lulls, (l) => l.articleId),
  };
  const completeArticles = new Map(complete.articles.map((a) => [a.id, a]));
  for (const a of partial.articles) {
    assert.deepEqual(a, completeArticles.get(a.id), `article ${a.id} stored whole`);
    for (const k of ['events', 'quotes', 'lulls'] as const) {
      assert.deepEqual(part[k].get(a.id) ?? [], full[k].get(a.id) ?? [], `${k} of ${a.id}`);
    }
  }
  const stored = new Set(partial.articles.map((a) => a.id));
  for (const e of partial.events) assert.ok(stored.has(e.articleId), `event ${e.id} has its article`);
}
