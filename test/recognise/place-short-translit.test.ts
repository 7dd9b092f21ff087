import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { looseSpelling } from '../../src/resolve/gazetteer-build.js';

/**
 * Names of only two skeleton consonants ("Baidha", "Serwah", "Seyun"): read by transliteration only before a unit
 * word, only as a close spelling (looseSpelling), and not when the document points only to another country
 * (src/recognise/place-match.ts shortTranslitAt, src/recognise/place-abroad.ts shortGuessAbroad).
 */
const SPELLINGS: [string, string][] = [
  ['baidha', 'bayda'], ['bayda', 'bayda'], ['serwah', 'sirwa'], ['sirwah', 'sirwa'], ['seyun', 'sayun'], ['sayun', 'sayun'],
  ['dhali', 'dali'], ['dhalie', 'dali'], ['qarn', 'karn'], ['mokha', 'muka'], ['souq', 'suk'],
];
for (const [key, want] of SPELLINGS) {
  test(`looseSpelling: ${key} → ${want}`, () => assert.equal(looseSpelling(key), want));
}

/** [text, place names (their countries) expected among the document's places, names that must not be places] */
const CASES: [string, [string, string][], string[]][] = [
  ['A roadside bomb wounded two soldiers in Baidha province on Tuesday.', [['Baidha province', 'YEM']], []],
  ['Warplanes struck a farm in Serwah district overnight.', [['Serwah district', 'YEM']], []],
  ['Gunmen shot at a police officer in Seyun town on Friday.', [['Seyun town', 'YEM']], []],
  // no unit word: two consonants are not enough
  ['Baidha said the talks would resume next week.', [], ['Baidha']],
  // a different spelling with the same two consonants is no reading (Sihar is not Sohar)
  ['Artillery shells fell on Sihar district.', [], ['Sihar district']],
  // the document points to India only: a Pakistani guess is dropped (Payal is read as no place)
  ['Farmers protested in Payal town near Ludhiana, in Indian Punjab.', [], ['Payal town']],
];
for (const [text, want, not] of CASES) {
  test(`short transliteration: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-short-translit' }, { published: '2022-01-10' });
    const got = doc.places.map((p) => [p.text, p.data.country] as [string, string | null]);
    for (const w of want) assert.ok(got.some((g) => g[0] === w[0] && g[1] === w[1]), JSON.stringify(got));
    for (const n of not) assert.ok(!got.some((g) => g[0] === n), JSON.stringify(got));
  });
}
