/**
 * The Store contract: one suite, run against every implementation (see sqlite.test.ts and
 * postgres.test.ts), in the manner of hono's router common.case.test.ts.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Clusterer, EventFilter, Store, StoredEvent } from '../../src/store/store.js';
import { eventKey } from '../../src/store/ids.js';
import { actor, record, type RecordSpec } from './fixtures.js';

export interface StoreHarness {
  /** Open the store at this harness's location (may be called again to reopen). */
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export interface StoreFactory {
  name: string;
  /** A reason to skip the suite (e.g. PostgreSQL unreachable), or null. */
  unavailable(): Promise<string | null>;
  fresh(): Promise<StoreHarness>;
}

const hamas = actor('Hamas', 'PSE', ['Iran']);
const houthis = actor('Houthi Movement', 'YEM', ['Iran']);
const idf = actor('Israel Defense Forces', 'ISR');
const usa = actor('United States', 'USA');

/** A small corpus covering every filter. */
export const corpus: RecordSpec[] = [
  {
    url: 'https://example.org/a', published: '2023-10-20T08:00:00Z', title: 'Strikes in Gaza',
    events: [
      { text: 'Israeli jets struck targets in Gaza overnight.', date: '2023-10-19', country: 'PSE', actors: [idf], recipients: [hamas], confidence: 0.9 },
      { text: 'Hamas fired rockets at Tel Aviv.', date: '2023-10-19', country: 'ISR', actors: [hamas], recipients: [idf], plover: 'ASSAULT', acled: 'Explosions/Remote violence', cameo: '195', confidence: 0.7 },
    ],
    quotes: ['We will respond.'],
    lulls: [{ kind: 'truce', date: '2023-10-18' }],
  },
  {
    url: 'https://example.org/b', published: '2023-10-22',
    events: [
      { text: 'The Houthis launched drones toward Israel.', date: '2023-10-21', country: 'YEM', actors: [houthis], recipients: [idf], plover: 'ASSAULT', acled: 'Explosions/Remote violence', cameo: '195', confidence: 0.6 },
      { text: 'The United States warned Iran against escalation.', date: null, actors: [usa], recipients: [actor('Iran', 'IRN')], plover: 'THREATEN', acled: null, cameo: '138', family: 'threaten', confidence: 0.5 },
    ],
  },
  {
    text: 'Protesters marched in Amman against the strikes. Police dispersed the protest.', published: '2023-10-23',
    events: [
      { text: 'Protesters marched in Amman against the strikes.', date: '2023-10-23', country: 'JOR', plover: 'PROTEST', acled: 'Protests', cameo: '141', family: 'protest', confidence: 0.4 },
    ],
  },
];

function ids(events: StoredEvent[]): string[] {
  return events.map((e) => e.event.sentenceText);
}

export function runStoreContract(factory: StoreFactory): void {
  describe(`Store contract: ${factory.name}`, () => {
    let skip: string | null = null;
    before(async () => {
      skip = await factory.unavailable();
      if (skip) process.stderr.write(`# skipping ${factory.name} store contract: ${skip}\n`);
    });

    /** Run `fn` on a fresh store (skipped when the backend is unavailable). */
    const withStore = (name: string, fn: (store: Store, h: StoreHarness) => Promise<void>) =>
      it(name, async (t) => {
        if (skip) { t.skip(skip); return; }
        const h = await factory.fresh();
        const store = await h.open();
        try {
          await fn(store, h);
        } finally {
          await store.close().catch(() => undefined);
          await h.cleanup();
        }
      });

    const load = async (store: Store, specs: RecordSpec[] = corpus) => store.putArticles(specs.map(record));

    withStore('migrates on open and again without change', async (store, h) => {
      await load(store);
      const before = await store.dump();
      const again = await h.open();
      try {
        assert.deepEqual(await again.dump(), before);
      } finally {
        await again.close();
      }
    });

    withStore('stores an article with its events, quotes and lulls', async (store) => {
      const results = await load(store);
      assert.deepEqual(results.map((r) => [r.status, r.events]), [['inserted', 2], ['inserted', 2], ['inserted', 1]]);
      assert.deepEqual(await store.stats(), { articles: 3, events: 5, quotes: 1, lulls: 1, clusters: 5 });
      const rec = record(corpus[0] as RecordSpec);
      const a = await store.getArticle(rec.article.id);
      assert.equal(a?.title, 'Strikes in Gaza');
      assert.equal(a?.events, 2);
      assert.equal(a?.text, rec.article.text);
      assert.equal(await store.getArticle('nope'), null);
      assert.equal((await store.listArticles()).length, 3);
    });

    withStore('gives records stable ids keyed on the article', async (store) => {
      await load(store);
      const rec = record(corpus[0] as RecordSpec);
      const first = rec.analysis.events[0];
      assert.ok(first);
      const got = await store.getEvent(eventKey(rec.article.id, first));
      assert.equal(got?.event.sentenceText, first.sentenceText);
      assert.equal(got?.event.articleId, rec.article.id);
      assert.equal(got?.id, got?.event.id);
      assert.equal(got?.source.url, 'https://example.org/a');
      assert.equal(await store.getEvent('missing'), null);
      const quotes = await store.listQuotes({ articleId: rec.article.id });
      assert.equal(quotes.length, 1);
      assert.ok(quotes[0]?.id.startsWith(rec.article.id));
    });

    withStore('storing the same articles again changes nothing', async (store) => {
      await load(store);
      const before = await store.dump();
      const again = await load(store);
      assert.deepEqual(again.map((r) => r.status), ['duplicate', 'duplicate', 'duplicate']);
      assert.deepEqual(await store.dump(), before);
      const known = await store.knownArticles([record(corpus[1] as RecordSpec).article.id, 'unknown']);
      assert.deepEqual([...known], [record(corpus[1] as RecordSpec).article.id]);
    });

    withStore('a duplicate inside one batch is stored once', async (store) => {
      const r = record(corpus[0] as RecordSpec);
      const results = await store.putArticles([r, r]);
      assert.deepEqual(results.map((x) => x.status), ['inserted', 'duplicate']);
      assert.equal((await store.stats()).events, 2);
    });

    const cases: Array<[string, EventFilter, string[]]> = [
      ['from', { from: '2023-10-21' }, ['The Houthis launched drones toward Israel.', 'Protesters marched in Amman against the strikes.', 'The United States warned Iran against escalation.']],
      ['to', { to: '2023-10-19' }, ['Hamas fired rockets at Tel Aviv.', 'Israeli jets struck targets in Gaza overnight.']],
      ['from and to', { from: '2023-10-20', to: '2023-10-22' }, ['The Houthis launched drones toward Israel.', 'The United States warned Iran against escalation.']],
      ['country of location', { country: 'yem' }, ['The Houthis launched drones toward Israel.']],
      ['actor by name, any case', { actor: 'hamas' }, ['Hamas fired rockets at Tel Aviv.', 'Israeli jets struck targets in Gaza overnight.']],
      ['actor by first word of name', { actor: 'Houthi' }, ['The Houthis launched drones toward Israel.']],
      ['actor by country code', { actor: 'USA' }, ['The United States warned Iran against escalation.']],
      ['actor includes proxies (backedBy)', { actor: 'Iran' }, ['Hamas fired rockets at Tel Aviv.', 'Israeli jets struck targets in Gaza overnight.', 'The Houthis launched drones toward Israel.', 'The United States warned Iran against escalation.']],
      ['actor without proxies', { actor: 'Iran', proxies: false }, ['The United States warned Iran against escalation.']],
      ['actor as source only', { actor: 'Iran', actorRole: 'actor' }, ['Hamas fired rockets at Tel Aviv.', 'The Houthis launched drones toward Israel.']],
      ['plover type', { plover: 'THREATEN' }, ['The United States warned Iran against escalation.']],
      ['plover types', { plover: ['THREATEN', 'PROTEST'] }, ['Protesters marched in Amman against the strikes.', 'The United States warned Iran against escalation.']],
      ['acled type', { acled: 'Explosions/Remote violence' }, ['Hamas fired rockets at Tel Aviv.', 'The Houthis launched drones toward Israel.']],
      ['cameo prefix', { cameo: '19' }, ['Hamas fired rockets at Tel Aviv.', 'Israeli jets struck targets in Gaza overnight.', 'The Houthis launched drones toward Israel.']],
      ['min confidence', { minConfidence: 0.7 }, ['Hamas fired rockets at Tel Aviv.', 'Israeli jets struck targets in Gaza overnight.']],
      ['full text, stemmed', { text: 'drone' }, ['The Houthis launched drones toward Israel.']],
      ['full text, words ANDed', { text: 'rockets Aviv' }, ['Hamas fired rockets at Tel Aviv.']],
      ['full text, punctuation is harmless', { text: '"strikes" OR (' }, ['Protesters marched in Amman against the strikes.']],
      ['full text, nothing', { text: 'submarine' }, []],
      ['blocking: any country of place or actor', { anyCountry: { countries: ['JOR', 'yem'], orNone: false } }, ['The Houthis launched drones toward Israel.', 'Protesters marched in Amman against the strikes.']],
      ['blocking: a country, or none', { anyCountry: { countries: ['IRN'], orNone: true } }, ['The United States warned Iran against escalation.']],
      ['blocking: PLOVER or ACLED type', { anyType: { plover: ['PROTEST'], acled: ['Battles'] } }, ['Israeli jets struck targets in Gaza overnight.', 'Protesters marched in Amman against the strikes.']],
      ['combined', { plover: 'ASSAULT', from: '2023-10-19', minConfidence: 0.65, actor: 'Israel Defense Forces', actorRole: 'recipient' }, ['Hamas fired rockets at Tel Aviv.']],
      ['limit and offset', { limit: 2, offset: 1 }, []],
    ];

    withStore('filters events (table)', async (store) => {
      await load(store);
      const all = await store.listEvents();
      assert.equal(all.length, 5);
      assert.deepEqual(all.map((e) => e.date), ['2023-10-19', '2023-10-19', '2023-10-21', '2023-10-22', '2023-10-23']);
      for (const [name, filter, expected] of cases) {
        const got = await store.listEvents(filter);
        if (name === 'limit and offset') {
          assert.deepEqual(ids(got), ids(all.slice(1, 3)), name);
          continue;
        }
        assert.deepEqual(ids(got).sort(), [...expected].sort(), name);
        assert.equal(await store.countEvents({ ...filter, limit: undefined, offset: undefined }), expected.length, `${name} (count)`);
      }
    });

    withStore('date ranges find long events (a year) as well as short ones', async (store) => {
      const r = record({ text: 'Long', published: '2023-12-31', events: [
        { text: 'The siege lasted all year.', date: '2023-01-01' },
        { text: 'A raid on the last day.', date: '2023-12-31', sentence: 1 },
      ] });
      const siege = r.analysis.events[0];
      assert.ok(siege?.time);
      siege.time = { ...siege.time, end: '2023-12-31', precision: 'year' };
      await store.putArticles([r]);
      const find = async (f: EventFilter) => ids(await store.listEvents(f)).sort();
      assert.deepEqual(await find({ from: '2023-10-20', to: '2023-10-21' }), ['The siege lasted all year.']);
      assert.deepEqual(await find({ from: '2023-12-31', to: '2024-01-05' }), ['A raid on the last day.', 'The siege lasted all year.']);
      assert.deepEqual(await find({ from: '2023-06-01' }), ['A raid on the last day.', 'The siege lasted all year.']);
      assert.deepEqual(await find({ to: '2023-01-01' }), ['The siege lasted all year.']);
      assert.deepEqual(await find({ from: '2024-01-01' }), []);
      const [stored] = await store.listEvents({ to: '2023-01-01' });
      assert.deepEqual([stored?.date, stored?.dateEnd], ['2023-01-01', '2023-12-31']);
    });

    withStore('an undated event takes the article date', async (store) => {
      await load(store);
      const [e] = await store.listEvents({ plover: 'THREATEN' });
      assert.equal(e?.date, '2023-10-22');
    });

    withStore('streams every event in pages', async (store) => {
      const many: RecordSpec[] = Array.from({ length: 30 }, (_, i) => ({
        text: `Article ${i}`, published: '2023-11-01',
        events: Array.from({ length: 40 }, (_, j) => ({ text: `Shelling number ${i}-${j} hit the town.`, sentence: j })),
      }));
      await load(store, many);
      let n = 0;
      const seen = new Set<string>();
      for await (const e of store.streamEvents()) { n++; seen.add(e.id); }
      assert.equal(n, 1200);
      assert.equal(seen.size, 1200);
      let m = 0;
      for await (const _ of store.streamEvents({ limit: 1001, offset: 5 })) m++;
      assert.equal(m, 1001);
    });

    withStore('lists quotes and lulls', async (store) => {
      await load(store);
      assert.deepEqual((await store.listQuotes()).map((q) => q.text), ['We will respond.']);
      assert.deepEqual((await store.listQuotes({ speaker: 'pentagon' })).length, 1);
      assert.deepEqual((await store.listLulls({ from: '2023-10-18', to: '2023-10-18' })).map((l) => l.kind), ['truce']);
      assert.deepEqual(await store.listLulls({ from: '2023-10-19' }), []);
    });

    withStore('each event is its own cluster until dedup says otherwise', async (store) => {
      await load(store);
      const events = await store.listEvents({ plover: 'ASSAULT' });
      for (const e of events) assert.equal(e.clusterId, e.id);
      const [a, b, c] = events;
      assert.ok(a && b && c);
      await store.replaceClusters([{ eventId: b.id, clusterId: a.id }, { eventId: c.id, clusterId: a.id }]);
      const cluster = await store.getCluster(a.id);
      assert.equal(cluster?.size, 3);
      assert.equal(cluster?.articles, 2);
      assert.equal(cluster?.dateStart, '2023-10-19');
      assert.equal(cluster?.dateEnd, '2023-10-21');
      assert.deepEqual(cluster?.mentions.map((m) => m.id), [a.id, b.id, c.id]);
      assert.equal(await store.getCluster(b.id), null);
      assert.equal((await store.stats()).clusters, 3);
      const big = await store.listClusters({ minSize: 2 });
      assert.deepEqual(big.map((x) => x.id), [a.id]);
      assert.deepEqual((await store.listClusters({ country: 'YEM' })).map((x) => x.id), [a.id]);
      assert.deepEqual((await store.listEvents({ clusterId: a.id })).length, 3);
      // Moving one back out recomputes both clusters.
      await store.replaceClusters([{ eventId: c.id, clusterId: c.id }]);
      assert.equal((await store.getCluster(a.id))?.size, 2);
      assert.equal((await store.getCluster(c.id))?.size, 1);
      // Unknown events are ignored.
      await store.replaceClusters([{ eventId: 'nope', clusterId: a.id }]);
      assert.equal((await store.getCluster(a.id))?.size, 2);
    });

    withStore('a clusterer gives the same clusters whatever the ingest order', async (store, h) => {
      const orders = [corpus, [...corpus].reverse(), [corpus[1], corpus[0], corpus[2]] as RecordSpec[]];
      const dumps = [];
      for (const order of orders) {
        const fresh = await factory.fresh();
        const s = await fresh.open();
        try {
          for (const spec of order) await s.putArticles([record(spec)], { clusterer: sameTypeAndDay });
          dumps.push(await s.dump());
        } finally {
          await s.close();
          await fresh.cleanup();
        }
      }
      assert.deepEqual(dumps[1], dumps[0]);
      assert.deepEqual(dumps[2], dumps[0]);
      const clusters = dumps[0]?.clusters.filter((c) => c.size > 1) ?? [];
      assert.equal(clusters.length, 1);
      void store; void h;
    });

    withStore('a failing batch stores nothing of it', async (store) => {
      await load(store, [corpus[0] as RecordSpec]);
      const before = await store.dump();
      const boom: Clusterer = { neighbourhood: () => ({}), cluster: () => { throw new Error('boom'); } };
      await assert.rejects(store.putArticles([record(corpus[1] as RecordSpec), record(corpus[2] as RecordSpec)], { clusterer: boom }), /boom/);
      assert.deepEqual(await store.dump(), before);
      const ok = await load(store, [corpus[1] as RecordSpec]);
      assert.equal(ok[0]?.status, 'inserted');
    });

    withStore('work queue: enqueue, take, store, dequeue', async (store) => {
      if (!store.queue) return;
      const recs = corpus.map(record);
      assert.equal(await store.queue.enqueue(recs.map((r) => r.article)), 3);
      assert.equal(await store.queue.enqueue(recs.map((r) => r.article)), 0);
      assert.equal(await store.queue.pending(), 3);
      const byId = new Map(recs.map((r) => [r.article.id, r]));
      let taken = 0;
      for (;;) {
        const got = await store.queue.take(2, async (articles) => articles.map((a) => byId.get(a.id)!));
        if (!got) break;
        taken += got.taken.length;
      }
      assert.equal(taken, 3);
      assert.equal(await store.queue.pending(), 0);
      assert.equal((await store.stats()).articles, 3);
      assert.equal(await store.queue.enqueue(recs.map((r) => r.article)), 0, 'stored articles are not queued again');
    });
  });
}

/** A toy clusterer for the contract: same PLOVER type and same day → one cluster, id = smallest member id. */
export const sameTypeAndDay: Clusterer = {
  neighbourhood: (added) => {
    const days = added.map((e) => e.date).filter((d): d is string => !!d).sort();
    return days.length ? { from: days[0], to: days.at(-1) } : null;
  },
  cluster: (candidates, added) => {
    const groups = new Map<string, StoredEvent[]>();
    for (const e of [...candidates, ...added]) {
      const key = `${e.event.codes.plover.type}|${e.date}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return [...groups.values()].flatMap((g) => {
      const id = g.map((e) => e.id).sort()[0] as string;
      return g.map((e) => ({ eventId: e.id, clusterId: id }));
    });
  },
};
