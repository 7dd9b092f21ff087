import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaOf, unambiguous } from '../../src/resolve/geo-disambiguate.js';
import type { GeoCandidate } from '../../src/resolve/gazetteer.js';

function cand(entry: string, country: string | null, prior: number, featureCode = 'PPL', admin1: string | null = null): GeoCandidate {
  return {
    entry, country, prior, featureCode, admin1, kind: 'city', iso2: null, nameCase: 'cap', surface: entry, name: entry,
    lat: 0, lon: 0, precision: 'city', alternatives: 0, population: null,
  } as GeoCandidate;
}

/** The former definition (sorted copy): the one-pass version must agree with it. */
function reference(cands: GeoCandidate[], margin = 2): GeoCandidate | null {
  const sorted = [...cands].sort((a, b) => b.prior - a.prior);
  if (sorted.some((c) => c.featureCode !== 'CSC')) for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.featureCode === 'CSC') sorted.splice(i, 1);
  const top = sorted[0];
  if (!top) return null;
  const rival = sorted.find((c) => c.country !== top.country);
  return !rival || top.prior - rival.prior >= margin ? top : null;
}

const CASES: [label: string, cands: GeoCandidate[], want: string | null][] = [
  ['empty', [], null],
  ['one reading', [cand('a', 'SYR', 1)], 'a'],
  ['clear lead over another country', [cand('b', 'USA', 3), cand('a', 'SYR', 6)], 'a'],
  ['lead too small', [cand('a', 'SYR', 6), cand('b', 'USA', 5)], null],
  ['same country does not count as a rival', [cand('a', 'SYR', 6), cand('b', 'SYR', 5.9)], 'a'],
  ['ties keep the first of highest prior', [cand('a', 'SYR', 6), cand('b', 'SYR', 6)], 'a'],
  ['a CSC rival is ignored beside GeoNames readings', [cand('a', 'SYR', 6), cand('c', 'USA', 5.5, 'CSC')], 'a'],
  ['a CSC top is ignored beside GeoNames readings', [cand('c', 'USA', 9, 'CSC'), cand('a', 'SYR', 6)], 'a'],
  ['only CSC readings count among themselves', [cand('c', 'USA', 9, 'CSC'), cand('d', 'SYR', 8.5, 'CSC')], null],
  ['null country is a rival of a country', [cand('a', 'SYR', 6), cand('r', null, 5)], null],
];

test('unambiguous: the top reading beats every reading of another country by the margin', () => {
  for (const [label, cands, want] of CASES) {
    assert.equal(unambiguous(cands)?.entry ?? null, want, label);
    assert.equal(unambiguous(cands), reference(cands), `${label} (reference)`);
    assert.equal(unambiguous(cands, 0.5), reference(cands, 0.5), `${label} (margin 0.5)`);
  }
});

test('unambiguous agrees with the sorted definition on random lists', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const countries = ['SYR', 'USA', 'IRQ', null];
  for (let n = 0; n < 2000; n++) {
    const cands = Array.from({ length: Math.floor(rnd() * 6) }, (_, i) =>
      cand(`e${i}`, countries[Math.floor(rnd() * 4)]!, Math.round(rnd() * 8) / 2, rnd() < 0.3 ? 'CSC' : 'PPL'));
    assert.equal(unambiguous(cands), reference(cands), JSON.stringify(cands.map((c) => [c.country, c.prior, c.featureCode])));
  }
});

const AREAS: [country: string | null, admin1: string | null, want: string][] = [
  ['SYR', 'Aleppo', 'SYR|Aleppo'],
  ['USA', 'Minnesota', 'USA|Minnesota'],
  ['SYR', null, 'SYR|null'],
  [null, null, 'null|null'],
];

test('areaOf: the "ISO3|admin1" key, one string per area', () => {
  for (const [country, admin1, want] of AREAS) {
    assert.equal(areaOf({ country, admin1 }), want);
    assert.equal(areaOf({ country, admin1 }), `${country}|${admin1}`);
  }
});
