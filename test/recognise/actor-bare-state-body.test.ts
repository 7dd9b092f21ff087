import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseActors } from '../../src/recognise/actor-run.js';
import { analyzeDoc } from '../../src/analyze.js';
import { RULE_BARE_BODY } from '../../src/recognise/actor-rules/bare-state-body.js';

/**
 * A state body named with no country takes the country the text is about (src/recognise/actor-rules/bare-state-body.ts).
 * [text, the bare body's words, expected country, or null: no actor there]
 */
const CASES: [string, string, string | null][] = [
  // the last person with that title
  ["Kenya's president William Ruto flew to Addis Ababa. The president said the talks went well.", 'president', 'KEN'],
  ['Chilean President Gabriel Boric met US officials in Santiago. Later the president rejected the plan.', 'president', 'CHL'],
  // the state the sentence before names
  ['Thousands marched in Nairobi on Tuesday. The authorities arrested 40 people.', 'authorities', 'KEN'],
  ['Ethiopian troops entered the town on Friday. Officials said the operation would continue.', 'Officials', 'ETH'],
  ['Peru recalled its ambassador. The foreign ministry accused Bolivia of interference.', 'foreign ministry', 'PER'],
  // two countries in the nearest sentence: ambiguous, no actor
  ['Egypt and Sudan signed a water deal. The government praised the accord.', 'government', null],
  // nothing before: no country, no actor
  ['The government rejected the demands of the strikers.', 'government', null],
  // a state three sentences back is too far, unless it dominates the document
  ['Mali held talks on Monday. The rain fell. The roads closed. The markets shut. The junta banned the rallies.', 'junta', null],
  ['Mali held talks on Monday. Mali signed a deal. The rain fell. The roads closed. The markets shut. The junta banned the rallies.', 'junta', 'MLI'],
  // a noun after a modifier or inside a longer name is not bare
  ['Nigeria opened talks. Aid officials said the talks stalled.', 'officials', null],
];

test('a bare state body takes the country the text is about, inferred', () => {
  for (const [text, words, want] of CASES) {
    const doc = recogniseActors(text);
    const last = text.lastIndexOf(words);
    const m = doc.actors.find((x) => x.start === last);
    if (want === null) {
      assert.ok(!m || m.entry !== RULE_BARE_BODY, `${text}: ${JSON.stringify(m)}`);
      continue;
    }
    assert.ok(m, `${text}: no actor at "${words}": ${JSON.stringify(doc.actors.map((x) => [x.text, x.entry]))}`);
    assert.equal(m.entry, RULE_BARE_BODY, text);
    assert.equal(m.data.country, want, text);
  }
});

test('the event keeps the body as actor with an inferred provenance', () => {
  const doc = analyzeDoc({ text: 'Protesters gathered in Lusaka on Monday. The authorities arrested 15 demonstrators.', url: 'test:bare-body' });
  const ev = doc.events.find((e) => e.codes.plover.type === 'COERCE');
  assert.ok(ev, JSON.stringify(doc.events.map((e) => e.codes.plover.type)));
  const a = ev.actors.find((x) => x.provenance.rule.includes(RULE_BARE_BODY));
  assert.ok(a, JSON.stringify(ev.actors));
  assert.equal(a.country, 'ZMB');
  assert.equal(a.provenance.how, 'inferred');
  assert.equal(a.name, 'Government of Zambia');
});

test('upper-case "ITS" is the possessive, not an Italian ship prefix', () => {
  const doc = recogniseActors('THE GROUP ORDERED ITS LEADERS TO TAKE HOSTAGES.');
  assert.ok(!doc.actors.some((m) => m.data.country === 'ITA'), JSON.stringify(doc.actors.map((m) => [m.text, m.entry])));
});
