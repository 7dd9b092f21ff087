import type { ClusterAssignment, Store, StoredEvent } from '../store/store.js';
import type { DedupOptions } from './types.js';
import { partition } from './cluster.js';
import { clusterId } from './record.js';
import { storedToItem } from './clusterer.js';

/**
 * Re-cluster a whole database from scratch (after a change of rules or options, or to check that
 * incremental ingest gave the batch result): reads every event, partitions them in one batch and
 * replaces the stored assignment. Returns how many events changed cluster. Holds all events in
 * memory (about 5 KB each).
 */
export async function reclusterStore(store: Store, options: Partial<DedupOptions> = {}): Promise<{ events: number; clusters: number; changed: number }> {
  const events: StoredEvent[] = [];
  for await (const e of store.streamEvents({})) events.push(e);
  const before = new Map(events.map((e) => [e.id, e.clusterId]));
  const assignments: ClusterAssignment[] = [];
  const groups = partition(events.map(storedToItem), options);
  for (const g of groups) {
    const ids = g.map((i) => i.event.id);
    const id = clusterId(ids);
    for (const eventId of ids) assignments.push({ eventId, clusterId: id });
  }
  const changed = assignments.filter((a) => before.get(a.eventId) !== a.clusterId);
  if (changed.length) await store.replaceClusters(assignments);
  return { events: events.length, clusters: groups.length, changed: changed.length };
}
