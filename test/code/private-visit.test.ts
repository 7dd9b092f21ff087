import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Visits are CONSULT events only with a political actor on one side (src/enrich/private-visit.ts); a visit to no one
 * named needs a visitor of a known state. Sentences written for this test. [text, CONSULT expected]
 */
const CASES: [string, boolean][] = [
  ['The Qatari emir visited Tehran on Sunday.', true],
  ['Sergei Lavrov arrived in Pyongyang on Tuesday.', true],
  ['Saudi Foreign Minister Faisal bin Farhan arrived in Jeddah.', true],
  ['Chinese Foreign Minister Wang Yi is visiting Pakistan this week.', true],
  ['Governor Hochul visited the site of the fire in Brooklyn.', false],
  ['Scott Miller, a county extension agent, visited the elementary school on Wednesday.', false],
  ['Chu visited the family in August and said the kids were a joy.', false],
  ['Forty students traveled to Guatemala for the summer.', false],
];

for (const [text, want] of CASES) {
  test(`visit: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:private-visit' }, { published: '2024-05-10' });
    const has = doc.events.some((e) => e.codes.plover.type === 'CONSULT');
    assert.equal(has, want, JSON.stringify(doc.events.map((e) => [e.codes.plover.type, e.actors.map((a) => [a.text, a.sector, a.country])])));
  });
}

test('a demonym that is also the people\'s name owns a title as its state (sector of the title)', () => {
  for (const text of ['Chinese Foreign Minister Wang Yi is visiting Pakistan this week.', 'Sudanese President Omar al-Bashir arrived in Cairo.']) {
    const doc = analyzeDoc({ text, url: 'test:private-visit' });
    const a = doc.events.flatMap((e) => e.actors)[0];
    assert.ok(a, text);
    assert.equal(a.sector, 'GOV', text);
  }
});
