import type { Cluster, ClusterAssignment, Clusterer, EventFilter, StoredEvent } from '../store/store.js';
import type { DedupItem, DedupOptions, EventCluster } from './types.js';
import { candidateQuery } from './incremental.js';
import { PairCache, partition } from './cluster.js';
import { buildCluster, clusterId } from './record.js';

/** A stored event as a dedup item (its article facts come from the stored source). */
export function storedToItem(s: StoredEvent): DedupItem {
  return {
    event: s.event.id === s.id ? s.event : { ...s.event, id: s.id },
    article: { id: s.articleId, outlet: s.source.outlet, published: s.source.published, url: s.source.url },
  };
}

/**
 * The store's Clusterer (src/store/store.ts), backed by this module's rules.
 *
 * neighbourhood(): the date window of candidateQuery() only ({from, to}); the country and type
 * narrowing is left out because EventFilter ANDs its fields (PLOVER type OR ACLED type cannot be
 * said) and extra candidates never change the result.
 * cluster(): partitions candidates ∪ added (remembering comparisons between calls, see PairCache)
 * and assigns every one of them its cluster id
 * ("c" + hash of the smallest member event id), so the stored clusters do not depend on ingest order.
 */
export function createClusterer(options: Partial<DedupOptions> = {}, remember = true): Clusterer {
  // Remembered comparisons: consecutive articles share most of their neighbourhood.
  const cache = remember ? new PairCache() : undefined;
  return {
    neighbourhood(added: readonly StoredEvent[]): EventFilter | null {
      const q = candidateQuery(added.map(storedToItem), options);
      return q ? { from: q.from, to: q.to } : null;
    },
    cluster(candidates: readonly StoredEvent[], added: readonly StoredEvent[]): ClusterAssignment[] {
      const items = [...candidates, ...added].map(storedToItem);
      const out: ClusterAssignment[] = [];
      for (const group of partition(items, options, cache)) {
        const ids = group.map((g) => g.event.id);
        const id = clusterId(ids);
        for (const eventId of ids) out.push({ eventId, clusterId: id });
      }
      return out.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
    },
  };
}

/** The default clusterer, with the documented default options. */
export const clusterer: Clusterer = createClusterer();

/** The full cluster record (mentions, figures side by side, confidence) of a stored cluster. */
export function clusterRecord(c: Pick<Cluster, 'mentions'>): EventCluster {
  return buildCluster(c.mentions.map(storedToItem));
}
