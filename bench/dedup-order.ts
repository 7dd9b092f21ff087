/**
 * Ingest-order benchmark: the same ACLED notes and reworded copies stored article by article into
 * fresh SQLite databases in several random orders, with the dedup clusterer; the stored clusters are
 * compared with each other and with one batch run over all the stored events.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/dedup-order.js [--n 200] [--copies 2] [--orders 3] [--sample dense|random]
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { toArticle } from '../src/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import type { ArticleRecord, StoreDump } from '../src/store/store.js';
import { createClusterer, partition, storedToItem } from '../src/dedup/index.js';
import { rng } from './dedup-paraphrase.js';
import { articlesFor, load, sample } from './dedup-corpus.js';

function groups(d: StoreDump): string[] {
  const by = new Map<string, string[]>();
  for (const e of d.events) by.set(e.clusterId, [...(by.get(e.clusterId) ?? []), e.id]);
  return [...by.values()].map((g) => g.sort().join(' ')).sort();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { n: { type: 'string' }, copies: { type: 'string' }, orders: { type: 'string' }, sample: { type: 'string' }, 'no-cache': { type: 'boolean' } } });
  const notes = sample(load(), Number(values.n ?? 200), values.sample ?? 'dense', 1);
  const records: ArticleRecord[] = [];
  for (const note of notes) {
    for (const a of articlesFor(note, Number(values.copies ?? 2), 1)) {
      const article = toArticle({ text: a.text, outlet: a.outlet, published: a.published, url: `https://example.org/${encodeURIComponent(a.id)}` });
      records.push({ article, analysis: analyze(article) });
    }
  }
  const results: string[][] = [];
  const times: number[] = [];
  let dump: StoreDump | null = null;
  const r = rng(42);
  for (let k = 0; k < Number(values.orders ?? 3); k++) {
    const order = [...records].sort(() => r() - 0.5);
    const store = await openSqliteStore(':memory:');
    const t = process.cpuUsage();
    const clusterer = createClusterer({}, !values['no-cache']);
    for (const rec of order) await store.putArticles([rec], { clusterer });
    const used = process.cpuUsage(t);
    times.push((used.user + used.system) / 1e6);
    dump = await store.dump();
    results.push(groups(dump));
    await store.close();
  }
  const d = dump!;
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  const batch = partition(d.events.map((e) => {
    const a = articles.get(e.articleId)!;
    return storedToItem({ ...e, dateEnd: null, source: { url: a.url, title: a.title, outlet: a.outlet, published: a.published } });
  })).map((g) => g.map((i) => i.event.id).sort().join(' ')).sort();
  const same = results.every((g) => JSON.stringify(g) === JSON.stringify(batch));
  const multi = batch.filter((g) => g.includes(' ')).length;
  process.stdout.write(`${records.length} articles, ${d.events.length} events, ${batch.length} clusters (${multi} with several mentions)\n`);
  process.stdout.write(`${results.length} random ingest orders, article by article, CPU time: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')}\n`);
  process.stdout.write(`stored clusters identical across orders and equal to the batch clusters: ${same ? 'yes' : 'NO'}\n`);
  if (!same) {
    for (const [i, g] of results.entries()) {
      const extra = g.filter((x) => !batch.includes(x));
      process.stdout.write(`  order ${i}: ${extra.length} clusters differ from batch, e.g. ${extra.slice(0, 3).join(' | ')}\n`);
    }
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
