import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths.js';
import { Analysis } from '../../src/model/analysis.js';

/** `sitrep analyze` as a user runs it: the real CLI in a child process, good and bad input. */
const cli = join(packageRoot, 'dist', 'src', 'cli', 'main.js');
const example = join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, 'analyze', ...args], { input, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

test('the example article: json validates against the schema', () => {
  const r = run([example, '--published', '2023-10-24', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const a = Analysis.parse(JSON.parse(r.out));
  assert.ok(a.events.length >= 9);
  assert.equal(a.lulls.length, 1);
});

test('the example article: table, jsonl, plover and --explain', () => {
  const table = run([example, '--published', '2023-10-24', '--format', 'table']);
  assert.equal(table.code, 0);
  assert.match(table.out, /ASSAULT/);
  assert.match(table.out, /Quotes/);
  assert.match(table.out, /Lulls and truces/);
  const jsonl = run([example, '--published', '2023-10-24', '--format', 'jsonl']);
  const kinds = new Set(jsonl.out.trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type));
  assert.deepEqual([...kinds].sort(), ['event', 'lull', 'quote']);
  const plover = run([example, '--published', '2023-10-24', '--format', 'plover']);
  const first = JSON.parse(plover.out.trim().split('\n')[0]!) as Record<string, unknown>;
  assert.ok(first['event_type'] && first['source'] && first['text']);
  const explain = run([example, '--published', '2023-10-24', '--format', 'table', '--explain']);
  assert.match(explain.out, /Rules that fired/);
  assert.match(explain.out, /trigger:assault\./);
});

test('stdin and a JSON article', () => {
  const r = run(['-', '--published', '2024-03-12', '--format', 'json'], 'Israeli forces arrested five Palestinians in Jenin on Monday.');
  assert.equal(r.code, 0, r.err);
  assert.equal((JSON.parse(r.out) as { events: unknown[] }).events.length, 1);
  const j = file('a.json', JSON.stringify({ text: 'Hezbollah fired rockets at northern Israel.', published: '2024-03-12', outlet: 'Reuters' }));
  const r2 = run([j, '--format', 'json']);
  assert.equal(r2.code, 0, r2.err);
  assert.equal((JSON.parse(r2.out) as { article: { outlet: string } }).article.outlet, 'Reuters');
});

const bad: { name: string; make: () => string; code: number; message: RegExp }[] = [
  { name: 'empty file', make: () => file('empty.txt', ''), code: 3, message: /EMPTY/ },
  { name: 'binary file', make: () => file('bin.dat', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7])), code: 3, message: /BINARY/ },
  { name: 'HTML with no article text', make: () => file('nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'), code: 3, message: /NO_TEXT/ },
  { name: 'non-English text', make: () => file('de.txt', 'Der Bundeskanzler hat heute in Berlin eine Rede gehalten und über die Lage gesprochen, sagte ein Sprecher der Regierung. '.repeat(20)), code: 3, message: /NOT_ENGLISH/ },
  { name: 'invalid JSON', make: () => file('bad.json', '{"text": '), code: 3, message: /BAD_JSON/ },
  { name: 'missing file', make: () => join(dir, 'nope.txt'), code: 4, message: /NOT_FOUND/ },
  {
    name: 'a file over 50 MB',
    make: () => {
      const p = join(dir, 'big.txt');
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 51 * 1024 * 1024);
      closeSync(fd);
      return p;
    },
    code: 3,
    message: /TOO_LARGE/,
  },
];

for (const b of bad) {
  test(`bad input, clear message and exit code: ${b.name}`, () => {
    const r = run([b.make(), '--format', 'json']);
    assert.equal(r.code, b.code, r.err);
    assert.match(r.err, b.message);
    assert.equal(r.out, '');
  });
}

test('hostile text through the CLI: a 10,000-word sentence and unbalanced quotes finish with warnings', () => {
  const long = file('long.txt', Array.from({ length: 10_000 }, (_, i) => (i % 40 === 0 ? 'militants attacked the village' : 'and')).join(' ') + '.');
  const r = run([long, '--published', '2024-03-12', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  assert.ok((JSON.parse(r.out) as { warnings: string[] }).warnings.some((w) => w.startsWith('long sentence')));
  const quotes = file('quotes.txt', 'The minister said \u201cwe will respond to any attack. '.repeat(300));
  const q = run([quotes, '--published', '2024-03-12', '--format', 'json']);
  assert.equal(q.code, 0, q.err);
  assert.ok((JSON.parse(q.out) as { warnings: string[] }).warnings.some((w) => w.includes('unbalanced')));
});

test('usage errors exit 2', () => {
  assert.equal(run([]).code, 2);
  assert.equal(run([example, '--format', 'xml']).code, 2);
  assert.equal(run([example, '--published', 'yesterday']).code, 2);
  assert.equal(run([example, '--no-such-flag']).code, 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
