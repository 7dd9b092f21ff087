/** The PostgreSQL work queue: many workers share one queue table through FOR UPDATE SKIP LOCKED. */
import type { Article } from '../../model/article.js';
import type { ArticleRecord, IngestQueue, PutOptions, PutResult } from '../store.js';
import { inList, listParam, type Param } from '../sql/db.js';
import { putInTx } from '../sql/put.js';
import { parseDoc } from '../sql/read.js';
import type { PgDb } from './db.js';

export class PgQueue implements IngestQueue {
  constructor(private readonly db: PgDb) {}

  async enqueue(articles: readonly Article[]): Promise<number> {
    let queued = 0;
    for (let i = 0; i < articles.length; i += 200) {
      const chunk = articles.slice(i, i + 200);
      const params: Param[] = [];
      const values = chunk.map((a) => {
        params.push(a.id, JSON.stringify(a));
        return `($${params.length - 1}, $${params.length}::jsonb)`;
      });
      const rows = await this.db.all<{ article_id: string }>(
        `INSERT INTO ingest_queue (article_id, doc)
         SELECT v.id, v.doc FROM (VALUES ${values.join(', ')}) AS v(id, doc)
         WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.id)
         ON CONFLICT (article_id) DO NOTHING RETURNING article_id`,
        params,
      );
      queued += rows.length;
    }
    return queued;
  }

  take(limit: number, work: (articles: Article[]) => Promise<ArticleRecord[]>, options?: PutOptions) {
    return this.db.tx(async (tx): Promise<{ taken: Article[]; results: PutResult[] } | null> => {
      const rows = await tx.all<{ article_id: string; doc: string | Article }>(
        'SELECT article_id, doc FROM ingest_queue ORDER BY article_id LIMIT ? FOR UPDATE SKIP LOCKED', [limit]);
      if (rows.length === 0) return null;
      const taken = rows.map((r) => parseDoc<Article>(r.doc));
      const records = await work(taken);
      const results = await putInTx(tx, records, options);
      await tx.run(`DELETE FROM ingest_queue WHERE ${inList('postgres', 'article_id')}`,
        [listParam('postgres', rows.map((r) => r.article_id))]);
      return { taken, results };
    });
  }

  async pending(): Promise<number> {
    const rows = await this.db.all<{ n: string }>('SELECT COUNT(*) AS n FROM ingest_queue');
    return Number(rows[0]?.n ?? 0);
  }
}
