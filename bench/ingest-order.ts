/**
 * Does the stored clustering depend on ingest order? Stores the same N analysed articles (from the
 * evaluation texts, read in place) into in-memory SQLite stores in file order, id order and reverse
 * order, with dedup, and compares the cluster partitions.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/ingest-order.js [--n 3000] [--base]
 *
 * --base uses src/dedup's clusterer as is (date window only) instead of ingest's narrowed one.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { clusterer as baseClusterer } from '../src/dedup/index.js';
import { ingestClusterer } from '../src/ingest/clusterer.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import type { ArticleRecord, Clusterer, StoreDump } from '../src/store/store.js';
import { benchArticles } from './ingest-corpus.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '3000' }, base: { type: 'boolean' } } });

async function clustersOf(records: ArticleRecord[], clusterer: Clusterer): Promise<StoreDump['clusters']> {
  const store = await openSqliteStore(':memory:');
  try {
    for (let i = 0; i < records.length; i += 64) await store.putArticles(records.slice(i, i + 64), { clusterer });
    return (await store.dump()).clusters;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const articles = await benchArticles(Number(values.n));
  const records = articles.map((article) => ({ article, analysis: analyze(article) }));
  const clusterer = values.base ? baseClusterer : await ingestClusterer();
  const orders: Array<[string, ArticleRecord[]]> = [
    ['file order', records],
    ['id order', [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))],
    ['reverse order', [...records].reverse()],
  ];
  const partitions: Array<[string, Set<string>]> = [];
  for (const [label, order] of orders) {
    const clusters = await clustersOf(order, clusterer);
    partitions.push([label, new Set(clusters.map((c) => c.members.join(' ')))]);
    console.log(`${label.padEnd(14)} ${clusters.length} clusters, ${clusters.filter((c) => c.size > 1).length} with several mentions`);
  }
  const [, first] = partitions[0] as [string, Set<string>];
  for (const [label, p] of partitions.slice(1)) {
    const onlyHere = [...p].filter((c) => !first.has(c));
    const onlyFirst = [...first].filter((c) => !p.has(c));
    console.log(`${label} vs file order: ${onlyHere.length === 0 && onlyFirst.length === 0 ? 'same partition' : `${onlyFirst.length} clusters differ`}`);
    for (const c of onlyFirst.slice(0, 3)) console.log(`  file order only: ${c}`);
    for (const c of onlyHere.slice(0, 3)) console.log(`  ${label} only:  ${c}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
