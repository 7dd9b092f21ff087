import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { joinNorms, joinTexts } from '../../src/pipeline/token-join.js';

// the slice/map/join forms the helpers replace, as the reference
const sliceNorms = (text: string, a: number, b: number): string => tokenize(text).slice(a, b).map((x) => x.norm).join(' ');
const sliceTexts = (text: string, a: number, b: number): string => tokenize(text).slice(a, b).map((x, n) => (n > 0 && x.space ? ' ' : '') + x.text).join('');

const cases: [string, number, number][] = [
  ['The USS Carney shot down three drones.', 0, 3],
  ['The USS Carney shot down three drones.', 1, 3],
  ['Iran-backed militias fired rockets.', 0, 3],
  ['He said: “we will respond” — later.', 2, 8],
  ['One word', 0, 1],
  ['Nothing in range', 2, 2],
  ['Reversed range', 2, 1],
  ['Past the end', 1, 2],
];
for (const [text, a, b] of cases) {
  test(`joinNorms and joinTexts equal slice/map/join: ${JSON.stringify(text)} [${a}, ${b})`, () => {
    const tokens = tokenize(text);
    assert.equal(joinNorms(tokens, a, b), sliceNorms(text, a, b));
    assert.equal(joinTexts(tokens, a, b), sliceTexts(text, a, b));
  });
}
