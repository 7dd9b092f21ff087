/** Cluster bookkeeping shared by both stores: applying a clusterer, replacing assignments, cluster rows. */
import type { ClusterAssignment, Clusterer, EventFilter, StoredEvent } from '../store.js';
import { inList, listParam, type Db } from './db.js';
import { readClusterMembersCached, readNeighbourhood } from './read.js';

const CHUNK = 500;

/** Rebuild the cluster rows for these cluster ids from the events that now carry them. */
export async function recomputeClusters(db: Db, ids: Iterable<string>): Promise<void> {
  const all = [...new Set(ids)];
  for (let i = 0; i < all.length; i += CHUNK) {
    const list = listParam(db.dialect, all.slice(i, i + CHUNK));
    await db.run(`DELETE FROM clusters WHERE ${inList(db.dialect, 'id')}`, [list]);
    await db.run(
      `INSERT INTO clusters (id, size, articles, date_start, date_end)
       SELECT cluster_id, COUNT(*), COUNT(DISTINCT article_id), MIN(date), MAX(COALESCE(date_end, date))
       FROM events WHERE ${inList(db.dialect, 'cluster_id')} GROUP BY cluster_id`,
      [list],
    );
  }
}

/** Set cluster ids (only where they change) and rebuild the cluster rows touched. */
export async function applyAssignments(db: Db, assignments: readonly ClusterAssignment[], current: Map<string, string>): Promise<void> {
  const touched = new Set<string>();
  for (const a of assignments) {
    const old = current.get(a.eventId);
    if (old === a.clusterId) continue;
    await db.run('UPDATE events SET cluster_id = ? WHERE id = ?', [a.clusterId, a.eventId]);
    if (old !== undefined) touched.add(old);
    touched.add(a.clusterId);
  }
  await recomputeClusters(db, touched);
}

/** Current cluster id of each event id. */
export async function currentClusters(db: Db, eventIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < eventIds.length; i += CHUNK) {
    const rows = await db.all<{ id: string; cluster_id: string }>(
      `SELECT id, cluster_id FROM events WHERE ${inList(db.dialect, 'id')}`,
      [listParam(db.dialect, eventIds.slice(i, i + CHUNK))],
    );
    for (const r of rows) out.set(r.id, r.cluster_id);
  }
  return out;
}

export interface ClusterPlan {
  /** Cluster id of each new event. */
  added: Map<string, string>;
  /** Stored events whose cluster changes, with their current cluster id. */
  moved: Array<ClusterAssignment & { from: string }>;
}

/**
 * Before new events are inserted: find each one's neighbourhood, close the union over current
 * clusters, and let the clusterer assign clusters to old and new together. Without a clusterer each
 * new event is its own cluster.
 */
export async function planClusters(db: Db, added: StoredEvent[], clusterer: Clusterer | undefined): Promise<ClusterPlan> {
  const plan: ClusterPlan = { added: new Map(added.map((e) => [e.id, e.id])), moved: [] };
  if (!clusterer || added.length === 0) return plan;
  const addedIds = new Set(added.map((e) => e.id));
  // One neighbourhood per new event (then the union): an article's events can lie years apart, and
  // one window over all of them would take in everything stored between.
  const filters = new Map<string, EventFilter>();
  for (const e of added) {
    const f = clusterer.neighbourhood([e]);
    if (f) filters.set(JSON.stringify(f), { ...f, limit: undefined, offset: undefined });
  }
  const byId = new Map<string, StoredEvent>();
  const sizes = new Map<string, number>();
  for (const f of filters.values()) {
    for (const { event, clusterSize } of await readNeighbourhood(db, f)) {
      if (addedIds.has(event.id)) continue;
      byId.set(event.id, event);
      sizes.set(event.clusterId, clusterSize);
    }
  }
  // Whole clusters: fetch the other members of clusters only partly found.
  const seen = new Map<string, number>();
  for (const e of byId.values()) seen.set(e.clusterId, (seen.get(e.clusterId) ?? 0) + 1);
  const partial = [...seen].filter(([id, n]) => (sizes.get(id) ?? 0) > n).map(([id]) => id);
  for (const e of await readClusterMembersCached(db, partial)) if (!addedIds.has(e.id)) byId.set(e.id, e);

  const candidates = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const given = new Map<string, string>();
  for (const a of clusterer.cluster(candidates, added)) given.set(a.eventId, a.clusterId);
  for (const e of added) plan.added.set(e.id, given.get(e.id) ?? e.id);
  for (const e of candidates) {
    const to = given.get(e.id) ?? e.id;
    if (to !== e.clusterId) plan.moved.push({ eventId: e.id, clusterId: to, from: e.clusterId });
  }
  return plan;
}

/** Write the moves of stored events and rebuild every cluster row touched (new events already carry theirs). */
export async function applyPlan(db: Db, plan: ClusterPlan): Promise<void> {
  const touched = new Set<string>(plan.added.values());
  for (const m of plan.moved) {
    await db.run('UPDATE events SET cluster_id = ? WHERE id = ?', [m.clusterId, m.eventId]);
    touched.add(m.from);
    touched.add(m.clusterId);
  }
  await recomputeClusters(db, touched);
}
