import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { normAt, tokenAt } from '../../src/pipeline/token-at.js';

const tokens = tokenize('Two SOLDIERS were killed.');
// [index, norm expected]: inside, before the first and past the last token
const cases: [number, string][] = [[0, 'two'], [1, 'soldiers'], [4, '.'], [5, ''], [9, ''], [-1, ''], [-3, '']];
for (const [i, norm] of cases) {
  test(`tokenAt and normAt at ${i} read like tokens[i] and tokens[i]?.norm ?? ''`, () => {
    assert.equal(normAt(tokens, i), norm);
    assert.equal(normAt(tokens, i), tokens[i]?.norm ?? '');
    assert.equal(tokenAt(tokens, i), tokens[i]);
  });
}
