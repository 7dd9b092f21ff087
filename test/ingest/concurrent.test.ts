/** Several ingest processes on one PostgreSQL database give the same result as one. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { createTestDatabase, pgUnavailable } from '../store/pg.js';
import { runCli, writeCorpus } from './helpers.js';

it('two concurrent ingest processes on PostgreSQL give the same database as one', { timeout: 300_000 }, async (t) => {
  const why = await pgUnavailable();
  if (why) { t.skip(why); return; }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-concurrent-'));
  const one = await createTestDatabase();
  const two = await createTestDatabase();
  try {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 120);
    const args = (url: string) => ['ingest', corpus, '--db', url, '--batch', '3', '--json', '--quiet'];
    const single = await runCli(args(one.url));
    assert.equal(single.code, 0, single.stderr);
    // Two workers on the same folder, started together; a third joins halfway with half the input.
    const runs = await Promise.all([runCli(args(two.url)), runCli(args(two.url)), runCli(['ingest', join(corpus, 'nested'), '--db', two.url, '--batch', '2', '--json', '--quiet'])]);
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const summaries = runs.map((r) => JSON.parse(r.stdout) as { ingested: number; duplicates: number });
    assert.equal(summaries.reduce((s, x) => s + x.ingested, 0), 120, 'every article stored exactly once, by one of the workers');
    const a = await openPostgresStore(one.url);
    const b = await openPostgresStore(two.url);
    try {
      const expected = await a.dump();
      assert.equal(expected.articles.length, 120);
      assert.deepEqual(await b.dump(), expected);
      assert.equal(await b.queue?.pending(), 0);
    } finally {
      await a.close();
      await b.close();
    }
    process.stdout.write(`# articles stored per worker: ${summaries.map((s) => s.ingested).join(', ')}\n`);
  } finally {
    await one.drop();
    await two.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
