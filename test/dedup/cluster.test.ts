import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, recluster, candidateQuery, createClusterer, clusterRecord, type DedupItem, type EventCluster } from '../../src/dedup/index.js';
import type { StoredEvent } from '../../src/store/store.js';
import { item, killed, place, ISRAEL, HAMAS, HOUTHIS, GAZA_CITY, JABALIA, RAFAH, HODEIDAH, GAZA_STRIP } from './fixtures.js';

const strike = { actors: [ISRAEL], recipients: [HAMAS], date: '2023-10-23' };

/** Three reports of one strike in Gaza City, two of one in Rafah, one Houthi attack, one lone report. */
function corpus(): DedupItem[] {
  return [
    item({ id: 'e01', ...strike, locations: [GAZA_CITY], quantities: [killed(3)], outlet: 'Reuters', confidence: 0.6 }),
    item({ id: 'e02', ...strike, locations: [JABALIA], quantities: [killed(5)], outlet: 'Al Jazeera', confidence: 0.5 }),
    item({ id: 'e03', ...strike, locations: [GAZA_CITY], quantities: [killed(3)], outlet: 'AP', date: '2023-10-24', confidence: 0.7 }),
    item({ id: 'e04', ...strike, locations: [RAFAH], outlet: 'Reuters' }),
    item({ id: 'e05', ...strike, locations: [RAFAH], outlet: 'BBC' }),
    item({ id: 'e06', actors: [HOUTHIS], locations: [HODEIDAH], date: '2023-10-23', outlet: 'Reuters' }),
    item({ id: 'e07', ...strike, locations: [GAZA_CITY], date: '2023-11-20' }),
  ];
}

function shape(cs: EventCluster[]): string[][] {
  return cs.map((c) => c.eventIds).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('clusters: the same real event across outlets becomes one cluster', () => {
  assert.deepEqual(shape(clusterEvents(corpus())), [['e01', 'e02', 'e03'], ['e04', 'e05'], ['e06'], ['e07']]);
});

test('clusters: conflicting figures stay side by side, with their outlets', () => {
  const c = clusterEvents(corpus()).find((x) => x.eventIds.includes('e01'))!;
  assert.deepEqual(c.figures.killed, [
    { value: 3, approximate: false, outlets: ['AP', 'Reuters'], mentions: ['e01', 'e03'] },
    { value: 5, approximate: false, outlets: ['Al Jazeera'], mentions: ['e02'] },
  ]);
  assert.equal(c.mentions.length, 3);
  assert.deepEqual(c.mentions.find((m) => m.eventId === 'e02')!.figures.killed?.value, 5);
  assert.equal(c.start, '2023-10-23');
  assert.equal(c.end, '2023-10-24');
  assert.equal(c.representative, 'e03');
});

test('clusters: confidence grows with independent outlets', () => {
  const one = clusterEvents([item({ id: 'x1', ...strike, locations: [GAZA_CITY], confidence: 0.6 })])[0]!;
  const two = clusterEvents([
    item({ id: 'x1', ...strike, locations: [GAZA_CITY], confidence: 0.6, outlet: 'Reuters' }),
    item({ id: 'x2', ...strike, locations: [GAZA_CITY], confidence: 0.6, outlet: 'BBC' }),
  ])[0]!;
  const sameOutlet = clusterEvents([
    item({ id: 'x1', ...strike, locations: [GAZA_CITY], confidence: 0.6, outlet: 'Reuters' }),
    item({ id: 'x2', ...strike, locations: [GAZA_CITY], confidence: 0.6, outlet: 'The Reuters' }),
  ])[0]!;
  assert.equal(one.confidence, 0.6);
  assert.equal(two.confidence, 0.84);
  assert.equal(two.outlets, 2);
  assert.equal(sameOutlet.confidence, 0.6);
  assert.equal(sameOutlet.outlets, 1);
});

test('clusters: a syndicated copy (same sentence, other outlet) is not an independent source', () => {
  const text = 'Israeli aircraft struck a building in Gaza City on Monday, killing three people, officials said.';
  const cs = clusterEvents([
    item({ id: 'x1', ...strike, locations: [GAZA_CITY], text, outlet: 'AP' }),
    item({ id: 'x2', ...strike, locations: [GAZA_CITY], text, outlet: 'Times of Israel' }),
  ]);
  assert.equal(cs.length, 1);
  assert.equal(cs[0]!.outlets, 1);
  assert.equal(cs[0]!.articles, 2);
});

test('clusters: a vague mention cannot chain two distinct events together', () => {
  // e1 (Gaza City) and e2 (Rafah, 25 km beyond the limit? no: 24 km) — use figures to make them distinct.
  const cs = clusterEvents([
    item({ id: 'e1', ...strike, locations: [GAZA_CITY], quantities: [killed(2)] }),
    item({ id: 'e2', ...strike, locations: [GAZA_CITY], quantities: [killed(80)] }),
    item({ id: 'e3', ...strike, locations: [GAZA_STRIP] }),
  ]);
  assert.equal(cs.length, 2);
  assert.ok(cs.every((c) => !(c.eventIds.includes('e1') && c.eventIds.includes('e2'))));
});

test('clusters: the result does not depend on input order', () => {
  const expected = JSON.stringify(clusterEvents(corpus()));
  for (let seed = 1; seed <= 20; seed++) assert.equal(JSON.stringify(clusterEvents(shuffled(corpus(), seed))), expected);
});

test('clusters: ids are deterministic and derived from the smallest member', () => {
  const a = clusterEvents(corpus());
  const b = clusterEvents(corpus().reverse());
  assert.deepEqual(a.map((c) => c.id), b.map((c) => c.id));
  assert.ok(a.every((c) => /^c[0-9a-f]{16}$/.test(c.id)));
});

test('incremental: ingesting one item at a time in any order gives the batch result', () => {
  const batch = shape(clusterEvents(corpus()));
  for (let seed = 1; seed <= 10; seed++) {
    const stored = new Map<string, { it: DedupItem; cluster: string }>();
    for (const it of shuffled(corpus(), seed)) {
      const q = candidateQuery([it]);
      const near = [...stored.values()].filter(({ it: s }) => {
        if (!q) return false;
        const d = s.event.time?.start ?? s.article.published ?? '';
        return d >= q.from && d <= q.to;
      });
      const clusters = new Set(near.map((n) => n.cluster));
      const neighbours = [...stored.values()].filter((n) => clusters.has(n.cluster)).map((n) => ({ ...n.it, clusterId: n.cluster }));
      const u = recluster([it], neighbours);
      for (const c of u.upserts) for (const id of c.eventIds) stored.set(id, { it: id === it.event.id ? it : stored.get(id)!.it, cluster: c.id });
    }
    const groups = new Map<string, string[]>();
    for (const [id, s] of stored) groups.set(s.cluster, [...(groups.get(s.cluster) ?? []), id].sort());
    assert.deepEqual([...groups.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)), batch, `seed ${seed}`);
  }
});

test('incremental: unchanged clusters are not rewritten; merged ones are deleted', () => {
  const [a, b, c] = corpus();
  const first = clusterEvents([a!])[0]!;
  const u1 = recluster([b!], [{ ...a!, clusterId: first.id }]);
  assert.equal(u1.upserts.length, 1);
  assert.deepEqual(u1.upserts[0]!.eventIds, ['e01', 'e02']);
  assert.deepEqual(u1.deletes, []); // same smallest member, same id
  const u2 = recluster([c!], [{ ...a!, clusterId: u1.upserts[0]!.id }, { ...b!, clusterId: u1.upserts[0]!.id }]);
  assert.deepEqual(u2.upserts[0]!.eventIds, ['e01', 'e02', 'e03']);
  const lone = item({ id: 'e00', ...strike, locations: [GAZA_CITY], quantities: [killed(3)] });
  const u3 = recluster([lone], u2.upserts[0]!.eventIds.map((id) => ({ ...[a!, b!, c!].find((x) => x.event.id === id)!, clusterId: u2.upserts[0]!.id })));
  assert.deepEqual(u3.deletes, [u2.upserts[0]!.id]);
  assert.equal(u3.assignments['e01'], u3.upserts[0]!.id);
});

test('candidateQuery: date window, countries and types of the new events', () => {
  const q = candidateQuery([corpus()[0]!, corpus()[5]!])!;
  assert.deepEqual(q, {
    from: '2023-10-22', to: '2023-10-26', countries: ['ISR', 'PSE', 'YEM'], ploverTypes: ['ASSAULT'],
    acledTypes: ['Explosions/Remote violence'], undatedByPublished: true,
  });
  assert.equal(candidateQuery([item({ id: 'u', date: null, published: null })]), null);
});

function stored(it: DedupItem): StoredEvent {
  return {
    id: it.event.id, articleId: it.article.id, date: it.event.time?.start ?? null, dateEnd: it.event.time?.end ?? null,
    clusterId: it.event.id, event: it.event,
    source: { url: it.article.url, title: null, outlet: it.article.outlet, published: it.article.published },
  };
}

test('createClusterer: assigns every event a cluster id, same as clusterEvents', () => {
  const events = corpus().map(stored);
  const cl = createClusterer();
  assert.deepEqual(cl.neighbourhood([events[0]!]), { from: '2023-10-22', to: '2023-10-26' });
  const assignment = cl.cluster(events.slice(0, 3), events.slice(3));
  assert.equal(assignment.length, events.length);
  const expected = clusterEvents(corpus());
  for (const c of expected) for (const id of c.eventIds) assert.equal(assignment.find((a) => a.eventId === id)!.clusterId, c.id);
  const rec = clusterRecord({ mentions: events.slice(0, 3) });
  assert.equal(rec.id, expected.find((c) => c.eventIds.includes('e01'))!.id);
});

test('clusters: places without coordinates of different names in one admin1 do not merge on place alone', () => {
  const cs = clusterEvents([
    item({ id: 'p1', actors: [], recipients: [], locations: [place('Beit Lahia', { country: 'PSE', admin1: 'Gaza' })] }),
    item({ id: 'p2', actors: [], recipients: [], locations: [place('Deir al-Balah', { country: 'PSE', admin1: 'Gaza' })] }),
  ]);
  assert.equal(cs.length, 2);
});
