import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantCountry, emptyContext } from '../../src/resolve/geo-disambiguate.js';

/** dominantCountry finds the top two in one pass: it must agree with a stable sort, ties included. */
function reference(strong: [string, number][], votes: [string, number][]): string | null {
  const total = new Map<string, number>();
  for (const [k, v] of strong) total.set(k, (total.get(k) ?? 0) + 2 * v);
  for (const [k, v] of votes) total.set(k, (total.get(k) ?? 0) + v);
  const [top, second] = [...total].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < 3) return null;
  return !second || top[1] >= 1.5 * second[1] ? top[0] : null;
}

const CASES: [strong: [string, number][], votes: [string, number][], want: string | null][] = [
  [[], [], null],
  [[['YEM', 1]], [['YEM', 1]], 'YEM'],
  [[['YEM', 1]], [], null], // 2 < 3
  [[['SYR', 2], ['IRQ', 2]], [], null], // a tie
  [[['SYR', 2], ['IRQ', 1]], [['IRQ', 1]], null], // 4 against 3
  [[['SYR', 3], ['IRQ', 1]], [['LBN', 2]], 'SYR'], // 6 against 2
  [[['USA', 0.5]], [['USA', 3], ['MEX', 1]], 'USA'],
  [[], [['A', 5], ['B', 3], ['C', 5]], null],
  [[], [['A', 3], ['B', 6], ['C', 3]], 'B'],
];

for (const [strong, votes, want] of CASES) {
  test(`dominantCountry(${JSON.stringify(strong)}, ${JSON.stringify(votes)}) = ${want}`, () => {
    const ctx = emptyContext();
    for (const [k, v] of strong) ctx.strong.set(k, v);
    for (const [k, v] of votes) ctx.countryVotes.set(k, v);
    assert.equal(reference(strong, votes), want);
    assert.equal(dominantCountry(ctx), want);
  });
}

test('dominantCountry agrees with the stable sort on many random tallies', () => {
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let round = 0; round < 2000; round++) {
    const strong: [string, number][] = [];
    const votes: [string, number][] = [];
    for (let k = rnd(5); k > 0; k--) strong.push([`C${rnd(6)}`, rnd(4) / 2]);
    for (let k = rnd(6); k > 0; k--) votes.push([`C${rnd(6)}`, rnd(5)]);
    const ctx = emptyContext();
    for (const [k, v] of strong) ctx.strong.set(k, v);
    for (const [k, v] of votes) ctx.countryVotes.set(k, v);
    // the Maps keep the last value of a repeated key: the reference reads the Maps' entries too
    assert.equal(dominantCountry(ctx), reference([...ctx.strong], [...ctx.countryVotes]));
  }
});
