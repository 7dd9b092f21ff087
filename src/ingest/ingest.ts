/**
 * The ingest loop: read → (skip known) → analyse → store, in small batches, each batch one
 * transaction, so a crash leaves whole articles only and running again finishes the job.
 *
 * With a store that has a work queue (PostgreSQL), articles are queued first and then taken with
 * FOR UPDATE SKIP LOCKED, so any number of workers on any machines share the work.
 */
import type { Article } from '../model/article.js';
import type { Analysis } from '../model/analysis.js';
import type { ArticleRecord, Clusterer, PutResult, Store } from '../store/store.js';
import type { Progress } from './progress.js';
import { skipLine, type IngestCounters, type IngestSummary, type InputItem, type Skip } from './types.js';

export interface IngestOptions {
  /** Articles per transaction (default 64 for SQLite, 16 for PostgreSQL). */
  batchSize?: number;
  clusterer?: Clusterer;
  /** The extractor (default: analyze() from src/analyze.ts). */
  analyze?: (article: Article) => Analysis;
  progress?: Progress;
  /** Total input bytes for the ETA (0: unknown). */
  bytesTotal?: number;
  keepText?: boolean;
  /** Stop after the batch in hand (Ctrl-C). */
  signal?: AbortSignal;
  /** Use the store's work queue when it has one (default true). */
  useQueue?: boolean;
}

class Run {
  readonly c: IngestCounters = { read: 0, ingested: 0, duplicates: 0, skipped: 0, events: 0, bytesDone: 0, bytesTotal: 0 };
  readonly skips: Skip[] = [];
  private partialBytes = 0;
  private filesBytes = 0;

  constructor(readonly store: Store, readonly analyze: (a: Article) => Analysis, readonly o: IngestOptions) {
    this.c.bytesTotal = o.bytesTotal ?? 0;
  }

  skip(s: Skip): void {
    this.c.skipped++;
    this.skips.push(s);
    this.o.progress?.log(`skipped ${skipLine(s)}`);
  }

  tick(): void {
    this.c.bytesDone = this.c.bytesTotal ? Math.min(this.c.bytesTotal, this.filesBytes + this.partialBytes) : 0;
    this.o.progress?.update({ ...this.c });
  }

  onItem(item: InputItem): Article | null {
    if ('fileDone' in item) {
      this.filesBytes += item.bytes;
      this.partialBytes = 0;
      this.tick();
      return null;
    }
    if ('skip' in item) {
      this.skip(item.skip);
      this.tick();
      return null;
    }
    this.c.read++;
    this.partialBytes += item.bytes ?? 0;
    return item.article;
  }

  /** Analyse articles; a failing extractor skips the article, never the run. */
  records(articles: readonly Article[]): ArticleRecord[] {
    const out: ArticleRecord[] = [];
    for (const article of articles) {
      try {
        out.push({ article, analysis: this.analyze(article) });
      } catch (err) {
        this.skip({ source: article.origin, code: 'ANALYSIS', reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
    return out;
  }

  count(results: readonly PutResult[]): void {
    for (const r of results) {
      if (r.status === 'inserted') { this.c.ingested++; this.c.events += r.events; } else this.c.duplicates++;
    }
    this.tick();
  }

  /** Direct path: one transaction per batch; known ids are not even analysed. */
  async flushDirect(batch: Article[]): Promise<void> {
    const fresh: Article[] = [];
    const seen = new Set<string>();
    const known = await this.store.knownArticles(batch.map((a) => a.id));
    for (const a of batch) {
      if (known.has(a.id) || seen.has(a.id)) { this.c.duplicates++; continue; }
      seen.add(a.id);
      fresh.push(a);
    }
    const results = await this.store.putArticles(this.records(fresh), { clusterer: this.o.clusterer, keepText: this.o.keepText });
    this.count(results);
  }

  /** Queue path: queue what was read, then take and store until nothing is free. */
  async flushQueued(batch: Article[], size: number, drainAll: boolean): Promise<void> {
    const queue = this.store.queue;
    if (!queue) throw new Error('store has no queue');
    const unique = [...new Map(batch.map((a) => [a.id, a])).values()];
    const queued = batch.length ? await queue.enqueue(unique) : 0;
    this.c.duplicates += batch.length - queued;
    this.tick();
    let budget = drainAll ? Infinity : queued;
    while (budget > 0 && !this.o.signal?.aborted) {
      const got = await queue.take(size, async (articles) => this.records(articles), { clusterer: this.o.clusterer, keepText: this.o.keepText });
      if (!got) break;
      budget -= got.taken.length;
      this.count(got.results);
    }
  }

  summary(started: number, interrupted: boolean): IngestSummary {
    return { ...this.c, skips: this.skips, seconds: (Date.now() - started) / 1000, interrupted };
  }
}

export async function ingest(items: AsyncIterable<InputItem>, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const analyze = options.analyze ?? (await import('../analyze.js')).analyze;
  const run = new Run(store, analyze, options);
  const queued = (options.useQueue ?? true) && !!store.queue;
  const size = Math.max(1, options.batchSize ?? (store.kind === 'sqlite' ? 64 : 16));
  const readAhead = queued ? size * 4 : size;
  let batch: Article[] = [];
  const flush = async (last: boolean) => {
    const b = batch;
    batch = [];
    if (queued) await run.flushQueued(b, size, last);
    else if (b.length) await run.flushDirect(b);
  };
  let interrupted = false;
  for await (const item of items) {
    if (options.signal?.aborted) { interrupted = true; break; }
    const article = run.onItem(item);
    if (!article) continue;
    batch.push(article);
    if (batch.length >= readAhead) await flush(false);
  }
  if (!interrupted) await flush(true);
  else batch = [];
  if (options.signal?.aborted) interrupted = true;
  options.progress?.done({ ...run.c });
  return run.summary(started, interrupted);
}
