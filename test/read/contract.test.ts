/** One contract for every reader: the Article it returns is well-formed, stable, and says where it came from. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Article } from '../../src/model/article.js';
import { readText } from '../../src/read/text.js';
import { readHtml } from '../../src/read/html.js';
import { readJson } from '../../src/read/json.js';
import { readJsonl } from '../../src/read/jsonl.js';
import { readFeed } from '../../src/read/feed.js';
import { readSource } from '../../src/read/source.js';
import { fixture, fixtureBytes, startServer, streamOf } from './helpers.js';

let server: { base: string; close: () => Promise<void> } | null = null;
const base = (): string => (server as { base: string }).base;

async function firstJsonl(path: string): Promise<Article> {
  for await (const r of readJsonl(path)) if ('article' in r) return r.article;
  throw new Error('no article');
}

interface ReaderCase {
  name: string;
  read: () => Promise<Article>;
  format: Article['format'];
  origin: () => string;
}

const readers: ReaderCase[] = [
  { name: 'text', read: async () => readText(fixtureBytes('article.txt'), fixture('article.txt')), format: 'text', origin: () => fixture('article.txt') },
  { name: 'html', read: async () => readHtml(fixtureBytes('article.html'), fixture('article.html')), format: 'html', origin: () => fixture('article.html') },
  { name: 'json', read: async () => readJson(fixtureBytes('article.json'), fixture('article.json')), format: 'json', origin: () => fixture('article.json') },
  { name: 'jsonl', read: () => firstJsonl(fixture('articles.jsonl')), format: 'json', origin: () => fixture('articles.jsonl') + ':1' },
  { name: 'rss', read: async () => readFeed(fixtureBytes('feed.rss'), fixture('feed.rss'))[0] as Article, format: 'rss', origin: () => fixture('feed.rss') + '#1' },
  { name: 'atom', read: async () => readFeed(fixtureBytes('feed.atom'), fixture('feed.atom'))[0] as Article, format: 'rss', origin: () => fixture('feed.atom') + '#1' },
  { name: 'url', read: () => readSource(base() + '/article.html', { allowPrivate: true }), format: 'html', origin: () => base() + '/article.html' },
  { name: 'stdin', read: () => readSource('-', { stdin: streamOf(fixtureBytes('article.html')) }), format: 'html', origin: () => 'stdin' },
  { name: 'source:file', read: () => readSource(fixture('article.txt')), format: 'text', origin: () => fixture('article.txt') },
];

describe('reader contract', () => {
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.close();
  });

  for (const r of readers) {
    describe(r.name, () => {
      it('returns a valid Article (zod) with non-empty text, its format and origin', async () => {
        const a = await r.read();
        Article.parse(a);
        assert.ok(a.text.trim().length > 0);
        assert.equal(a.format, r.format);
        assert.equal(a.origin, r.origin());
        assert.match(a.id, /^a[0-9a-f]{20}$/);
      });
      it('gives the same id for the same input', async () => {
        const [a, b] = [await r.read(), await r.read()];
        assert.equal(a.id, b.id);
        assert.equal(a.text, b.text);
      });
      it('keeps text tidy: no \\r, no runs of 3+ newlines, no leading/trailing space', async () => {
        const a = await r.read();
        assert.ok(!a.text.includes('\r'));
        assert.ok(!a.text.includes('\n\n\n'));
        assert.equal(a.text, a.text.trim());
      });
      it('gives published as ISO 8601 or null', async () => {
        const a = await r.read();
        if (a.published !== null) assert.ok(!Number.isNaN(Date.parse(a.published)), a.published);
      });
    });
  }
});
