/** better-sqlite3 behind the async Db surface: cached prepared statements, one writer at a time. */
import Database from 'better-sqlite3';
import { DocCache, type Db, type Param } from '../sql/db.js';
import { StoreError } from '../store.js';

type Statement = Database.Statement<unknown[]>;

/** Map SQLite errors to clear StoreErrors (locked, corrupt). */
export function sqliteError(err: unknown, location: string): unknown {
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(`database ${location} is locked by another process (gave up after waiting)`, 'locked', { cause: err });
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError(`database ${location} is not a SQLite database or is corrupt (${(err as Error).message})`, 'corrupt', { cause: err });
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new StoreError(`cannot open database ${location} (${(err as Error).message})`, 'unreachable', { cause: err });
  }
  return err;
}

export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly raw: Database.Database, readonly location: string, private readonly inTx = false, readonly docCache = new DocCache()) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw sqliteError(err, this.location);
    }
  }

  /** Queue behind any open transaction (outside one); run at once inside one. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx) return fn();
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.serial(async () => this.guard(() => this.stmt(sql).all(...params) as T[]));
  }

  run(sql: string, params: readonly Param[] = []): Promise<number> {
    return this.serial(async () => this.guard(() => {
      if (params.length === 0 && sql.includes(';')) {
        this.raw.exec(sql);
        return 0;
      }
      return this.stmt(sql).run(...params).changes;
    }));
  }

  insertMany(table: string, columns: readonly string[], rows: readonly Param[][], ignore = false): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    const sql = `INSERT ${ignore ? 'OR IGNORE ' : ''}INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    return this.serial(async () => this.guard(() => {
      const s = this.stmt(sql);
      for (const row of rows) s.run(...row);
    }));
  }

  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    return this.serial(async () => {
      this.guard(() => this.raw.exec('BEGIN IMMEDIATE'));
      const inner = new SqliteDb(this.raw, this.location, true, this.docCache);
      (inner as unknown as { statements: Map<string, Statement> }).statements = this.statements;
      try {
        const out = await fn(inner);
        this.guard(() => this.raw.exec('COMMIT'));
        return out;
      } catch (err) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        this.docCache.clear();
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    await this.chain;
    if (this.raw.open) this.raw.close();
  }
}
