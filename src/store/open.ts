import type { Store } from './store.js';

/** Default database when neither --db nor SITREP_DB is given. */
export const DEFAULT_DB = './sitrep.db';

/** The database spec to use: the explicit one, else SITREP_DB, else ./sitrep.db. */
export function dbSpec(explicit?: string | null): string {
  return explicit || process.env['SITREP_DB'] || DEFAULT_DB;
}

export function isPostgresSpec(spec: string): boolean {
  return spec.startsWith('postgres://') || spec.startsWith('postgresql://');
}

/**
 * Open (and migrate) a store: a postgres:// or postgresql:// URL gives PostgreSQL, anything else is a
 * SQLite file path (":memory:" for an in-memory database; a "sqlite:" prefix is accepted).
 */
export async function openStore(spec?: string | null): Promise<Store> {
  const s = dbSpec(spec);
  if (isPostgresSpec(s)) {
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(s);
  }
  const { openSqliteStore } = await import('./sqlite/store.js');
  return openSqliteStore(s.startsWith('sqlite:') ? s.slice('sqlite:'.length) : s);
}
