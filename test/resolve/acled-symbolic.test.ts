import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symbolicBurns } from '../../src/resolve/acled-symbolic.js';

/** Symbolic burnings (src/resolve/acled-symbolic.ts): the token indexes of burn verbs with a symbolic object. [norms, indexes] */
const CASES: [string, number[]][] = [
  ['protesters burned the party flag outside', [1]],
  ['an effigy of the minister was burnt', []],
  ['flags were burned and a car burns', [2]],
  ['they burn an effigy and burning posters', [1, 5]],
  ['the burial followed a bombing that burned houses', []],
  ['', []],
];
for (const [text, want] of CASES) {
  test(`symbolic burns: ${text || '(empty)'}`, () => {
    const norms = text === '' ? [''] : text.split(' ');
    assert.deepEqual([...(symbolicBurns(norms) ?? [])], want);
  });
}
