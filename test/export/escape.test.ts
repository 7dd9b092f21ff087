import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, tsvField, csvRow } from '../../src/export/index.js';
import { parseCsv } from './csv-parse.js';

const cases: Array<[unknown, string, string]> = [
  // value, csv, tsv
  ['plain', 'plain', 'plain'],
  ['a,b', '"a,b"', 'a,b'],
  ['say "hi"', '"say ""hi"""', 'say "hi"'],
  ['two\nlines', '"two\nlines"', 'two lines'],
  ['cr\r\nlf', '"cr\r\nlf"', 'cr  lf'],
  ['tab\there', 'tab\there', 'tab here'],
  [' padded ', '" padded "', ' padded '],
  [null, '', ''],
  [undefined, '', ''],
  [3.5, '3.5', '3.5'],
  [NaN, '', ''],
  ['', '', ''],
  ['مرحبا, عالم', '"مرحبا, عالم"', 'مرحبا, عالم'],
];

for (const [value, csv, tsv] of cases) {
  test(`escape ${JSON.stringify(value)}`, () => {
    assert.equal(csvField(value as string), csv);
    assert.equal(tsvField(value as string), tsv);
  });
}

test('csv rows round-trip through a parser', () => {
  const values = cases.map(([v]) => v as string);
  const parsed = parseCsv(csvRow(values) + csvRow(['x', 'y']));
  assert.equal(parsed.length, 2);
  assert.deepEqual(parsed[0], values.map((v) => (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : String(v))));
});
