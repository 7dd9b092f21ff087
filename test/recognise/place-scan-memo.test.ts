import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { unambiguous } from '../../src/resolve/geo-disambiguate.js';
import { clearReading, placeSpans, type PlaceSpan } from '../../src/recognise/place-match.js';
import { placeWords } from '../../src/recognise/place-words.js';

/**
 * The places stage's shortcuts must give what the long way gives (docs/PERFORMANCE.md, session 11, speed15): a scan
 * confined to the unblocked stretch of a sentence, the unit words in one Map, the clear reading once per span. Own
 * sentences.
 */

/** What a span says, without the object identities. */
function shape(sp: PlaceSpan): unknown {
  return { ...sp, candidates: sp.candidates.map((c) => c.entry), mismatch: sp.mismatch?.unit.entry, clear: undefined };
}

const CONFINED: [string, string][] = [
  // [sentence, the words left unblocked (a stretch of the sentence)]
  ['School boards in Barrow, Jackson and Madison counties closed on Monday.', 'Barrow, Jackson and Madison'],
  ['Police said the Mayor of New London met residents of Al Mukalla in Yemen.', 'Mayor of New London met'],
  ['Families fled to the Zaatari refugee camp near Mafraq, Jordan, officials said.', 'Zaatari refugee'],
  ['The Athens Police Department said Springfield, Ill. was calm.', 'Springfield, Ill.'],
];

for (const [text, stretch] of CONFINED) {
  test(`placeSpans confined to "${stretch}" finds what the whole-sentence scan finds`, () => {
    const g = gazetteer();
    const w = placeWords(g);
    const doc = analyzeDoc({ text, url: 'test:place-scan-confined' });
    const at = text.indexOf(stretch);
    const from = doc.tokens.findIndex((t) => t.start >= at);
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to]!.end <= at + stretch.length) to++;
    assert.ok(to > from + 0, 'the stretch has tokens');
    const blocked = (k: number) => k < from || k >= to;
    const whole = placeSpans(doc, g, w, 0, false, blocked).map(shape);
    const confined = placeSpans(doc, g, w, 0, false, blocked, { from, to }).map(shape);
    assert.deepEqual(confined, whole);
    assert.ok(whole.length > 0, 'some name in the stretch');
  });
}

test('the unit words read as the first of admin1, admin2, city that lists them', () => {
  const g = gazetteer();
  const w = placeWords(g);
  const sets = ['admin1', 'admin2', 'city'].map((k) => [k, g.words.get(k) ?? new Set<string>()] as const);
  let n = 0;
  for (const [, set] of sets) {
    for (const word of set) {
      const expected = sets.find(([, s]) => s.has(word))![0];
      assert.equal(w.suffix(word), expected, word);
      n++;
    }
  }
  assert.ok(n > 20);
  assert.equal(w.suffix('monday'), null);
});

test('clearReading is unambiguous() of the span, asked once', () => {
  const g = gazetteer();
  const doc = analyzeDoc({ text: 'Shelling hit Aleppo and Springfield while talks went on in Paris and Gaza City.', url: 'test:clear-reading' });
  const spans = placeSpans(doc, g, placeWords(g), 0, false, () => false);
  assert.ok(spans.length >= 3);
  for (const sp of spans) {
    assert.equal(sp.clear, undefined);
    assert.equal(clearReading(sp), unambiguous(sp.candidates));
    assert.notEqual(sp.clear, undefined);
    assert.equal(clearReading(sp), unambiguous(sp.candidates));
  }
});
