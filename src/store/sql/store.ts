/** The Store written once over `Db`; the SQLite and PostgreSQL stores only supply the connection. */
import type { Lull, Quote } from '../../model/records.js';
import type {
  ArticleRecord, Cluster, ClusterAssignment, ClusterFilter, EventFilter, IngestQueue, LullFilter, PutOptions,
  PutResult, QuoteFilter, Store, StoreDump, StoreKind, StoreStats, StoredArticle, StoredEvent,
} from '../store.js';
import { inList, listParam, type Db } from './db.js';
import { EVENT_COLUMNS, eventWhere, limitClause } from './filter.js';
import { countEvents, parseDoc, readClusterMembers, readEvents, toStoredEvent, type EventRowOut } from './read.js';
import { applyAssignments, currentClusters } from './clusters.js';
import { putInTx } from './put.js';

interface ArticleRowOut {
  id: string; url: string | null; title: string | null; published: string | null; outlet: string | null;
  origin: string; format: StoredArticle['format']; chars: number; sentences: number; events: number;
  warnings: string | string[]; text?: string | null;
}
interface ClusterRowOut { id: string; size: number; articles: number; date_start: string | null; date_end: string | null }

const ARTICLE_COLUMNS = 'id, url, title, published, outlet, origin, format, chars, sentences, events, warnings';
const PAGE = 1000;

function toArticle(r: ArticleRowOut): StoredArticle {
  return {
    id: r.id, url: r.url, title: r.title, published: r.published, outlet: r.outlet, origin: r.origin, format: r.format,
    chars: Number(r.chars), sentences: Number(r.sentences), events: Number(r.events), warnings: parseDoc<string[]>(r.warnings),
  };
}

export class SqlStore implements Store {
  queue?: IngestQueue;

  constructor(readonly kind: StoreKind, readonly location: string, protected readonly db: Db) {}

  close(): Promise<void> {
    return this.db.close();
  }

  async knownArticles(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < ids.length; i += PAGE) {
      const rows = await this.db.all<{ id: string }>(
        `SELECT id FROM articles WHERE ${inList(this.db.dialect, 'id')}`,
        [listParam(this.db.dialect, ids.slice(i, i + PAGE))],
      );
      for (const r of rows) out.add(r.id);
    }
    return out;
  }

  putArticles(records: readonly ArticleRecord[], options?: PutOptions): Promise<PutResult[]> {
    if (records.length === 0) return Promise.resolve([]);
    return this.db.tx((tx) => putInTx(tx, records, options));
  }

  async getArticle(id: string): Promise<(StoredArticle & { text: string | null }) | null> {
    const rows = await this.db.all<ArticleRowOut>(`SELECT ${ARTICLE_COLUMNS}, text FROM articles WHERE id = ?`, [id]);
    const r = rows[0];
    return r ? { ...toArticle(r), text: r.text ?? null } : null;
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    const rows = await this.db.all<ArticleRowOut>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY id${limitClause(this.db.dialect, options.limit ?? 1000, options.offset)}`,
    );
    return rows.map(toArticle);
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const rows = await this.db.all<EventRowOut>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`, [id]);
    return rows[0] ? toStoredEvent(rows[0]) : null;
  }

  listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return readEvents(this.db, filter, 1000);
  }

  countEvents(filter: EventFilter = {}): Promise<number> {
    return countEvents(this.db, filter);
  }

  async *streamEvents(filter: EventFilter = {}): AsyncIterable<StoredEvent> {
    const end = filter.limit === undefined ? Infinity : (filter.offset ?? 0) + filter.limit;
    for (let offset = filter.offset ?? 0; offset < end; offset += PAGE) {
      const page = await readEvents(this.db, { ...filter, offset, limit: Math.min(PAGE, end - offset) });
      yield* page;
      if (page.length < PAGE) return;
    }
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Quote[]> {
    const parts: string[] = [];
    const params: string[] = [];
    if (filter.articleId) { parts.push('article_id = ?'); params.push(filter.articleId); }
    if (filter.speaker) { parts.push('LOWER(speaker) = ?'); params.push(filter.speaker.toLowerCase()); }
    const where = parts.length ? 'WHERE ' + parts.join(' AND ') : '';
    const rows = await this.db.all<{ doc: string | Quote }>(
      `SELECT doc FROM quotes ${where} ORDER BY id${limitClause(this.db.dialect, filter.limit ?? 1000, filter.offset)}`, params);
    return rows.map((r) => parseDoc<Quote>(r.doc));
  }

  async listLulls(filter: LullFilter = {}): Promise<Lull[]> {
    const parts: string[] = [];
    const params: string[] = [];
    if (filter.articleId) { parts.push('article_id = ?'); params.push(filter.articleId); }
    if (filter.from) { parts.push('date >= ?'); params.push(filter.from); }
    if (filter.to) { parts.push('date <= ?'); params.push(filter.to); }
    const where = parts.length ? 'WHERE ' + parts.join(' AND ') : '';
    const rows = await this.db.all<{ doc: string | Lull }>(
      `SELECT doc FROM lulls ${where} ORDER BY (date IS NULL), date, id${limitClause(this.db.dialect, filter.limit ?? 1000, filter.offset)}`, params);
    return rows.map((r) => parseDoc<Lull>(r.doc));
  }

  private async withMembers(rows: ClusterRowOut[]): Promise<Cluster[]> {
    const members = await readClusterMembers(this.db, rows.map((r) => r.id));
    const by = new Map<string, StoredEvent[]>();
    for (const m of members) {
      const list = by.get(m.clusterId) ?? [];
      list.push(m);
      by.set(m.clusterId, list);
    }
    return rows.map((r) => ({
      id: r.id, size: Number(r.size), articles: Number(r.articles), dateStart: r.date_start, dateEnd: r.date_end,
      mentions: by.get(r.id) ?? [],
    }));
  }

  async getCluster(id: string): Promise<Cluster | null> {
    const rows = await this.db.all<ClusterRowOut>('SELECT id, size, articles, date_start, date_end FROM clusters WHERE id = ?', [id]);
    return rows.length ? (await this.withMembers(rows))[0] ?? null : null;
  }

  async listClusters(filter: ClusterFilter = {}): Promise<Cluster[]> {
    const { minSize, limit, offset, ...eventFilter } = filter;
    const w = eventWhere(eventFilter, this.db.dialect);
    const params = [...w.params];
    let sql = `SELECT c.id, c.size, c.articles, c.date_start, c.date_end FROM clusters c
      WHERE c.id IN (SELECT e.cluster_id FROM events e ${w.sql})`;
    if (minSize !== undefined) { sql += ' AND c.size >= ?'; params.push(minSize); }
    sql += ` ORDER BY (c.date_start IS NULL), c.date_start, c.id${limitClause(this.db.dialect, limit ?? 100, offset)}`;
    return this.withMembers(await this.db.all<ClusterRowOut>(sql, params));
  }

  replaceClusters(assignments: readonly ClusterAssignment[]): Promise<void> {
    return this.db.tx(async (tx) => {
      if (tx.dialect === 'postgres') await tx.all("SELECT pg_advisory_xact_lock(hashtext('sitrep:write'))");
      const current = await currentClusters(tx, assignments.map((a) => a.eventId));
      await applyAssignments(tx, assignments.filter((a) => current.has(a.eventId)), current);
    });
  }

  async stats(): Promise<StoreStats> {
    const rows = await this.db.all<Record<keyof StoreStats, number | string>>(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events,
        (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM lulls) AS lulls, (SELECT COUNT(*) FROM clusters) AS clusters`);
    const r = rows[0];
    return {
      articles: Number(r?.articles ?? 0), events: Number(r?.events ?? 0), quotes: Number(r?.quotes ?? 0),
      lulls: Number(r?.lulls ?? 0), clusters: Number(r?.clusters ?? 0),
    };
  }

  async dump(): Promise<StoreDump> {
    const articles = (await this.db.all<ArticleRowOut>(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY id`)).map(toArticle);
    const events = (await this.db.all<EventRowOut>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id`))
      .map(toStoredEvent).map((e) => ({ id: e.id, articleId: e.articleId, date: e.date, clusterId: e.clusterId, event: e.event }));
    const quotes = (await this.db.all<{ doc: string | Quote }>('SELECT doc FROM quotes ORDER BY id')).map((r) => parseDoc<Quote>(r.doc));
    const lulls = (await this.db.all<{ doc: string | Lull }>('SELECT doc FROM lulls ORDER BY id')).map((r) => parseDoc<Lull>(r.doc));
    const sizes = await this.db.all<ClusterRowOut>('SELECT id, size, articles, date_start, date_end FROM clusters ORDER BY id');
    const members = new Map<string, string[]>();
    for (const e of events) members.set(e.clusterId, [...(members.get(e.clusterId) ?? []), e.id]);
    const clusters = sizes.map((c) => ({ id: c.id, size: Number(c.size), members: members.get(c.id) ?? [] }));
    return { articles, events, quotes, lulls, clusters };
  }
}

