import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readSource, readAll } from '../../src/read/source.js';
import { fetchUrl } from '../../src/read/fetch.js';
import { expectInputError, startServer } from './helpers.js';

let server: { base: string; close: () => Promise<void> };
const open = { allowPrivate: true, timeoutMs: 2000 };

describe('url reader', () => {
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.close();
  });

  const happy: [string, string, Record<string, unknown>][] = [
    ['html by content type', '/article.html', { format: 'html', outlet: 'The Daily Example' }],
    ['json by content type', '/article.json', { format: 'json', url: 'https://example.com/world/karvan-shelling' }],
    ['text by content type', '/article.txt', { format: 'text' }],
    ['octet-stream sniffed as html', '/octet', { format: 'html' }],
    ['gzip-encoded body', '/gzip', { format: 'text' }],
    ['brotli-encoded body', '/br', { format: 'text' }],
  ];
  for (const [name, path, expected] of happy) {
    it(name, async () => {
      const a = await readSource(server.base + path, open);
      assert.equal(a.origin, server.base + path);
      for (const [k, v] of Object.entries(expected)) assert.equal(a[k as keyof typeof a], v, k);
    });
  }

  it('the page URL is the url fallback; relative canonical resolved against it', async () => {
    const a = await readSource(server.base + '/article.html', open);
    assert.equal(a.url, server.base + '/world/2024/03/11/karvan-shelling?utm_source=rss');
    const t = await readSource(server.base + '/article.txt', open);
    assert.equal(t.url, server.base + '/article.txt');
  });

  it('follows a redirect', async () => {
    const f = await fetchUrl(server.base + '/redirect', open);
    assert.equal(f.url, server.base + '/article.html');
    assert.equal(f.kind, 'html');
  });

  it('readLinked fetches a needsFetch feed item and keeps its metadata as fallback', async () => {
    const { readLinked } = await import('../../src/read/source.js');
    const item = { id: 'a0', text: '', title: 'From feed', url: server.base + '/article.txt', published: '2024-03-10', outlet: 'Feed', origin: 'feed#1', format: 'rss' as const };
    const a = await readLinked(item, open);
    assert.ok(a.text.startsWith('Rebel forces'));
    assert.deepEqual([a.title, a.published, a.outlet, a.format], ['From feed', '2024-03-10', 'Feed', 'text']);
  });

  it('charset from Content-Type (windows-1252)', async () => {
    const a = await readSource(server.base + '/latin1', open);
    assert.ok(a.text.includes('café'));
  });

  it('a feed URL through readAll', async () => {
    let n = 0;
    for await (const r of readAll(server.base + '/feed.rss', open)) if ('article' in r) n++;
    assert.equal(n, 3);
  });

  const bad: [string, string, string, Record<string, unknown>?][] = [
    ['127.0.0.1 refused without allowPrivate', '/article.html', 'PRIVATE_ADDRESS', { allowPrivate: false }],
    ['HTTP 500', '/500', 'FETCH_FAILED'],
    ['HTTP 404', '/404', 'NOT_FOUND'],
    ['server that never answers', '/hang', 'TIMEOUT', { timeoutMs: 300 }],
    ['body that never ends', '/slow-body', 'TIMEOUT', { timeoutMs: 300 }],
    ['endless body over the cap', '/endless', 'TOO_LARGE', { maxBytes: 1024 * 1024 }],
    ['declared length over the cap', '/declared-huge', 'TOO_LARGE'],
    ['gzip bomb: cap counts decompressed bytes', '/gzip-bomb', 'TOO_LARGE', { maxBytes: 1024 * 1024 }],
    ['redirect loop', '/loop', 'FETCH_FAILED'],
    ['binary body', '/binary', 'BINARY'],
    ['non-English body', '/french', 'NOT_ENGLISH'],
  ];
  for (const [name, path, code, extra] of bad) {
    it(`${name} → ${code}`, async () => {
      const err = await expectInputError(() => readSource(server.base + path, { ...open, ...extra }), code);
      assert.equal(err.source, server.base + path);
      if (code === 'FETCH_FAILED' && path === '/500') assert.equal(err.status, 500);
    });
  }

  it('a redirect to another scheme (file:) → UNSUPPORTED', async () => {
    await expectInputError(() => readSource(server.base + '/redirect-file', open), 'UNSUPPORTED');
  });

  const refused: [string, string][] = [
    ['localhost', 'http://localhost:9/x'],
    ['IPv6 loopback', 'http://[::1]:9/x'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]:9/x'],
    ['metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['decimal IPv4 for 127.0.0.1', 'http://2130706433/'],
    ['private 10/8', 'http://10.1.2.3/'],
  ];
  for (const [name, url] of refused) {
    it(`refuses ${name}`, async () => {
      await expectInputError(() => readSource(url, { timeoutMs: 2000 }), 'PRIVATE_ADDRESS');
    });
  }

  const unsupported = ['ftp://example.com/a.txt', 'gopher://example.com/', 'http://user:pw@example.com/'];
  for (const url of unsupported) {
    it(`refuses ${url} → UNSUPPORTED`, async () => {
      await expectInputError(() => readSource(url), 'UNSUPPORTED');
    });
  }

  it('connection refused → FETCH_FAILED', async () => {
    await expectInputError(() => readSource('http://127.0.0.1:9/x', open), 'FETCH_FAILED');
  });
});
