/** The embedded store: one SQLite file in WAL mode (better-sqlite3). */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqlStore } from '../sql/store.js';
import { migrate } from '../sql/migrate.js';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { SqliteDb, sqliteError } from './db.js';
import { StoreError } from '../store.js';

export interface SqliteOptions {
  /** Milliseconds to wait for another process's write lock before failing (default 10 s). */
  busyTimeout?: number;
}

export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<SqlStore> {
  const memory = path === ':memory:';
  const location = memory ? ':memory:' : resolve(path);
  if (!memory && !existsSync(dirname(location))) mkdirSync(dirname(location), { recursive: true });
  let raw: Database.Database;
  try {
    raw = new Database(location);
  } catch (err) {
    throw sqliteError(err, location);
  }
  try {
    raw.pragma(`busy_timeout = ${options.busyTimeout ?? 10_000}`);
    if (!memory) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (err) {
    raw.close();
    throw sqliteError(err, location);
  }
  const db = new SqliteDb(raw, location);
  try {
    await migrate(db, sqliteMigrations);
  } catch (err) {
    raw.close();
    throw err instanceof StoreError ? err : sqliteError(err, location);
  }
  return new SqlStore('sqlite', location, db);
}
