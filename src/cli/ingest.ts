/** sitrep ingest PATH… [--feed URL]… [--db URL|FILE]: store articles with their events, idempotently. */
import { parseArgs } from 'node:util';
import { openStore, dbSpec } from '../store/open.js';
import { StoreError, type Clusterer } from '../store/store.js';
import { readInputs, totalBytes } from '../ingest/inputs.js';
import { ingest } from '../ingest/ingest.js';
import { createProgress } from '../ingest/progress.js';
import { formatSummary } from '../ingest/summary.js';
import { ingestClusterer } from '../ingest/clusterer.js';

const HELP = `usage: sitrep ingest [options] PATH… [--feed URL]…

Store articles, with every event, quote and lull record found in them, in the event database.
PATH is a file (.txt, .html, .json, .jsonl, RSS/Atom .xml/.rss/.atom), a folder (read recursively),
an http(s) URL, or "-" for JSON lines on stdin. The same article (same canonical URL, else same
normalised text) is stored once: ingesting again changes nothing. Each batch of articles is one
transaction, so an interrupted run leaves only complete articles; run it again to finish.

options:
  --db URL|FILE        database: a SQLite file (default $SITREP_DB, else ./sitrep.db) or postgres://…
  --feed URL           an RSS/Atom feed to read (repeatable); items with only a link are fetched
  --no-fetch           do not fetch the pages of link-only feed items
  --timeout SECONDS    network timeout per request (default 15)
  --allow-private      allow URLs on loopback/private addresses (refused by default)
  --max-bytes N        largest input file or page accepted (default 50 MB; 20 MB for URLs)
  --allow-non-english  accept text that does not look like English
  --batch N            articles per transaction (default 64 SQLite, 16 PostgreSQL)
  --no-dedup           keep every event in its own cluster (no cross-article dedup)
  --no-text            do not keep article texts in the database
  --no-queue           PostgreSQL: do not share work through the queue table
  --quiet              no progress output (skips are still reported)
  --json               print the summary as JSON on stdout
  -h, --help           this help

exit status: 0 all done; 3 done, but some inputs were skipped; 1 database error; 2 bad usage;
130 interrupted (what was stored is complete).`;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        feed: { type: 'string', multiple: true },
        'no-fetch': { type: 'boolean' },
        timeout: { type: 'string' },
        'allow-private': { type: 'boolean' },
        'max-bytes': { type: 'string' },
        'allow-non-english': { type: 'boolean' },
        batch: { type: 'string' },
        'no-dedup': { type: 'boolean' },
        'no-text': { type: 'boolean' },
        'no-queue': { type: 'boolean' },
        quiet: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`sitrep ingest: ${(err as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const paths = args.positionals;
  const feeds = v.feed ?? [];
  if (paths.length === 0 && feeds.length === 0) {
    process.stderr.write(`sitrep ingest: nothing to ingest (give PATH…, "-" or --feed URL)\n\n${HELP}\n`);
    return 2;
  }
  const num = (name: string, s: string | undefined): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, not "${s}"`);
    return n;
  };
  let timeout: number | undefined, maxBytes: number | undefined, batch: number | undefined;
  try {
    timeout = num('timeout', v.timeout);
    maxBytes = num('max-bytes', v['max-bytes']);
    batch = num('batch', v.batch);
  } catch (err) {
    process.stderr.write(`sitrep ingest: ${(err as Error).message}\n`);
    return 2;
  }

  const controller = new AbortController();
  let signals = 0;
  const onSignal = () => {
    if (++signals > 1) process.exit(130);
    process.stderr.write('\nsitrep ingest: stopping after the batch in hand (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const spec = dbSpec(v.db);
  let store;
  try {
    store = await openStore(spec);
  } catch (err) {
    process.stderr.write(`sitrep ingest: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    let clusterer: Clusterer | undefined;
    if (!v['no-dedup']) clusterer = await ingestClusterer();
    const readOptions = {
      allowPrivate: v['allow-private'] ?? false,
      allowNonEnglish: v['allow-non-english'] ?? false,
      fetchFeedItems: !v['no-fetch'],
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    };
    const progress = createProgress(process.stderr, { quiet: v.quiet ?? false });
    const summary = await ingest(readInputs(paths, feeds, readOptions), store, {
      batchSize: batch,
      clusterer,
      progress,
      bytesTotal: await totalBytes(paths),
      keepText: !v['no-text'],
      signal: controller.signal,
      useQueue: !v['no-queue'],
    });
    if (v.json) process.stdout.write(JSON.stringify({ db: store.location, ...summary }) + '\n');
    else process.stdout.write(formatSummary(summary, store.location) + '\n');
    return summary.interrupted ? 130 : summary.skipped > 0 ? 3 : 0;
  } catch (err) {
    const what = err instanceof StoreError ? err.message : `${(err as Error).message ?? String(err)}`;
    process.stderr.write(`\nsitrep ingest: ${what}\nevery article stored before this is complete; run the same command again to finish\n`);
    if (process.env['SITREP_DEBUG'] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close().catch(() => undefined);
  }
}
