/**
 * Ingest benchmark (not a test): N articles (default 10,000) with extraction and dedup into SQLite
 * and into PostgreSQL, one process, reporting articles/s, events and peak memory.
 *
 *   npx tsc -p tsconfig.json && taskset -c 0 node dist/bench/ingest.js [--n 10000] [--store sqlite|postgres|both]
 *       [--pg postgres://postgres@127.0.0.1:5432/postgres] [--batch N] [--no-dedup]
 *
 * --store-only stores the analyses of the extraction pass (marked *), to show the store's own cost.
 * PostgreSQL runs in a throw-away database (sitrep_bench_<random>) created on the --pg server and
 * dropped at the end. Target: ≥ 500 articles/s into SQLite.
 */
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { analyze } from '../src/analyze.js';
import { ingestClusterer } from '../src/ingest/clusterer.js';
import { ingest } from '../src/ingest/ingest.js';
import type { InputItem } from '../src/ingest/types.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { openPostgresStore } from '../src/store/postgres/store.js';
import type { Clusterer, Store } from '../src/store/store.js';
import type { Article } from '../src/model/article.js';
import type { Analysis } from '../src/model/analysis.js';
import { benchArticles } from './ingest-corpus.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    store: { type: 'string', default: 'both' },
    pg: { type: 'string', default: process.env['SITREP_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    batch: { type: 'string' },
    'no-dedup': { type: 'boolean' },
    /** Store the analyses of the extraction pass instead of extracting again (store cost alone). */
    'store-only': { type: 'boolean' },
  },
});

const n = Number(values.n);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0) + ' MB';

async function* items(articles: Article[]): AsyncGenerator<InputItem> {
  for (const a of articles) yield { article: a, source: a.origin, bytes: a.text.length };
}

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 50);

const cache = new Map<string, Analysis>();
const dedupCost = { ms: 0, calls: 0, candidates: 0, max: 0 };

/** The clusterer with its own time and neighbourhood sizes counted. */
function timed(c: Clusterer): Clusterer {
  return {
    neighbourhood: (added) => c.neighbourhood(added),
    cluster: (candidates, added) => {
      const t = performance.now();
      const out = c.cluster(candidates, added);
      dedupCost.ms += performance.now() - t;
      dedupCost.calls++;
      dedupCost.candidates += candidates.length;
      dedupCost.max = Math.max(dedupCost.max, candidates.length);
      return out;
    },
  };
}

async function measure(label: string, store: Store, articles: Article[]): Promise<void> {
  peakRss = process.memoryUsage.rss();
  const t = process.hrtime.bigint();
  const s = await ingest(items(articles), store, {
    clusterer: values['no-dedup'] ? undefined : timed(await ingestClusterer()),
    batchSize: values.batch ? Number(values.batch) : undefined,
    ...(values['store-only'] ? { analyze: (a: Article) => cache.get(a.id) as Analysis } : {}),
  });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const st = await store.stats();
  console.log(`${(label + (values['store-only'] ? '*' : '')).padEnd(10)} ${s.ingested} articles, ${s.events} events, ${st.clusters} clusters, ${s.skipped} skipped in ${secs.toFixed(2)} s: ` +
    `${(s.ingested / secs).toFixed(0)} articles/s, ${(s.events / secs).toFixed(0)} events/s; peak RSS ${mb(peakRss)}`);
  if (dedupCost.calls) {
    console.log(`${''.padEnd(10)} of which dedup cluster(): ${(dedupCost.ms / 1000).toFixed(2)} s, ${dedupCost.calls} calls, ` +
      `${(dedupCost.candidates / dedupCost.calls).toFixed(0)} candidates on average (max ${dedupCost.max})`);
    Object.assign(dedupCost, { ms: 0, calls: 0, candidates: 0, max: 0 });
  }
  const again = process.hrtime.bigint();
  const d = await ingest(items(articles), store, {});
  const secs2 = Number(process.hrtime.bigint() - again) / 1e9;
  console.log(`${''.padEnd(10)} re-ingest: ${d.duplicates} duplicates, ${d.ingested} new, ${(articles.length / secs2).toFixed(0)} articles/s`);
}

async function main(): Promise<void> {
  const articles = await benchArticles(n);
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  console.log(`corpus: ${articles.length} articles, ${(chars / 1e6).toFixed(1)} M chars (from the evaluation folder, read in place)`);
  // Extraction alone, for comparison (also warms the dictionaries and gazetteer).
  analyze(articles[0] as Article);
  const t0 = process.hrtime.bigint();
  let events = 0;
  for (const a of articles) {
    const r = analyze(a);
    events += r.events.length;
    if (values['store-only']) cache.set(a.id, r);
  }
  const s0 = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${'extract'.padEnd(10)} ${articles.length} articles, ${events} events in ${s0.toFixed(2)} s: ${(articles.length / s0).toFixed(0)} articles/s (no store)`);

  if (values.store === 'sqlite' || values.store === 'both') {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const store = await openSqliteStore(join(dir, 'bench.db'));
    try {
      await measure('sqlite', store, articles);
    } finally {
      await store.close();
      console.log(`${''.padEnd(10)} database file ${mb(statSync(join(dir, 'bench.db')).size)}`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (values.store === 'postgres' || values.store === 'both') {
    const name = `sitrep_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: values.pg, connectionTimeoutMillis: 3000 });
    try {
      await admin.connect();
    } catch (err) {
      console.log(`postgres   skipped: cannot reach ${values.pg} (${(err as Error).message})`);
      return;
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    const u = new URL(values.pg as string);
    u.pathname = '/' + name;
    const store = await openPostgresStore(u.toString());
    try {
      await measure('postgres', store, articles);
    } finally {
      await store.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().then(() => clearInterval(sampler), (err: unknown) => {
  clearInterval(sampler);
  console.error(err);
  process.exitCode = 1;
});
