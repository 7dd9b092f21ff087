/** Apply pending versioned migrations, each in its own transaction, recorded in schema_migrations. */
import type { Migration } from '../migrations/migration.js';
import { StoreError } from '../store.js';
import type { Db } from './db.js';

export async function migrate(db: Db, migrations: readonly Migration[]): Promise<number[]> {
  const applied: number[] = [];
  return db.tx(async (tx) => {
    // One migrator at a time across processes (PostgreSQL); SQLite's write transaction already is.
    if (tx.dialect === 'postgres') await tx.all("SELECT pg_advisory_xact_lock(hashtext('sitrep:migrate'))");
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...done);
    if (newest > latest) {
      throw new StoreError(`database schema version ${newest} is newer than this sitrep knows (${latest}); upgrade sitrep`, 'schema');
    }
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await tx.run(m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}
