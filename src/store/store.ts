/**
 * The Store: one interface, two implementations (SQLite in ./sqlite, PostgreSQL in ./postgres).
 *
 * Everything is async so both fit; the SQLite store is synchronous inside.
 * Events are kept as JSON documents (the full `Event`) plus indexed columns for filtering and a
 * full-text index on the sentence text. Ids are stable (see ./ids.ts), so storing the same article
 * twice changes nothing.
 *
 * Dedup: every event belongs to exactly one cluster (a row in the cluster table, keyed by a
 * deterministic cluster id). When an article is stored, the store asks the `Clusterer` which stored
 * events are its neighbourhood, hands the clusterer those events plus the new ones, and replaces the
 * cluster assignment of all of them, inside the same transaction as the article. With no clusterer
 * each event is its own cluster (cluster id = event id).
 */
import type { Article } from '../model/article.js';
import type { Analysis } from '../model/analysis.js';
import type { Event } from '../model/event.js';
import type { Quote, Lull } from '../model/records.js';
import type { AcledEventType, PloverType } from '../model/codes.js';

export type StoreKind = 'sqlite' | 'postgres';

/** What ingest hands the store for one article: the article (with its text) and its analysis. */
export interface ArticleRecord {
  article: Article;
  analysis: Analysis;
}

/** Article metadata as stored (the text is kept too, but only returned by getArticle). */
export interface StoredArticle {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  origin: string;
  format: Article['format'];
  chars: number;
  sentences: number;
  events: number;
  warnings: string[];
}

/** One stored event: the full Event document (with its stable id) plus what the store derived. */
export interface StoredEvent {
  /** Stable id, also `event.id` (article id + sentence + span + family; see ids.ts). */
  id: string;
  articleId: string;
  /** Event date (event.time.start, else the article's publication day), YYYY-MM-DD or null. */
  date: string | null;
  /** Last day (event.time.end, else date). */
  dateEnd: string | null;
  clusterId: string;
  event: Event;
  /** The mention's source, for showing clusters with their mentions. */
  source: { url: string | null; title: string | null; outlet: string | null; published: string | null };
}

/** Filters for listing events. Every field is optional; given fields are ANDed. */
export interface EventFilter {
  /** Inclusive lower bound on the event date (YYYY-MM-DD): events whose [date, dateEnd] ends on or after it. */
  from?: string;
  /** Inclusive upper bound on the event date: events whose date is on or before it. */
  to?: string;
  /** ISO alpha-3 country of one of the event's locations. */
  country?: string;
  /**
   * Actor: matched case-insensitively against the canonical name, the text, the dictionary entry id and
   * the country code of actors and recipients, and against their backers (`backedBy`), so
   * `actor: 'Iran'` also finds events by Iran-backed proxies.
   */
  actor?: string;
  /** Only actors in this role ('actor' = source side, 'recipient' = target side); default either. */
  actorRole?: 'actor' | 'recipient';
  /** Include matches through backedBy (default true). */
  proxies?: boolean;
  plover?: PloverType | PloverType[];
  acled?: AcledEventType | AcledEventType[];
  /** CAMEO code prefix ("19", "190", "1951"). */
  cameo?: string;
  /** Minimum confidence (0..1). */
  minConfidence?: number;
  /** Full-text search on the sentence text (words ANDed; SQLite FTS5 / PostgreSQL tsvector, English stemming). */
  text?: string;
  articleId?: string;
  clusterId?: string;
  /**
   * Blocking for dedup neighbourhoods: events with a country (of a location, actor or recipient) in
   * `countries`, or, when `orNone`, with no country at all.
   */
  anyCountry?: { countries: string[]; orNone: boolean };
  /** Blocking for dedup neighbourhoods: PLOVER type in `plover` OR ACLED type in `acled`. */
  anyType?: { plover: string[]; acled: string[] };
  /** Order is (date nulls last, id); default limit 1000 for listEvents, none for streamEvents. */
  limit?: number;
  offset?: number;
}

export interface ClusterAssignment {
  eventId: string;
  clusterId: string;
}

/** A cluster of mentions of (what dedup judged to be) one real-world event. */
export interface Cluster {
  id: string;
  size: number;
  /** Earliest member date and latest member end date. */
  dateStart: string | null;
  dateEnd: string | null;
  /** Number of distinct articles among the members. */
  articles: number;
  /** Members ordered by (date, id). */
  mentions: StoredEvent[];
}

export interface ClusterFilter extends Omit<EventFilter, 'clusterId' | 'limit' | 'offset'> {
  /** Only clusters with at least this many mentions. */
  minSize?: number;
  limit?: number;
  offset?: number;
}

/**
 * How dedup plugs into ingest (implemented by src/dedup). Both functions must be pure and
 * deterministic, and `cluster` must not depend on the order of its inputs, so that the stored
 * clusters do not depend on ingest order.
 */
export interface Clusterer {
  /**
   * The filter selecting stored events that could share a cluster with `added` (e.g. a date window
   * around them). The store also pulls in every member of the clusters those events belong to.
   * Return null when nothing can match.
   */
  neighbourhood(added: readonly StoredEvent[]): EventFilter | null;
  /**
   * Assign a cluster id to every event of candidates ∪ added. The cluster id must be deterministic
   * (e.g. the smallest member event id). Events left out keep their own id as cluster id.
   */
  cluster(candidates: readonly StoredEvent[], added: readonly StoredEvent[]): ClusterAssignment[];
}

export interface PutOptions {
  clusterer?: Clusterer;
  /** Keep the article text in the database (default true). */
  keepText?: boolean;
}

export type PutStatus = 'inserted' | 'duplicate';
export interface PutResult {
  id: string;
  status: PutStatus;
  events: number;
}

export interface StoreStats {
  articles: number;
  events: number;
  quotes: number;
  lulls: number;
  clusters: number;
}

/** A canonical, order-independent dump (no timestamps) for comparing databases in tests. */
export interface StoreDump {
  articles: Array<Omit<StoredArticle, 'warnings'> & { warnings: string[] }>;
  events: Array<{ id: string; articleId: string; date: string | null; clusterId: string; event: Event }>;
  quotes: Quote[];
  lulls: Lull[];
  clusters: Array<{ id: string; size: number; members: string[] }>;
}

export interface QuoteFilter {
  articleId?: string;
  /** Speaker canonical name or text, case-insensitive. */
  speaker?: string;
  limit?: number;
  offset?: number;
}
export interface LullFilter {
  articleId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/**
 * A work queue for many ingest workers on one database (PostgreSQL: FOR UPDATE SKIP LOCKED).
 * Workers enqueue what they read; any worker may take any queued article. Taking, storing and
 * dequeuing happen in one transaction, so a worker that dies simply leaves its articles queued.
 */
export interface IngestQueue {
  /** Queue articles not yet stored or queued; returns how many were newly queued. */
  enqueue(articles: readonly Article[]): Promise<number>;
  /**
   * Take up to `limit` queued articles no other worker holds, call `work` on them, store what it
   * returns and dequeue them, all in one transaction. Articles `work` leaves out are dequeued
   * unstored (skipped). Returns the put results, or null when the queue had nothing free.
   */
  take(
    limit: number,
    work: (articles: Article[]) => Promise<ArticleRecord[]>,
    options?: PutOptions,
  ): Promise<{ taken: Article[]; results: PutResult[] } | null>;
  /** Articles still queued (held or not). */
  pending(): Promise<number>;
}

export interface Store {
  readonly kind: StoreKind;
  /** File path or URL with the password removed. */
  readonly location: string;

  /** Close connections. */
  close(): Promise<void>;

  /** Ids among `ids` already stored. */
  knownArticles(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Store articles with all their events, quotes and lulls. Each article is all-or-nothing; a batch
   * is one transaction (a failure stores none of it). Already-stored ids are left alone ('duplicate').
   */
  putArticles(records: readonly ArticleRecord[], options?: PutOptions): Promise<PutResult[]>;
  getArticle(id: string): Promise<(StoredArticle & { text: string | null }) | null>;
  listArticles(options?: { limit?: number; offset?: number }): Promise<StoredArticle[]>;

  getEvent(id: string): Promise<StoredEvent | null>;
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /** All matching events, in pages, for exports of any size. */
  streamEvents(filter?: EventFilter): AsyncIterable<StoredEvent>;

  listQuotes(filter?: QuoteFilter): Promise<Quote[]>;
  listLulls(filter?: LullFilter): Promise<Lull[]>;

  getCluster(id: string): Promise<Cluster | null>;
  /** Clusters having at least one member matching the filter, with all their mentions; ordered by (dateStart, id). */
  listClusters(filter?: ClusterFilter): Promise<Cluster[]>;
  /**
   * Replace the cluster assignment of the given events (one transaction) and recompute the cluster
   * rows they left and joined. For recomputing dedup over the whole database.
   */
  replaceClusters(assignments: readonly ClusterAssignment[]): Promise<void>;

  stats(): Promise<StoreStats>;
  dump(): Promise<StoreDump>;

  /** Present on stores that support many concurrent ingest workers (PostgreSQL). */
  readonly queue?: IngestQueue;
}

/** Errors the store reports with a clear message (locked, corrupt, unreachable, lost connection). */
export class StoreError extends Error {
  constructor(message: string, readonly code: 'locked' | 'corrupt' | 'unreachable' | 'connection-lost' | 'schema' | 'other', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
