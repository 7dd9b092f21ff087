import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { MAX_SEGMENT_TOKENS, splitSentences } from '../../src/segment/sentences.js';
import { analyzeDoc } from '../../src/index.js';

/**
 * Text with no sentence end is cut into sentences of at most MAX_SEGMENT_TOKENS tokens (src/segment/sentences.ts
 * cutPoint): after the last ';' of the stretch's second half, else its last ',', else at the limit. Own text.
 */
const WORDS = ['militants', 'attacked', 'a', 'checkpoint', 'near', 'the', 'town', 'and', 'fled', 'north'];
function words(n: number, every = 0, mark = ','): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(WORDS[k % WORDS.length]! + (every > 0 && (k + 1) % every === 0 ? mark : ''));
  return out.join(' ');
}

const CASES: { name: string; text: string; lengths: number[]; lastTokens: string[]; cuts: number }[] = [
  // [sentence lengths in tokens] and the last token of each sentence
  { name: 'no punctuation: cut at the limit', text: words(1200), lengths: [500, 500, 200], lastTokens: ['north', 'north', 'north'], cuts: 2 },
  // a comma after every 40th word: the last comma before the limit (word 480 → token 491)
  { name: 'commas: cut after the last comma of the second half', text: words(600, 40), lengths: [492, 123], lastTokens: [',', ','], cuts: 1 },
  // one ';' after word 300, commas later: the semicolon wins
  { name: 'a semicolon wins over later commas', text: words(300, 300, ';') + ' ' + words(300, 40), lengths: [301, 307], lastTokens: [';', 'north'], cuts: 1 },
  // a comma in the first half only does not count: cut at the limit
  { name: 'a comma in the first half only: cut at the limit', text: words(100, 100) + ' ' + words(500), lengths: [500, 101], lastTokens: ['fled', 'north'], cuts: 1 },
  { name: 'a long real sentence under the limit is not cut', text: words(450) + '.', lengths: [451], lastTokens: ['.'], cuts: 0 },
];

for (const c of CASES) {
  test(`long sentences: ${c.name}`, () => {
    const tokens = tokenize(c.text);
    let cuts = 0;
    const sentences = splitSentences(tokens, c.text, () => { cuts++; });
    assert.deepEqual(sentences.map((s) => s.tokenEnd - s.tokenStart), c.lengths);
    assert.deepEqual(sentences.map((s) => tokens[s.tokenEnd - 1]!.text), c.lastTokens);
    assert.equal(cuts, c.cuts);
    assert.ok(sentences.every((s) => s.tokenEnd - s.tokenStart <= MAX_SEGMENT_TOKENS));
    assert.equal(sentences.at(-1)!.tokenEnd, tokens.length);
  });
}

test('long sentences: analyze warns that the text was cut', () => {
  const doc = analyzeDoc(words(1200));
  assert.ok(doc.warnings.some((w) => w.startsWith('no sentence end for over 500 tokens') && w.includes('2 cuts')), doc.warnings.join('; '));
  assert.ok(!analyzeDoc(words(450) + '.').warnings.some((w) => w.startsWith('no sentence end')));
});
