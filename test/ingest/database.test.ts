/** A locked or corrupt SQLite file, and a PostgreSQL server that goes away mid-run. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../../src/util/paths.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { StoreError } from '../../src/store/store.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { record } from '../store/fixtures.js';
import type { Article } from '../../src/model/article.js';
import type { Analysis } from '../../src/model/analysis.js';
import { createTestDatabase, pgUnavailable, PG_ADMIN_URL } from '../store/pg.js';
import { assertWholeArticles, runCli, writeCorpus } from './helpers.js';

function fakeAnalyze(a: Article): Analysis {
  const r = record({ text: a.text, url: a.url, published: a.published, events: [
    { text: a.text.slice(0, 50), date: a.published?.slice(0, 10) ?? null, country: 'SYR' },
    { text: a.text.slice(0, 70), sentence: 1, plover: 'PROTEST', date: a.published?.slice(0, 10) ?? null },
  ] });
  return { ...r.analysis, article: { ...r.analysis.article, id: a.id, origin: a.origin, format: a.format, title: a.title, outlet: a.outlet }, events: r.analysis.events.map((e) => ({ ...e, articleId: a.id })) };
}

const isStoreError = (code: StoreError['code'], pattern: RegExp) => (err: unknown) =>
  err instanceof StoreError && err.code === code && pattern.test(err.message);

describe('database trouble (SQLite)', () => {
  it('a locked database is reported as locked, and nothing is half-written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-locked-'));
    try {
      const path = join(dir, 'x.db');
      const store = await openSqliteStore(path, { busyTimeout: 200 });
      const blocker = new Database(path);
      blocker.exec('BEGIN IMMEDIATE');
      await assert.rejects(openSqliteStore(path, { busyTimeout: 200 }), isStoreError('locked', /x\.db is locked/));
      await assert.rejects(store.putArticles([record({ text: 'A', events: [{ text: 'Rebels attacked Goma.' }] })]), isStoreError('locked', /locked/));
      blocker.exec('ROLLBACK');
      blocker.close();
      assert.deepEqual(await store.stats(), { articles: 0, events: 0, quotes: 0, lulls: 0, clusters: 0 });
      await store.putArticles([record({ text: 'A', events: [{ text: 'Rebels attacked Goma.' }] })]);
      assert.equal((await store.stats()).events, 1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a corrupt database file is reported with its path, by the store and the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-corrupt-'));
    try {
      const path = join(dir, 'bad.db');
      writeFileSync(path, randomBytes(8192));
      await assert.rejects(openSqliteStore(path), isStoreError('corrupt', /bad\.db is not a SQLite database or is corrupt/));
      writeFileSync(join(dir, 'a.txt'), 'Rebels attacked Goma on Monday, killing five soldiers, officials said.');
      const r = await runCli(['ingest', join(dir, 'a.txt'), '--db', path, '--quiet']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /bad\.db is not a SQLite database or is corrupt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('database trouble (PostgreSQL)', () => {
  it('the server going away mid-run is reported; stored articles are whole; re-running finishes the job', { timeout: 120_000 }, async (t) => {
    const why = await pgUnavailable();
    if (why) { t.skip(why); return; }
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-pgaway-'));
    const dbA = await createTestDatabase();
    const dbB = await createTestDatabase();
    try {
      const corpus = join(dir, 'corpus');
      writeCorpus(corpus, 40);
      // Reference: one uninterrupted run.
      const ref = await openPostgresStore(dbB.url);
      await ingest(readInputs([corpus], []), ref, { analyze: fakeAnalyze, batchSize: 2 });
      const complete = await ref.dump();
      await ref.close();
      // Interrupted run: kill every connection to the database after some articles.
      const store = await openPostgresStore(dbA.url);
      let n = 0;
      // At the 15th article (extracted inside its queue transaction), end every connection to the
      // database, synchronously (from another process), so the kill lands mid-transaction.
      const killAll = `const c = new (await import('pg')).default.Client(${JSON.stringify(PG_ADMIN_URL)}); await c.connect();
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [${JSON.stringify(dbA.name)}]); await c.end();`;
      const slow = (a: Article): Analysis => {
        if (++n === 15) {
          const r = spawnSync(process.execPath, ['--input-type=module', '-e', killAll], { cwd: packageRoot, encoding: 'utf8' });
          assert.equal(r.status, 0, r.stderr);
        }
        return fakeAnalyze(a);
      };
      await assert.rejects(
        ingest(readInputs([corpus], []), store, { analyze: slow, batchSize: 2 }),
        isStoreError('connection-lost', /lost the connection to PostgreSQL .*nothing half-written/),
      );
      await store.close().catch(() => undefined);
      const again = await openPostgresStore(dbA.url);
      const partial = await again.dump();
      assert.ok(partial.articles.length < 40, `stopped early (${partial.articles.length})`);
      assertWholeArticles(partial, complete);
      await ingest(readInputs([corpus], []), again, { analyze: fakeAnalyze, batchSize: 2 });
      assert.deepEqual(await again.dump(), complete);
      await again.close();
    } finally {
      await dbA.drop();
      await dbB.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unreachable server is reported clearly', async () => {
    await assert.rejects(openPostgresStore('postgres://nobody@127.0.0.1:1/none', { connectTimeout: 2000 }), isStoreError('unreachable', /cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/none/));
  });
});
