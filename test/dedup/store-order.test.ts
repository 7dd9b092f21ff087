/** The stored clusters do not depend on ingest order: the real SQLite store with the dedup clusterer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { ArticleRecord, StoreDump } from '../../src/store/store.js';
import { createClusterer, partition, storedToItem } from '../../src/dedup/index.js';
import { event, killed, place, ISRAEL, HAMAS, HOUTHIS, GAZA_CITY, JABALIA, KHAN_YUNIS, HODEIDAH, GAZA_STRIP, type EventSpec } from './fixtures.js';

function article(id: string, outlet: string, published: string, specs: Array<Omit<EventSpec, 'id'>>): ArticleRecord {
  const text = specs.map((s, i) => s.text ?? `Sentence ${i} of ${id}.`).join(' ');
  const events = specs.map((s, i) => ({ ...event({ ...s, id: `x${i}`, sentence: i, article: id }), span: [i * 10, i * 10 + 5] as [number, number] }));
  const a = { id, text, title: null, url: null, published, outlet, origin: 'test', format: 'text' as const };
  const { text: _t, ...meta } = a;
  return { article: a, analysis: { article: { ...meta, chars: text.length, sentences: specs.length }, events, quotes: [], lulls: [], warnings: [] } };
}

const strike = { actors: [ISRAEL], recipients: [HAMAS], date: '2023-10-23' };
const ARTICLES: ArticleRecord[] = [
  article('a1', 'Reuters', '2023-10-23', [{ ...strike, locations: [GAZA_CITY], quantities: [killed(3)] }]),
  article('a2', 'Al Jazeera', '2023-10-24', [{ ...strike, locations: [JABALIA], quantities: [killed(5)] }, { ...strike, locations: [KHAN_YUNIS], date: '2023-10-22' }]),
  article('a3', 'AP', '2023-10-24', [{ ...strike, locations: [GAZA_STRIP] }, { actors: [HOUTHIS], locations: [HODEIDAH], date: '2023-10-23' }]),
  article('a4', 'BBC', '2023-10-25', [{ ...strike, locations: [KHAN_YUNIS], date: '2023-10-22' }, { ...strike, locations: [GAZA_CITY], date: '2023-10-24', quantities: [killed(60)] }]),
  article('a5', 'AFP', '2023-10-24', [{ ...strike, date: null, locations: [GAZA_CITY] }]),
  article('a6', 'Xinhua', '2023-10-23', [{ actors: [HOUTHIS], locations: [place('Sanaa', { country: 'YEM', admin1: 'Amanat al Asimah', lat: 15.35, lon: 44.2 })], date: '2023-10-23' }]),
];

function groups(d: StoreDump): string[] {
  const by = new Map<string, string[]>();
  for (const e of d.events) by.set(e.clusterId, [...(by.get(e.clusterId) ?? []), e.id]);
  return [...by.values()].map((g) => g.sort().join(' ')).sort();
}

async function ingest(order: number[], perArticle: boolean): Promise<StoreDump> {
  const store = await openSqliteStore(':memory:');
  try {
    const records = order.map((i) => ARTICLES[i]!);
    if (perArticle) for (const r of records) await store.putArticles([r], { clusterer: createClusterer() });
    else await store.putArticles(records, { clusterer: createClusterer() });
    return await store.dump();
  } finally {
    await store.close();
  }
}

function permutations(n: number, count: number): number[][] {
  const out: number[][] = [];
  let seed = 7;
  for (let k = 0; k < count; k++) {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [p[i], p[j]] = [p[j]!, p[i]!];
    }
    out.push(p);
  }
  return out;
}

test('store + dedup: every ingest order gives the clusters of a batch run over the same events', async () => {
  const first = await ingest([0, 1, 2, 3, 4, 5], true);
  const batch = partition(first.events.map((e) => storedToItem({
    id: e.id, articleId: e.articleId, date: e.date, dateEnd: null, clusterId: e.clusterId, event: e.event,
    source: (() => { const a = first.articles.find((x) => x.id === e.articleId)!; return { url: a.url, title: a.title, outlet: a.outlet, published: a.published }; })(),
  }))).map((g) => g.map((i) => i.event.id).sort().join(' ')).sort();
  assert.deepEqual(groups(first), batch);
  assert.ok(batch.some((g) => g.split(' ').length >= 3), 'some cluster merges several articles');
  for (const order of permutations(6, 12)) {
    assert.deepEqual(groups(await ingest(order, true)), batch, `order ${order.join(',')}`);
  }
  assert.deepEqual(groups(await ingest([5, 4, 3, 2, 1, 0], false)), batch, 'one batch');
});

test('reclusterStore: a database ingested without dedup gets the batch clusters', async () => {
  const { reclusterStore } = await import('../../src/dedup/index.js');
  const expected = groups(await ingest([0, 1, 2, 3, 4, 5], true));
  const store = await openSqliteStore(':memory:');
  try {
    await store.putArticles(ARTICLES);
    const singletons = groups(await store.dump());
    assert.notDeepEqual(singletons, expected);
    const r = await reclusterStore(store);
    assert.ok(r.changed > 0);
    assert.deepEqual(groups(await store.dump()), expected);
    assert.equal((await reclusterStore(store)).changed, 0);
  } finally {
    await store.close();
  }
});
