/** Cluster bookkeeping shared by both stores: applying a clusterer, replacing assignments, cluster rows. */
import type { ClusterAssignment, Clusterer, EventFilter, StoredEvent } from '../store.js';
import { inList, listParam, type Db } from './db.js';
import { readClusterMembersCached, readEventsCached } from './read.js';

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

/**
 * After new events were inserted (each in its own cluster): find their neighbourhoods, close them over
 * current clusters, let the clusterer assign clusters to all, and write the changes.
 */
export async function clusterAdded(db: Db, added: StoredEvent[], clusterer: Clusterer | undefined): Promise<void> {
  const addedIds = new Set(added.map((e) => e.id));
  if (!clusterer || added.length === 0) {
    await recomputeClusters(db, addedIds);
    return;
  }
  // One neighbourhood per new event (then the union): an article's events can lie years apart, and
  // one window over all of them would take in everything stored between.
  const filters = new Map<string, EventFilter>();
  for (const e of added) {
    const f = clusterer.neighbourhood([e]);
    if (f) filters.set(JSON.stringify(f), { ...f, limit: undefined, offset: undefined });
  }
  const byId = new Map<string, StoredEvent>();
  const near: StoredEvent[] = [];
  for (const f of filters.values()) near.push(...(await readEventsCached(db, f)));
  const clusterIds = [...new Set(near.filter((e) => !addedIds.has(e.id)).map((e) => e.clusterId))];
  for (const e of [...near, ...(await readClusterMembersCached(db, clusterIds))]) {
    if (!addedIds.has(e.id)) byId.set(e.id, e);
  }
  const candidates = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const current = new Map<string, string>();
  for (const e of candidates) current.set(e.id, e.clusterId);
  for (const e of added) current.set(e.id, e.id);
  const given = new Map<string, string>();
  for (const a of clusterer.cluster(candidates, added)) {
    if (current.has(a.eventId)) given.set(a.eventId, a.clusterId);
  }
  const assignments: ClusterAssignment[] = [...current.keys()].map((id) => ({ eventId: id, clusterId: given.get(id) ?? id }));
  await recomputeClusters(db, addedIds);
  await applyAssignments(db, assignments, current);
}
