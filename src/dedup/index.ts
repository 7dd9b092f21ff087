/**
 * Cross-article de-duplication: mentions of one real event, from any number of articles and
 * outlets, become one EventCluster that keeps every mention and its own figures.
 *
 * Pure functions, no I/O. Rules and their measured effect: docs/dedup.md.
 *
 * Batch:        clusterEvents(items, options?) → EventCluster[]
 * For the Store (src/store/store.ts): pass `createClusterer()` (or `clusterer`) as PutOptions.clusterer.
 * Incremental, lower level (inside the article's transaction):
 *   1. q = candidateQuery(newItems)            → date window, countries, types (null: nothing to look up)
 *   2. neighbours = stored events matching q, plus every other member of their clusters,
 *      each as {event, article: {id, outlet, published, url}, clusterId}
 *   3. u = recluster(newItems, neighbours)     → {upserts, deletes, assignments}
 *   4. delete clusters u.deletes, write u.upserts (whole records), set event.cluster = u.assignments[id]
 * The clusters depend only on the set of events stored, never on the order of ingest: recluster
 * re-partitions the whole neighbourhood with the same deterministic procedure as clusterEvents,
 * and a cluster id is a hash of its smallest member event id.
 *
 * compare(prepare(a), prepare(b)) explains why two mentions were, or were not, linked.
 */
export type {
  ArticleMeta, DedupItem, StoredItem, FigureKind, MentionFigure, Mention, FigureValue, ClusterActor, EventCluster,
  ClusterUpdate, CandidateQuery, DedupOptions,
} from './types.js';
export { FIGURE_KINDS, DEFAULT_OPTIONS } from './types.js';
export { clusterEvents, partition, canonical } from './cluster.js';
export { candidateQuery, recluster } from './incremental.js';
export { buildCluster, clusterId, clusterConfidence, independentSources, mentionFigures } from './record.js';
export { compare, prepare } from './compare.js';
export type { Comparison, Prepared } from './compare.js';
export { sourceKey, outletKey } from './sources.js';
export { createClusterer, clusterer, storedToItem, clusterRecord } from './clusterer.js';
export { reclusterStore } from './rebuild.js';
