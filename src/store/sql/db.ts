/** The small database surface the shared SQL store is written against (SQL uses `?` placeholders). */
export type Dialect = 'sqlite' | 'postgres';

export type Param = string | number | null;

export interface Db {
  readonly dialect: Dialect;
  /** Parsed event documents by id, shared by a store's connections (documents never change once stored). */
  readonly docCache: DocCache;
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Insert many rows into one table; `ignore` skips rows that hit a unique key. */
  insertMany(table: string, columns: readonly string[], rows: readonly Param[][], ignore?: boolean): Promise<void>;
  /** Run `fn` in one write transaction (committed when it resolves, rolled back when it throws). */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQL fragment: `col IN (list)` for a list bound as one parameter. */
export function inList(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? `${column} IN (SELECT value FROM json_each(?))` : `${column} = ANY(?::text[])`;
}

/** The parameter value matching inList(). */
export function listParam(dialect: Dialect, values: readonly string[]): Param {
  return dialect === 'sqlite' ? JSON.stringify(values) : (`{${values.map(pgArrayItem).join(',')}}` as string);
}

function pgArrayItem(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** A bounded cache of parsed documents (oldest dropped first). */
export class DocCache {
  private readonly map = new Map<string, unknown>();
  constructor(private readonly max = 100_000) {}
  get(id: string): unknown {
    return this.map.get(id);
  }
  set(id: string, doc: unknown): void {
    if (this.map.size >= this.max) {
      const first = this.map.keys().next();
      if (!first.done) this.map.delete(first.value);
    }
    this.map.set(id, doc);
  }
  /** Forget everything (after a rolled-back transaction). */
  clear(): void {
    this.map.clear();
  }
}
