import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseActors } from '../../src/recognise/actor-run.js';

/**
 * Leaders, politicians and lawmakers of the opposition are the opposition (sector OPP), not the government (GOV) that
 * "leaders" alone names; armed opposition fighters stay armed. [text, words, sector, country or null]
 */
const CASES: [string, string, string, string | null][] = [
  ['Opposition leaders called for a general strike.', 'Opposition leaders', 'OPP', null],
  ['Zambian opposition leaders rejected the results.', 'Zambian opposition leaders', 'OPP', 'ZMB'],
  ['Police detained an opposition politician on Friday.', 'opposition politician', 'OPP', null],
  ['Opposition lawmakers walked out of the chamber.', 'Opposition lawmakers', 'OPP', null],
  ['The leaders met in Geneva.', 'leaders', 'GOV', null],
];

test('opposition leaders are the opposition', () => {
  for (const [text, words, sector, country] of CASES) {
    const doc = recogniseActors(text);
    const at = text.indexOf(words);
    const m = doc.actors.find((x) => x.start === at && x.text === words);
    if (words === 'leaders' && !m) continue; // a weak noun alone may be no actor
    assert.ok(m, `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.data.sector]))}`);
    assert.equal(m.data.sector, sector, text);
    assert.equal(m.data.country, country, text);
  }
});
