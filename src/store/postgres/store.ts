/** The shared store: PostgreSQL, chosen by a postgres:// URL; many ingest workers may use it at once. */
import pg from 'pg';
import { SqlStore } from '../sql/store.js';
import { migrate } from '../sql/migrate.js';
import { postgresMigrations } from '../migrations/postgres.js';
import { PgDb, pgError } from './db.js';
import { PgQueue } from './queue.js';

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export interface PostgresOptions {
  /** Connection timeout in ms (default 10 s). */
  connectTimeout?: number;
  max?: number;
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<SqlStore> {
  const location = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeout ?? 10_000,
    application_name: 'sitrep',
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new PgDb(pool, location);
  try {
    await migrate(db, postgresMigrations);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw pgError(err, location);
  }
  const store = new SqlStore('postgres', location, db);
  store.queue = new PgQueue(db);
  return store;
}
