/**
 * Crash safety: SIGKILL the real CLI at random moments, check that the database only ever holds
 * whole articles, run again to completion, and compare with an uninterrupted run.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { assertWholeArticles, runCli, startCli, writeCorpus } from './helpers.js';

const KILLS = 6;

/** Articles stored so far, read without disturbing the writer (WAL). */
function storedArticles(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

it('SIGKILL at random points, then re-running, gives exactly the database of an uninterrupted run', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  try {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 160);
    const args = (db: string) => ['ingest', corpus, '--db', db, '--batch', '4', '--quiet'];

    const t0 = Date.now();
    const ref = await runCli(args(join(dir, 'ref.db')));
    const full = Date.now() - t0;
    assert.equal(ref.code, 0, ref.stderr);
    const refStore = await openSqliteStore(join(dir, 'ref.db'));
    const complete = await refStore.dump();
    await refStore.close();
    assert.equal(complete.articles.length, 160);

    const db = join(dir, 'killed.db');
    const counts: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const run = startCli(args(db));
      // Kill once the database holds a random number of articles (plus a random few ms, to land
      // inside a transaction); the first time, at a random moment instead.
      const before = storedArticles(db);
      const target = k === 0 ? Infinity : before + 1 + Math.floor(Math.random() * Math.max(1, 150 - before));
      const kill = () => { if (run.child.exitCode === null) run.child.kill('SIGKILL'); };
      const timer = setTimeout(kill, k === 0 ? Math.floor(Math.random() * full) : full * 2); // once at a random time, even in start-up
      const poll = setInterval(() => {
        const n = storedArticles(db);
        if (n >= target) {
          clearInterval(poll);
          setTimeout(kill, Math.floor(Math.random() * 30));
        }
      }, 10);
      const r = await run.done;
      clearTimeout(timer);
      clearInterval(poll);
      const s = await openSqliteStore(db);
      const partial = await s.dump();
      await s.close();
      assertWholeArticles(partial, complete);
      counts.push(partial.articles.length);
      if (r.signal !== 'SIGKILL') assert.equal(r.code, 0, r.stderr);
    }
    const last = await runCli(args(db));
    assert.equal(last.code, 0, last.stderr);
    const s = await openSqliteStore(db);
    const after = await s.dump();
    await s.close();
    assert.deepEqual(after, complete);
    process.stdout.write(`# articles stored after each kill: ${counts.join(', ')} of 160 (uninterrupted run ${full} ms)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
