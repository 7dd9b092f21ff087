import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, truncateSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { analyze } from '../../src/analyze.js';
import type { Article } from '../../src/model/article.js';
import type { Analysis } from '../../src/model/analysis.js';
import { record } from '../store/fixtures.js';
import { writeCorpus } from './helpers.js';
import { packageRoot } from '../../src/util/paths.js';

/** A stand-in extractor: one ASSAULT event per article, so tests do not depend on the real one. */
function fakeAnalyze(a: Article): Analysis {
  const r = record({ text: a.text, url: a.url, published: a.published, events: [{ text: a.text.slice(0, 60), date: a.published?.slice(0, 10) ?? null, country: 'COD' }] });
  return { ...r.analysis, article: { ...r.analysis.article, id: a.id, origin: a.origin, format: a.format, title: a.title, outlet: a.outlet }, events: r.analysis.events.map((e) => ({ ...e, articleId: a.id })) };
}

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('stores a folder, and the same folder again changes nothing', async () => {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 24);
    const store = await openSqliteStore(join(dir, 'twice.db'));
    try {
      const first = await ingest(readInputs([corpus], []), store, { analyze: fakeAnalyze, batchSize: 5 });
      assert.equal(first.ingested, 24);
      assert.equal(first.skipped, 0, JSON.stringify(first.skips));
      const before = await store.dump();
      const second = await ingest(readInputs([corpus], []), store, { analyze: fakeAnalyze, batchSize: 7 });
      assert.deepEqual([second.ingested, second.duplicates], [0, 24]);
      assert.deepEqual(await store.dump(), before);
    } finally {
      await store.close();
    }
  });

  it('stores the reference article through the real pipeline, once', async () => {
    const path = join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt');
    const store = await openSqliteStore(join(dir, 'reference.db'));
    try {
      const s = await ingest(readInputs([path], []), store, {});
      assert.equal(s.ingested, 1);
      const text = readFileSync(path, 'utf8');
      const [stored] = await store.listArticles();
      assert.ok(stored);
      const expected = analyze({ text, id: stored.id, title: stored.title, url: stored.url, published: stored.published, outlet: stored.outlet, origin: stored.origin, format: stored.format });
      assert.equal(s.events, expected.events.length);
      assert.equal((await store.stats()).events, expected.events.length);
      assert.equal((await store.listQuotes()).length, expected.quotes.length);
      assert.equal((await store.listLulls()).length, expected.lulls.length);
      const again = await ingest(readInputs([path], []), store, {});
      assert.deepEqual([again.ingested, again.duplicates], [0, 1]);
    } finally {
      await store.close();
    }
  });

  it('reads JSON lines on stdin', async () => {
    const lines = [
      JSON.stringify({ text: 'Rebels attacked Goma on Monday, killing five soldiers.', url: 'https://x.example/1' }),
      '{not json',
      JSON.stringify({ text: 'Police fired tear gas at protesters in Nairobi on Tuesday.', url: 'https://x.example/2' }),
    ].join('\n');
    const store = await openSqliteStore(join(dir, 'stdin.db'));
    try {
      const s = await ingest(readInputs(['-'], [], { stdin: Readable.from([Buffer.from(lines)]) }), store, { analyze: fakeAnalyze });
      assert.equal(s.ingested, 2);
      assert.deepEqual(s.skips.map((k) => [k.source, k.line, k.code]), [['stdin', 2, 'BAD_JSON']]);
    } finally {
      await store.close();
    }
  });

  it('reports bad input with its file or line and stores the rest', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'good.txt'), 'Militants attacked an army post near Gao on Sunday, killing four soldiers, officials said.');
    writeFileSync(join(bad, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
    writeFileSync(join(bad, 'broken.html'), '<html><body><div><p>unclosed <b>tags <script>');
    writeFileSync(join(bad, 'lines.jsonl'), `${JSON.stringify({ text: 'Gunmen killed three villagers in Zamfara on Friday, police said.' })}\n{"text": oops}\n[1,2]\n`);
    writeFileSync(join(bad, 'huge.txt'), '');
    truncateSync(join(bad, 'huge.txt'), 1024 ** 3); // a sparse 1 GB file
    const store = await openSqliteStore(join(dir, 'bad.db'));
    try {
      const s = await ingest(readInputs([bad, join(dir, 'missing-folder')], []), store, { analyze: fakeAnalyze });
      assert.equal(s.ingested, 2);
      const got = s.skips.map((k) => [k.source.replace(bad, 'bad').replace(dir, ''), k.line ?? null, k.code]);
      assert.deepEqual(got.sort(), [
        ['/missing-folder', null, 'NOT_FOUND'],
        ['bad/broken.html', null, 'NO_TEXT'],
        ['bad/huge.txt', null, 'TOO_LARGE'],
        ['bad/image.png', null, 'BINARY'],
        ['bad/lines.jsonl', 2, 'BAD_JSON'],
        ['bad/lines.jsonl', 3, 'BAD_JSON'],
      ].sort());
      for (const k of s.skips) assert.ok(k.reason.length > 5, k.reason);
    } finally {
      await store.close();
    }
  });

  it('an extractor that throws skips the article, not the run', async () => {
    const d = join(dir, 'throws');
    writeCorpus(d, 4);
    const store = await openSqliteStore(join(dir, 'throws.db'));
    try {
      const s = await ingest(readInputs([d], []), store, {
        analyze: (a) => { if (a.text.includes('report 1)')) throw new Error('kaput'); return fakeAnalyze(a); },
      });
      assert.equal(s.ingested, 3);
      assert.deepEqual(s.skips.map((k) => [k.code, k.reason]), [['ANALYSIS', 'extraction failed: kaput']]);
    } finally {
      await store.close();
    }
  });
});

describe('ingest: feeds', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/hang') return; // never answers
      if (req.url === '/500') { res.writeHead(500).end('oops'); return; }
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
          <item><title>One</title><link>https://feed.example/1</link><pubDate>Mon, 23 Oct 2023 10:00:00 GMT</pubDate><description>Rebels attacked an army base near Goma on Monday, killing six soldiers, the army said.</description></item>
          <item><title>Two</title><link>https://feed.example/2</link><pubDate>Tue, 24 Oct 2023 10:00:00 GMT</pubDate><description>Protesters marched through Nairobi on Tuesday to demand lower food prices, police said.</description></item>
          </channel></rss>`);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  after(() => { server.closeAllConnections(); server.close(); });

  it('reads a feed; a feed that hangs or answers 500 is reported; private addresses need allowing', async () => {
    const store = await openSqliteStore(join(dir, 'feeds.db'));
    try {
      const refused = await ingest(readInputs([], [`${base}/feed.xml`]), store, { analyze: fakeAnalyze });
      assert.deepEqual(refused.skips.map((k) => k.code), ['PRIVATE_ADDRESS']);
      const s = await ingest(readInputs([], [`${base}/feed.xml`, `${base}/hang`, `${base}/500`], { allowPrivate: true, timeoutMs: 400 }), store, { analyze: fakeAnalyze });
      assert.equal(s.ingested, 2);
      assert.deepEqual(s.skips.map((k) => [k.source.replace(base, ''), k.code]), [['/hang', 'TIMEOUT'], ['/500', 'FETCH_FAILED']]);
      assert.deepEqual((await store.listArticles()).map((a) => a.url).sort(), ['https://feed.example/1', 'https://feed.example/2']);
    } finally {
      await store.close();
    }
  });
});
