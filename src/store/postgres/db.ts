/** node-postgres behind the async Db surface; `?` placeholders become $1, $2, … */
import pg from 'pg';
import { DocCache, type Db, type Param } from '../sql/db.js';
import { StoreError } from '../store.js';

const converted = new Map<string, string>();

/** Replace `?` placeholders (outside string literals) with $n. */
export function toPgSql(sql: string): string {
  const hit = converted.get(sql);
  if (hit !== undefined) return hit;
  let out = '';
  let n = 0;
  let quoted = false;
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += !quoted && ch === '?' ? `$${++n}` : ch;
  }
  if (converted.size < 1000) converted.set(sql, out);
  return out;
}

const LOST = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', 'ECONNRESET', 'EPIPE']);

/** Map connection failures to clear StoreErrors. */
export function pgError(err: unknown, location: string): unknown {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  const msg = e.message ?? String(err);
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'EHOSTUNREACH' || e.code === 'ETIMEDOUT') {
    return new StoreError(`cannot reach PostgreSQL at ${location} (${msg})`, 'unreachable', { cause: err });
  }
  if (e.code === '3D000' || e.code === '28P01' || e.code === '28000') {
    return new StoreError(`PostgreSQL at ${location} refused the connection (${msg})`, 'unreachable', { cause: err });
  }
  if ((e.code && LOST.has(e.code)) || /Connection terminated|not queryable|connection error/i.test(msg)) {
    return new StoreError(`lost the connection to PostgreSQL at ${location} (${msg}); the open transaction was rolled back, nothing half-written`, 'connection-lost', { cause: err });
  }
  return err;
}

export class PgDb implements Db {
  readonly dialect = 'postgres' as const;

  constructor(readonly pool: pg.Pool, readonly location: string, private readonly client: pg.PoolClient | null = null, readonly docCache = new DocCache()) {}

  private async query(sql: string, params: readonly Param[]): Promise<pg.QueryResult> {
    try {
      return await (this.client ?? this.pool).query(params.length ? toPgSql(sql) : sql, params as Param[]);
    } catch (err) {
      throw pgError(err, this.location);
    }
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly Param[][], ignore = false): Promise<void> {
    const per = Math.max(1, Math.floor(30_000 / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const params: Param[] = [];
      const values = chunk.map((row) => {
        const start = params.length;
        params.push(...row);
        return '(' + row.map((_, j) => `$${start + j + 1}`).join(', ') + ')';
      });
      const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}${ignore ? ' ON CONFLICT DO NOTHING' : ''}`;
      try {
        await (this.client ?? this.pool).query(sql, params);
      } catch (err) {
        throw pgError(err, this.location);
      }
    }
  }

  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.client) return fn(this);
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw pgError(err, this.location);
    }
    let broken: unknown;
    // A checked-out client that loses its server emits 'error'; note it (the pending query rejects too).
    const onError = (e: unknown) => { broken = e; };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const out = await fn(new PgDb(this.pool, this.location, client, this.docCache));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      this.docCache.clear();
      try {
        await client.query('ROLLBACK');
      } catch (e) {
        broken = e;
      }
      throw pgError(err, this.location);
    } finally {
      client.off('error', onError);
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
