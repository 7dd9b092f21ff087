/** Reading events back (shared by both dialects and by the put path's clustering step). */
import type { Event } from '../../model/event.js';
import type { EventFilter, StoredEvent } from '../store.js';
import { inList, listParam, type Db } from './db.js';
import { EVENT_COLUMNS, EVENT_ORDER, eventWhere, limitClause } from './filter.js';

export interface EventRowOut {
  id: string;
  article_id: string;
  date: string | null;
  date_end: string | null;
  cluster_id: string;
  doc: string | Event;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export function parseDoc<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

export function toStoredEvent(r: EventRowOut): StoredEvent {
  return {
    id: r.id,
    articleId: r.article_id,
    date: r.date,
    dateEnd: r.date_end,
    clusterId: r.cluster_id,
    event: parseDoc<Event>(r.doc),
    source: { url: r.url, title: r.title, outlet: r.outlet, published: r.published },
  };
}

export async function readEvents(db: Db, filter: EventFilter, defaultLimit?: number): Promise<StoredEvent[]> {
  const w = eventWhere(filter, db.dialect);
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id ${w.sql} ${EVENT_ORDER}` +
    limitClause(db.dialect, filter.limit ?? defaultLimit, filter.offset);
  return (await db.all<EventRowOut>(sql, w.params)).map(toStoredEvent);
}

export async function countEvents(db: Db, filter: EventFilter): Promise<number> {
  const w = eventWhere(filter, db.dialect);
  const rows = await db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM events e ${w.sql}`, w.params);
  return Number(rows[0]?.n ?? 0);
}

/** All members of the given clusters, ordered like listEvents. */
export async function readClusterMembers(db: Db, clusterIds: readonly string[]): Promise<StoredEvent[]> {
  if (clusterIds.length === 0) return [];
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
    WHERE ${inList(db.dialect, 'e.cluster_id')} ${EVENT_ORDER}`;
  return (await db.all<EventRowOut>(sql, [listParam(db.dialect, clusterIds)])).map(toStoredEvent);
}

const META_COLUMNS = 'e.id, e.article_id, e.date, e.date_end, e.cluster_id, a.url, a.title, a.outlet, a.published';

/** Documents for these rows, from the Db's cache when it has them (they never change once stored). */
async function withDocs<R extends Omit<EventRowOut, 'doc'>>(db: Db, rows: R[]): Promise<Array<R & { doc: Event }>> {
  const missing = rows.filter((r) => db.docCache.get(r.id) === undefined).map((r) => r.id);
  for (let i = 0; i < missing.length; i += 500) {
    const docs = await db.all<{ id: string; doc: string | Event }>(
      `SELECT id, doc FROM events WHERE ${inList(db.dialect, 'id')}`, [listParam(db.dialect, missing.slice(i, i + 500))]);
    for (const d of docs) db.docCache.set(d.id, parseDoc<Event>(d.doc));
  }
  return rows.map((r) => ({ ...r, doc: db.docCache.get(r.id) as Event }));
}

/** The dedup path: events matching a neighbourhood filter, each with the size of its cluster. */
export async function readNeighbourhood(db: Db, filter: EventFilter): Promise<Array<{ event: StoredEvent; clusterSize: number }>> {
  const w = eventWhere(filter, db.dialect);
  const rows = await db.all<Omit<EventRowOut, 'doc'> & { cluster_size: number | null }>(
    `SELECT ${META_COLUMNS}, c.size AS cluster_size FROM events e JOIN articles a ON a.id = e.article_id
     LEFT JOIN clusters c ON c.id = e.cluster_id ${w.sql}`, w.params);
  return (await withDocs(db, rows)).map((r) => ({ event: toStoredEvent(r), clusterSize: Number(r.cluster_size ?? 1) }));
}

/** The dedup path: all members of these clusters. */
export async function readClusterMembersCached(db: Db, clusterIds: readonly string[]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let i = 0; i < clusterIds.length; i += 500) {
    const rows = await db.all<Omit<EventRowOut, 'doc'>>(
      `SELECT ${META_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE ${inList(db.dialect, 'e.cluster_id')}`,
      [listParam(db.dialect, clusterIds.slice(i, i + 500))]);
    out.push(...(await withDocs(db, rows)).map(toStoredEvent));
  }
  return out;
}
