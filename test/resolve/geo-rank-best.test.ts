import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { placeKey } from '../../src/resolve/gazetteer-key.js';
import { emptyContext, rank, rankBest, type Evidence, type GeoContext } from '../../src/resolve/geo-disambiguate.js';

/**
 * rankBest (geo-disambiguate.ts), which the recogniser asks unless explaining, gives what rank(…)[0] gives: the same
 * reading and score, ties going to the earlier reading as the stable sort puts them. Names with many readings, with a
 * unit word, a comma hint and in brackets, in an empty context and one that points to a country and a state.
 */
const NAMES = ['Washington', 'Alexandria', 'Aleppo', 'Georgia', 'San Jose', 'Tripoli', 'Al Jawf', 'Cordoba', 'Springfield', 'Paris'];

function pointed(): GeoContext {
  const ctx = emptyContext();
  ctx.strong.set('USA', 3);
  ctx.strongKeys.set('USA', new Set(['texas']));
  ctx.weak.set('SYR', 2);
  ctx.countryVotes.set('USA', 3);
  ctx.admin1Votes.set('USA|Texas', 2);
  ctx.dominant = 'USA';
  return ctx;
}

const EVIDENCE: [label: string, ev: (key: string) => Evidence][] = [
  ['bare', (key) => ({ suffix: null, hint: null, key })],
  ['province', (key) => ({ suffix: 'admin1', hint: null, key })],
  ['city', (key) => ({ suffix: 'city', hint: null, key })],
  ['hint', (key) => ({ suffix: null, hint: { admin1: 'Texas', country: 'USA' }, key })],
  ['bracketed', (key) => ({ suffix: null, hint: null, key, bracketed: true })],
];

for (const name of NAMES) {
  test(`rankBest agrees with rank()[0] for "${name}"`, () => {
    const g = gazetteer();
    const cands = g.candidates(placeKey(name));
    assert.ok(cands.length > 0);
    for (const ctx of [emptyContext(), pointed()]) {
      for (const [label, ev] of EVIDENCE) {
        const top = rank(cands, ev(placeKey(name)), ctx)[0]!;
        const best = rankBest(cands, ev(placeKey(name)), ctx);
        assert.equal(best.c, top.c, label);
        assert.equal(best.s, top.s, label);
      }
    }
  });
}
