import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, type Mention, type NumberData } from '../../src/pipeline/doc.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { SentenceContext } from '../../src/code/context.js';

/** A document whose number layer is given by token ranges, in the order listed (possibly not text order). */
function docWith(text: string, ranges: [number, number][]): Doc {
  const doc = new Doc({ id: 't', text, title: null, url: null, published: null, outlet: null, origin: 'test', format: 'text' });
  doc.tokens = tokenize(text);
  doc.sentences = [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: doc.tokens.length }];
  doc.numbers = ranges.map(([a, b]): Mention<NumberData> => ({
    start: doc.tokens[a]!.start, end: doc.tokens[b - 1]!.end, tokenStart: a, tokenEnd: b, sentence: 0,
    text: text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end), entry: `num:${a}`,
    data: { value: a, min: null, max: null, approximate: false, ordinal: false, unit: null },
  }));
  return doc;
}

// SentenceContext slices each layer (sorted by start) and indexes it by token on first use; the layer's
// own order must not matter, and a layer that grows between two contexts is read again.
const cases: { name: string; ranges: [number, number][]; from: number; to: number; slice: string[]; at: Record<number, string | undefined> }[] = [
  { name: 'in text order', ranges: [[0, 1], [3, 4], [6, 8]], from: 0, to: 9, slice: ['num:0', 'num:3', 'num:6'], at: { 0: 'num:0', 1: undefined, 7: 'num:6', 8: undefined } },
  { name: 'out of order', ranges: [[6, 8], [0, 1], [3, 4]], from: 0, to: 9, slice: ['num:0', 'num:3', 'num:6'], at: { 3: 'num:3', 6: 'num:6' } },
  { name: 'window cuts a mention', ranges: [[0, 1], [3, 4], [6, 8]], from: 2, to: 7, slice: ['num:3'], at: { 0: undefined, 3: 'num:3', 6: undefined, 7: undefined } },
  { name: 'empty layer', ranges: [], from: 0, to: 9, slice: [], at: { 0: undefined, 4: undefined } },
];

for (const c of cases) {
  test(`SentenceContext: ${c.name}`, () => {
    const doc = docWith('1 a b 2 c d 3 4 e', c.ranges);
    const ctx = new SentenceContext(doc, 0, c.from, c.to);
    assert.deepEqual(ctx.numbers.map((m) => m.entry), c.slice);
    for (const [k, want] of Object.entries(c.at)) assert.equal(ctx.number(Number(k))?.entry, want, `token ${k}`);
  });
}

test('SentenceContext: a layer that grew is sliced again', () => {
  const doc = docWith('1 a b 2 c d 3 4 e', [[0, 1]]);
  assert.equal(new SentenceContext(doc, 0, 0, 9).numbers.length, 1);
  const extra = docWith('1 a b 2 c d 3 4 e', [[3, 4]]).numbers[0]!;
  doc.numbers.push(extra);
  assert.deepEqual(new SentenceContext(doc, 0, 0, 9).numbers.map((m) => m.entry), ['num:0', 'num:3']);
});
