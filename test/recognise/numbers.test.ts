import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberStage } from '../../src/recognise/numbers.js';
import { timeStage } from '../../src/recognise/times.js';
import { outletStage } from '../../src/recognise/outlets.js';
import { digitsValue } from '../../src/recognise/number-parse.js';
import { docFor, sampleText, HOSTILE } from './layer-doc.js';

const STAGES = [outletStage, timeStage, numberStage];

/** [span, value, min, max, approximate, ordinal, unit, entry?] */
type Expect = [string, number, number | null, number | null, boolean, boolean, string | null, string?];

const CASES: [string, Expect[]][] = [
  // the reference article
  ['the Iran-backed Houthis launched five Iranian cruise missiles toward Israel last week,', [['five', 5, 5, 5, false, false, null, 'number:words']]],
  ['four of which were shot down by the USS Carney and the fifth by Saudi Arabia', [['four', 4, 4, 4, false, false, null], ['fifth', 5, 5, 5, false, true, null, 'number:ordinal']]],
  ['the release of the six American detainees in Iran', [['six', 6, 6, 6, false, false, null]]],
  ['in exchange for the $6 billion in funds', [['$6 billion', 6e9, 6e9, 6e9, false, false, 'USD', 'number:money']]],
  ['an undeclared truce — six months of zero attacks on U.S. troops', [['six months', 6, 6, 6, false, false, 'month', 'number:duration'], ['zero', 0, 0, 0, false, false, null]]],
  // digits and words
  ['1,000 people fled and 6.5 tonnes of aid arrived; 3 died.', [['1,000', 1000, 1000, 1000, false, false, null, 'number:digits'], ['6.5', 6.5, 6.5, 6.5, false, false, null], ['3', 3, 3, 3, false, false, null]]],
  ['twenty-three soldiers and three hundred and fifty civilians', [['twenty-three', 23, 23, 23, false, false, null], ['three hundred and fifty', 350, 350, 350, false, false, null]]],
  ['2 million people and 1.5m dollars', [['2 million', 2e6, 2e6, 2e6, false, false, null], ['1.5m dollars', 1.5e6, 1.5e6, 1.5e6, false, false, 'USD']]],
  // vague quantities: value is the lower bound
  ['a dozen rockets, dozens of wounded, hundreds of protesters, several soldiers', [
    ['a dozen', 12, 12, 12, true, false, null, 'number:vague.dozen'],
    ['dozens', 24, 24, null, true, false, null, 'number:vague.dozens'],
    ['hundreds', 200, 200, null, true, false, null],
    ['several', 3, 3, 9, true, false, null, 'number:vague.several'],
  ]],
  ['Tens of thousands were displaced.', [['Tens of thousands', 20000, 20000, null, true, false, null]]],
  // ranges and qualifiers
  ['three to five drones and 3-5 rockets', [['three to five', 3, 3, 5, true, false, null, 'number:range'], ['3-5', 3, 3, 5, true, false, null, 'number:range']]],
  ['between 10 and 12 people', [['between 10 and 12', 10, 10, 12, true, false, null, 'number:range']]],
  ['at least 4 people were killed', [['at least 4', 4, 4, null, true, false, null, 'number:at-least:digits']]],
  ['up to 20 drones', [['up to 20', 20, null, 20, true, false, null, 'number:up-to:digits']]],
  ['some 300 families', [['some 300', 300, 300, 300, true, false, null, 'number:about:digits']]],
  // money and percentages
  ['6 billion dollars, €3m and $5-6 billion', [['6 billion dollars', 6e9, 6e9, 6e9, false, false, 'USD'], ['€3m', 3e6, 3e6, 3e6, false, false, 'EUR'], ['$5-6 billion', 5e9, 5e9, 6e9, true, false, 'USD']]],
  ['prices rose 40% and five percent', [['40%', 40, 40, 40, false, false, '%', 'number:percent'], ['five percent', 5, 5, 5, false, false, '%']]],
  ['a 72-hour ceasefire on the 21st', [['72-hour', 72, 72, 72, false, false, 'hour'], ['21st', 21, 21, 21, false, true, null]]],
  // not numbers: pronoun "one", digits in names, dates
  ['No one was hurt when an F-16 and a Shahed-136 flew over.', []],
  ['It happened on 12 October 2022 and in 2019.', []],
  ['a a a the the', []],
];

for (const [text, expected] of CASES) {
  test(`numbers: ${text}`, () => {
    const doc = docFor(text, STAGES);
    const got = doc.numbers.map((m) => [m.text, m.data.value, m.data.min, m.data.max, m.data.approximate, m.data.ordinal, m.data.unit]);
    assert.deepEqual(got, expected.map((e) => e.slice(0, 7)));
    expected.forEach((e, k) => {
      if (e[7]) assert.equal(doc.numbers[k]!.entry, e[7]);
    });
  });
}

test('numbers: the reference article keeps 5, 4, 1 (the fifth), 6 detainees, $6 billion, 6 months', (t) => {
  const text = sampleText();
  if (!text) return t.skip('shared sample not present');
  const doc = docFor(text, STAGES);
  assert.deepEqual(doc.numbers.map((m) => `${m.text}=${m.data.value}${m.data.unit ? ' ' + m.data.unit : ''}`), [
    'five=5', 'four=4', 'fifth=5', 'six months=6 month', 'zero=0', 'six=6', '$6 billion=6000000000 USD',
  ]);
});

test('digitsValue: grouping and decimals', () => {
  assert.equal(digitsValue('1,000'), 1000);
  assert.equal(digitsValue('1,000,000.5'), 1000000.5);
  assert.equal(digitsValue('1,00'), null);
  assert.equal(digitsValue('1'.repeat(40)), null);
});

for (const [name, text] of HOSTILE) {
  test(`numbers: hostile input (${name}) is read in one pass`, () => {
    const doc = docFor(text, STAGES);
    assert.ok(doc.numbers.length <= doc.tokens.length);
  });
}
