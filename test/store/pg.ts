/** Throw-away PostgreSQL databases for tests: CREATE DATABASE sitrep_test_<random>, dropped afterwards. */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** Server to create test databases on (trust auth on this machine); override with SITREP_TEST_PG. */
export const PG_ADMIN_URL = process.env['SITREP_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Why PostgreSQL tests cannot run, or null when the server answers. */
export async function pgUnavailable(): Promise<string | null> {
  try {
    await admin((c) => c.query('SELECT 1'));
    return null;
  } catch (err) {
    return `PostgreSQL unreachable at ${PG_ADMIN_URL} (${(err as Error).message}); set SITREP_TEST_PG to run these tests`;
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `sitrep_test_${randomBytes(6).toString('hex')}`;
  // template0: nobody connects to it, so concurrent CREATE DATABASEs do not trip over each other.
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  const u = new URL(PG_ADMIN_URL);
  u.pathname = '/' + name;
  return {
    url: u.toString(),
    name,
    drop: () => admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }),
  };
}
