/** Writing articles: all rows of an article, then its clustering, inside the caller's transaction. */
import type { ArticleRecord, PutOptions, PutResult, StoredEvent } from '../store.js';
import { rowToStoredEvent, toRows, dayOf, type ArticleRows } from '../rows.js';
import type { Db, Param } from './db.js';
import { applyPlan, planClusters } from './clusters.js';

/** Serialises writers on PostgreSQL, taken first in every write transaction (so no lock-order deadlocks). */
export const WRITE_LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('sitrep:write'))";

/** Insert the article row; false when it was already there (then nothing else is written). */
async function insertArticle(db: Db, r: ArticleRows, now: string): Promise<boolean> {
  const a = r.article;
  const changed = await db.run(
    `INSERT INTO articles (id, url, title, published, outlet, origin, format, chars, sentences, events, warnings, text, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [a.id, a.url, a.title, a.published, a.outlet, a.origin, a.format, a.chars, a.sentences, a.events, JSON.stringify(a.warnings), a.text, now],
  );
  return changed > 0;
}

/** Insert events (with their cluster ids), their index rows, quotes and lulls. */
async function insertRecords(db: Db, r: ArticleRows, clusterOf: Map<string, string>): Promise<void> {
  await db.insertMany(
    'events',
    ['id', 'article_id', 'sentence', 'date', 'date_end', 'span_days', 'country', 'plover', 'cameo', 'acled', 'confidence', 'sentence_text', 'cluster_id', 'doc'],
    r.events.map((e): Param[] => [e.id, e.articleId, e.sentence, e.date, e.dateEnd, e.spanDays, e.country, e.plover, e.cameo, e.acled, e.confidence, e.sentenceText, clusterOf.get(e.id) ?? e.id, JSON.stringify(e.doc)]),
  );
  await db.insertMany('event_countries', ['event_id', 'country'], r.events.flatMap((e) => e.countries.map((c): Param[] => [e.id, c])), true);
  await db.insertMany('event_any_countries', ['event_id', 'country'], r.events.flatMap((e) => e.anyCountries.map((c): Param[] => [e.id, c])), true);
  await db.insertMany('event_actors', ['event_id', 'role', 'via', 'key'], r.events.flatMap((e) => e.actors.map((x): Param[] => [x.eventId, x.role, x.via, x.key])), true);
  if (db.dialect === 'sqlite') {
    await db.insertMany('events_fts', ['event_id', 'sentence_text'], r.events.map((e): Param[] => [e.id, e.sentenceText]));
  }
  await db.insertMany('quotes', ['id', 'article_id', 'sentence', 'speaker', 'doc'],
    r.quotes.map((q): Param[] => [q.id, q.articleId, q.sentence, q.speaker?.name ?? q.speakerText, JSON.stringify(q)]));
  await db.insertMany('lulls', ['id', 'article_id', 'sentence', 'date', 'doc'],
    r.lulls.map((l): Param[] => [l.id, l.articleId, l.sentence, dayOf(l.time?.start), JSON.stringify(l)]));
}

/** Store records inside an open transaction `db`. */
export async function putInTx(db: Db, records: readonly ArticleRecord[], options: PutOptions = {}): Promise<PutResult[]> {
  if (db.dialect === 'postgres') await db.all(WRITE_LOCK_SQL);
  const now = new Date().toISOString();
  const results: PutResult[] = [];
  for (const record of records) {
    const rows = toRows(record, options.keepText ?? true);
    if (!(await insertArticle(db, rows, now))) {
      results.push({ id: rows.article.id, status: 'duplicate', events: 0 });
      continue;
    }
    const added: StoredEvent[] = rows.events.map((e) => rowToStoredEvent(e, rows.article));
    const plan = await planClusters(db, added, options.clusterer);
    await insertRecords(db, rows, plan.added);
    for (const e of rows.events) db.docCache.set(e.id, e.doc);
    await applyPlan(db, plan);
    results.push({ id: rows.article.id, status: 'inserted', events: rows.events.length });
  }
  return results;
}
