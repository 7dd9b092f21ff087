import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPASS, compassOnly } from '../../src/recognise/place-match.js';

/** compassOnly (place-match.ts) answers as `key.split(' ').every((x) => COMPASS.has(x))` did, without the array. */
const KEYS = ['east', 'nord ouest', 'sud - ouest', 'north east', 'eastern', 'aleppo', 'east aleppo', 'aleppo east', 'central', '', ' ', 'east ', ' east', 'east  west', 'centre nord', 'northwest'];

for (const key of KEYS) {
  test(`compassOnly("${key}")`, () => {
    assert.equal(compassOnly(key), key.split(' ').every((x) => COMPASS.has(x)));
  });
}
