import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate } from '../../src/read/dates.js';

const cases: [unknown, string | null][] = [
  ['2024-03-11', '2024-03-11'],
  ['2024-03-11T08:30:00+02:00', '2024-03-11T08:30:00+02:00'],
  ['2024-03-11 08:30:00', '2024-03-11T08:30:00'],
  ['  2024-03-11T08:30:00Z ', '2024-03-11T08:30:00Z'],
  ['Mon, 11 Mar 2024 08:30:00 +0200', '2024-03-11T08:30:00+02:00'],
  ['Mon, 11 Mar 2024 23:30:00 -0500', '2024-03-11T23:30:00-05:00'],
  ['Sun, 10 Mar 2024 12:00:00 GMT', '2024-03-10T12:00:00Z'],
  ['March 11, 2024', '2024-03-11T00:00:00.000Z'],
  [1710145800, '2024-03-11T08:30:00.000Z'],
  [1710145800000, '2024-03-11T08:30:00.000Z'],
  ['yesterday-ish', null],
  ['', null],
  [null, null],
  [{}, null],
  ['2024-13-45', null],
];

describe('normaliseDate', () => {
  for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(normaliseDate(input), expected));
});
