import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, truncateSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { readSource, readAll, kindOfPath } from '../../src/read/source.js';
import { DEFAULT_MAX_BYTES } from '../../src/read/options.js';
import { expectInputError, fixture, fixtureBytes, streamOf } from './helpers.js';

let dir: string;
const inTmp = (name: string): string => join(dir, name);

describe('readSource: detection, stdin, limits', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-read-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const byExtension: [string, string | null][] = [
    ['a.txt', 'text'], ['a.HTML', 'html'], ['a.htm', 'html'], ['a.json', 'json'], ['a.jsonl', 'jsonl'], ['a.ndjson', 'jsonl'],
    ['a.rss', 'feed'], ['a.atom', 'feed'], ['a.xml', 'feed'], ['a', null], ['a.dat', null],
  ];
  for (const [path, kind] of byExtension) it(`extension ${path} → ${kind}`, () => assert.equal(kindOfPath(path), kind));

  const sniffed: [string, string, string][] = [
    ['leading < → html', '  \n<div><p>The army said the rebels shelled the town of Karvan on Monday, killing four.</p></div>', 'html'],
    ['leading { → json', '{"text": "The army said the rebels shelled the town of Karvan on Monday, killing four."}', 'json'],
    ['anything else → text', 'The army said the rebels shelled the town of Karvan on Monday, killing four.', 'text'],
  ];
  for (const [name, content, format] of sniffed) {
    it(`sniffing a file without extension: ${name}`, async () => {
      writeFileSync(inTmp('noext'), content);
      assert.equal((await readSource(inTmp('noext'))).format, format);
    });
    it(`sniffing stdin: ${name}`, async () => {
      const a = await readSource('-', { stdin: streamOf(content) });
      assert.equal(a.format, format);
      assert.equal(a.origin, 'stdin');
    });
  }

  it('format option overrides extension and sniffing', async () => {
    const a = await readSource(fixture('article.html'), { format: 'text' });
    assert.equal(a.format, 'text');
    assert.ok(a.text.includes('<article>'));
  });

  it('file:// URLs are read as paths', async () => {
    const a = await readSource(pathToFileURL(fixture('article.txt')).toString());
    assert.equal(a.format, 'text');
  });

  it('missing file → NOT_FOUND (exit code 4)', async () => {
    const err = await expectInputError(() => readSource(inTmp('missing.txt')), 'NOT_FOUND');
    assert.equal(err.exitCode, 4);
  });

  it('a folder → NOT_FOUND', async () => {
    mkdirSync(inTmp('folder'), { recursive: true });
    await expectInputError(() => readSource(inTmp('folder')), 'NOT_FOUND');
  });

  it('a file over 50 MB → TOO_LARGE from its size alone (sparse file, not read)', async () => {
    const big = inTmp('big.txt');
    writeFileSync(big, '');
    truncateSync(big, DEFAULT_MAX_BYTES + 1);
    const err = await expectInputError(() => readSource(big), 'TOO_LARGE');
    assert.equal(err.exitCode, 3);
    rmSync(big);
  });

  it('maxBytes lowers the limit', async () => {
    await expectInputError(() => readSource(fixture('long-sentence.txt'), { maxBytes: 1000 }), 'TOO_LARGE');
  });

  it('endless stdin → TOO_LARGE at the cap', async () => {
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += 65536;
        this.push(Buffer.alloc(65536, 'a'));
      },
    });
    await expectInputError(() => readSource('-', { stdin: endless, maxBytes: 1024 * 1024 }), 'TOO_LARGE');
    assert.ok(sent < 4 * 1024 * 1024, `read ${sent} bytes`);
  });

  it('stdin: empty → EMPTY, binary → BINARY', async () => {
    await expectInputError(() => readSource('-', { stdin: streamOf('') }), 'EMPTY');
    await expectInputError(() => readSource('-', { stdin: streamOf(fixtureBytes('binary.bin')) }), 'BINARY');
  });

  it('published/outlet options override the input', async () => {
    const a = await readSource(fixture('article.json'), { published: '2024-01-02', outlet: 'Other' });
    assert.equal(a.published, '2024-01-02');
    assert.equal(a.outlet, 'Other');
  });

  it('readAll: one article for a single-article file, one error for a missing one', async () => {
    const got: string[] = [];
    for await (const r of readAll(fixture('article.txt'))) got.push('article' in r ? 'ok' : r.error.code);
    for await (const r of readAll(inTmp('missing.txt'))) got.push('article' in r ? 'ok' : r.error.code);
    for await (const r of readAll(fixture('french.txt'))) got.push('article' in r ? 'ok' : r.error.code);
    assert.deepEqual(got, ['ok', 'NOT_FOUND', 'NOT_ENGLISH']);
  });

  it('readAll: JSON lines on stdin, recognised by content', async () => {
    const jsonl = '{"text": "The army said the rebels shelled the town of Karvan on Monday, killing four."}\n{"text": "Aid groups said hundreds of families had fled the town since the weekend."}\n';
    const got: string[] = [];
    for await (const r of readAll('-', { stdin: streamOf(jsonl) })) got.push('article' in r ? r.article.format : r.error.code);
    assert.deepEqual(got, ['json', 'json']);
  });

  it('readAll: format jsonl / rss forces the many-article readers', async () => {
    writeFileSync(inTmp('lines.txt'), fixtureBytes('articles.jsonl'));
    writeFileSync(inTmp('feed.txt'), fixtureBytes('feed.rss'));
    let n = 0;
    for await (const r of readAll(inTmp('lines.txt'), { format: 'jsonl' })) if ('article' in r) n++;
    for await (const r of readAll(inTmp('feed.txt'), { format: 'rss' })) if ('article' in r) n++;
    assert.equal(n, 3 + 3);
  });
});
