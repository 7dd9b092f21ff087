import type { CandidateQuery, ClusterUpdate, DedupItem, DedupOptions, StoredItem } from './types.js';
import { dayRange, isoDay } from './dates.js';
import { partition, withDefaults } from './cluster.js';
import { buildCluster, clusterId } from './record.js';

/**
 * The blocking key for an incremental run: which stored events the store must load as candidates
 * for `newItems`. The store returns every stored event whose date range touches [from, to] (or,
 * undated, whose article was published in it), whose places or actors lie in one of `countries` or
 * have no country, and whose PLOVER type is one of `ploverTypes` or ACLED type one of `acledTypes`;
 * and then every other member of those events' clusters. The country and type filters only narrow
 * the search: a store may skip them (extra candidates are compared and left alone).
 * Returns null when no new item is dated (they can only join mentions of their own article).
 */
export function candidateQuery(newItems: DedupItem[], options: Partial<DedupOptions> = {}): CandidateQuery | null {
  const opts = withDefaults(options);
  let lo = Infinity;
  let hi = -Infinity;
  const countries = new Set<string>();
  let anyCountry = false;
  for (const it of newItems) {
    const r = dayRange(it, opts);
    if (r) {
      lo = Math.min(lo, r.start);
      hi = Math.max(hi, r.end);
    }
    const cs = [...it.event.locations, ...it.event.actors, ...it.event.recipients].map((x) => x.country);
    const known = cs.filter((c): c is string => c !== null);
    if (known.length === 0) anyCountry = true;
    for (const c of known) countries.add(c);
  }
  if (lo === Infinity) return null;
  // A stored undated event is dated [published - undatedDays, published]; widen so it is found.
  return {
    from: isoDay(lo - opts.maxGapDays),
    to: isoDay(hi + opts.maxGapDays + opts.undatedDays),
    countries: anyCountry ? null : [...countries].sort(),
    ploverTypes: [...new Set(newItems.map((i) => i.event.codes.plover.type))].sort(),
    acledTypes: [...new Set(newItems.flatMap((i) => (i.event.codes.acled ? [i.event.codes.acled.eventType] : [])))].sort(),
    undatedByPublished: true,
  };
}

/**
 * Incremental clustering for the store, called inside the article's transaction.
 *
 * `newItems`: the events of the article(s) being ingested. `neighbours`: what the store found with
 * candidateQuery(), plus every other member of those events' clusters, each with its current
 * cluster id. The neighbourhood is re-partitioned as a whole (so the result is what a batch run
 * over the same events would give, whatever the ingest order); the update lists the clusters
 * whose membership changed (upserts, with their full records), the cluster ids that no longer
 * exist (deletes), and the cluster id of every event in an upserted cluster.
 */
export function recluster(newItems: DedupItem[], neighbours: StoredItem[], options: Partial<DedupOptions> = {}): ClusterUpdate {
  const newIds = new Set(newItems.map((i) => i.event.id));
  const old = neighbours.filter((n) => !newIds.has(n.event.id));
  const before = new Map<string, string>();
  const oldClusters = new Set<string>();
  for (const n of old) {
    if (n.clusterId) {
      before.set(n.event.id, n.clusterId);
      oldClusters.add(n.clusterId);
    }
  }
  const groups = partition([...newItems, ...old], options);
  const upserts = [];
  const assignments: Record<string, string> = {};
  const alive = new Set<string>();
  const sizeBefore = new Map<string, number>();
  for (const c of before.values()) sizeBefore.set(c, (sizeBefore.get(c) ?? 0) + 1);
  for (const g of groups) {
    const ids = g.map((i) => i.event.id);
    const id = clusterId(ids);
    alive.add(id);
    const unchanged = ids.every((e) => before.get(e) === id) && sizeBefore.get(id) === ids.length;
    if (unchanged) continue;
    upserts.push(buildCluster(g));
    for (const e of ids) assignments[e] = id;
  }
  const deletes = [...oldClusters].filter((c) => !alive.has(c)).sort();
  upserts.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { upserts, deletes, assignments };
}
