import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonl, type JsonlResult } from '../../src/read/jsonl.js';
import { readAll } from '../../src/read/source.js';
import { expectInputError, fixture, streamOf } from './helpers.js';

async function collect(it: AsyncIterable<JsonlResult>): Promise<JsonlResult[]> {
  const out: JsonlResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

const line = (text: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ text, ...extra });
const t1 = 'Rebel forces shelled the northern town of Karvan on Monday, killing at least four civilians, officials said.';
const t2 = 'Government troops said they had retaken two villages on the road to the provincial capital on Sunday.';

describe('jsonl reader', () => {
  it('yields articles and per-line errors with line numbers (fixture)', async () => {
    const rs = await collect(readJsonl(fixture('articles.jsonl')));
    assert.deepEqual(rs.map((r) => ('article' in r ? `ok:${r.line}` : `${r.error.code}:${r.line}`)), ['ok:1', 'ok:2', 'BAD_JSON:4', 'BAD_JSON:5', 'BAD_JSON:6', 'ok:7']);
    const err = rs[2];
    assert.ok(err && 'error' in err && err.error.source === fixture('articles.jsonl') && err.error.line === 4);
    const first = rs[0];
    assert.ok(first && 'article' in first && first.article.origin === fixture('articles.jsonl') + ':1');
  });

  it('reads from a stream, across chunk boundaries, with CRLF, BOM and no final newline', async () => {
    const all = '\ufeff' + line(t1) + '\r\n' + line(t2);
    const chunks = [...Buffer.from(all)].map((b) => Buffer.from([b])); // one byte per chunk
    const rs = await collect(readJsonl(streamOf(...chunks)));
    assert.equal(rs.length, 2);
    assert.ok(rs.every((r) => 'article' in r));
    const r0 = rs[0];
    assert.ok(r0 && 'article' in r0 && r0.article.origin === 'stdin:1');
  });

  const bad: [string, string, string][] = [
    ['binary bytes', '', 'BINARY'],
    ['empty text', line('  '), 'EMPTY'],
    ['non-English', line('Les forces rebelles ont bombardé lundi la ville de Karvan, tuant au moins quatre civils et blessant une douzaine d’autres, selon les autorités locales du pays.'), 'NOT_ENGLISH'],
  ];
  for (const [name, input, code] of bad) {
    it(`bad line (${name}) → ${code} on line 2, reading goes on`, async () => {
      const bytes = name === 'binary bytes' ? Buffer.from([1, 2, 3, 4, 5, 0x7b, 0x7d]) : Buffer.from(input);
      const rs = await collect(readJsonl(streamOf(line(t1) + '\n', bytes, '\n' + line(t2) + '\n')));
      assert.deepEqual(rs.map((r) => ('article' in r ? 'ok' : `${r.error.code}:${r.line}`)), ['ok', `${code}:2`, 'ok']);
    });
  }

  it('an over-long line → TOO_LARGE for that line only', async () => {
    const long = line(t1 + ' ' + 'x'.repeat(5000));
    const rs = await collect(readJsonl(streamOf(long + '\n' + line(t2) + '\n'), { maxBytes: 1000 }));
    assert.deepEqual(rs.map((r) => ('article' in r ? 'ok' : `${r.error.code}:${r.line}`)), ['TOO_LARGE:1', 'ok']);
  });

  it('missing file → NOT_FOUND', async () => {
    await expectInputError(() => collect(readJsonl(fixture('nope.jsonl'))), 'NOT_FOUND');
  });

  it('readAll on a .jsonl path streams it', async () => {
    let ok = 0;
    let bad = 0;
    for await (const r of readAll(fixture('articles.jsonl'))) 'article' in r ? ok++ : bad++;
    assert.deepEqual([ok, bad], [3, 3]);
  });
});
