import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A demonym an independent country shares with a dependency is the independent country's ("American": the USA, not
 * the Northern Mariana Islands; gazetteer build, cache v37), so "American" is a toponym of a story naming the U.S.
 * (place-demonym.ts); "Native American", "Latin American" and "African-American" name peoples, not the country, while
 * "Russian-American" names two. [text, demonym toponyms as text@country]
 */
const CASES: [string, string[]][] = [
  ['The U.S. Senate met in Washington, and American farmers protested outside.', ['American@USA']],
  ['Russian-American talks in Geneva ended, the U.S. and Russia said.', ['Russian@RUS', 'American@USA']],
  // peoples, not the country
  ['Native American leaders met U.S. officials in Phoenix.', []],
  ['Latin American ministers met U.S. officials in Miami.', []],
  ['The U.S. census counts African-American residents of Atlanta.', []],
  // a lower-case direction before the demonym still names the country (session 12: the people heads must be capitalised)
  ['Shells hit the central Syrian city of Homs, Syria\'s army said.', ['Syrian@SYR']],
];

for (const [text, want] of CASES) {
  test(`demonym of a sovereign country: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-demonym-sovereign' }, { published: '2022-01-10' });
    const demonyms = doc.placeNames.filter((p) => p.data.precision === 'country' && /an$/.test(p.text)).map((p) => `${p.text}@${p.data.country}`);
    assert.deepEqual(demonyms, want);
  });
}
