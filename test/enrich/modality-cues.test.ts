import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * The modality cues, read by vocabulary-number bitmaps (src/enrich/modality.ts): one sentence per rule, and the
 * clause breaks that stop a cue. Written for this test, not taken from any data set.
 */
const CASES: [string, string, string][] = [
  // sentence, modality of the first event, rule
  ['Officials said there was no evidence that the militia attacked the convoy.', 'negated', 'modality:no-proof-that'],
  ['It is unclear whether the rebels attacked the base or not.', 'hypothetical', 'modality:whether'],
  ['The rebels did not attack the base on Monday.', 'negated', 'modality:negator'],
  ["The rebels won't attack the base.", 'negated', 'modality:negator'],
  ['The rebels will attack the base if talks fail.', 'conditional', 'modality:if-after'],
  ['If the talks fail, the rebels will attack the base.', 'conditional', 'modality:if-clause'],
  ['Ongoing clashes between the army and the rebels killed five people.', 'ongoing', 'modality:ongoing-marker'],
  ['Protesters set a car on fire in the capital.', 'asserted', 'default'],
  ['Fighting between the army and the rebels is continuing in the north.', 'asserted', 'default'],
  // "without" negates the words right after it, not a clause further on
  ['The guards stood by without attacking the prisoners.', 'negated', 'modality:negator'],
  ['As a truck drove without lights near the bridge a policeman was shot by gunmen.', 'asserted', 'default'],
];

test('modality cues: one sentence per rule', () => {
  for (const [text, modality, rule] of CASES) {
    const e = analyze(text).events[0];
    assert.ok(e, text);
    assert.equal(e.modality, modality, text);
    assert.equal(e.provenance['modality']?.rule, rule, text);
  }
});

test('modality cues: a denial reaches its own clause only', () => {
  const events = analyze('The army denied that it shelled the village on Monday.').events;
  assert.deepEqual(events.map((e) => e.modality), ['asserted', 'negated']);
  const [first, second] = analyze('The militia never attacked the town, although it shelled the port.').events;
  assert.equal(first?.modality, 'negated');
  assert.equal(second?.modality, 'asserted');
});

test('lulls: a lull word found by its vocabulary number', () => {
  assert.equal(analyze('A truce between the two sides collapsed on Sunday.').lulls.length, 1);
  assert.equal(analyze('The town was quiet on Sunday.').lulls.length, 0);
});

test('modality cues: "no" opening the subject of a passive, and a denied gerund (branch precision5)', () => {
  const cases: [string, string, string][] = [
    ['Officials said no soldiers were killed in the raid.', 'negated', 'modality:no-subject'],
    ['No suspects have been arrested so far.', 'negated', 'modality:no-subject'],
    ['The army denied shelling the village on Monday.', 'negated', 'modality:denied-gerund'],
    ['The militia denied having attacked the convoy.', 'negated', 'modality:denied-gerund'],
  ];
  for (const [text, modality, rule] of cases) {
    const e = analyze(text).events.find((x) => x.family !== 'reject');
    assert.ok(e, text);
    assert.equal(e.modality, modality, text);
    assert.equal(e.provenance['modality']?.rule, rule, text);
  }
  // not a negation: a count after "no fewer than", and a subject that is not the trigger's
  const counted = analyze('No fewer than 20 people were killed in the attack.').events.find((x) => x.family === 'assault');
  assert.equal(counted?.modality, 'asserted');
  const claim = analyze('No group has claimed responsibility for the bombing of the market.').events.find((x) => x.family === 'assault');
  assert.equal(claim?.modality, 'asserted');
});

test('modality cues: a modal verb in the trigger chain is hypothetical (branch precision5)', () => {
  const cases: [string, string][] = [
    ['While the army has not entered the town, it could strike the city at any moment.', 'hypothetical'],
    ['The paramilitary gangs must be dismantled, the bishop said.', 'hypothetical'],
    ['Four women were arrested before they could detonate their explosive belts.', 'hypothetical'],
    // a likely past act, a name, and "until … could" (reached) stay asserted
    ['US forces may have captured Taliban fighters in the caves.', 'asserted'],
    ['The gunman chased the victim until he could shoot him.', 'asserted'],
  ];
  for (const [text, modality] of cases) {
    const events = analyze(text).events;
    const e = events.find((x) => x.family === 'assault' || x.family === 'intercept') ?? events.find((x) => x.family === 'coerce');
    assert.ok(e, text);
    if (modality === 'hypothetical') assert.equal(e.provenance['modality']?.rule, 'modality:modal-verb', text);
    assert.equal(e.modality, modality, text);
  }
  const may = analyze('Prime Minister Theresa May promised to review the strategy.').events[0];
  assert.notEqual(may?.modality, 'hypothetical');
});

test('modality cues: a denied report, "nobody" as subject, an attack only threatened, a plot, a refused act (branch news1)', () => {
  const cases: [string, string, string, string][] = [
    // sentence, trigger, modality, rule
    ['Officials denied reports that troops had entered the town.', 'entered', 'negated', 'modality:denied-reports-that'],
    ['The ministry rejected claims that its jets bombed the market.', 'bombed', 'negated', 'modality:denied-reports-that'],
    ['Nobody was killed in the blast, officials said.', 'killed', 'negated', 'modality:nobody-subject'],
    ['None of the hostages were killed in the raid.', 'killed', 'negated', 'modality:nobody-subject'],
    ['A bomb threat forced the evacuation of the courthouse.', 'bomb', 'threatened', 'modality:threat-noun'],
    ['Police foiled a plot to bomb the embassy.', 'bomb', 'future', 'modality:future-marker'],
    ['The two men conspired to kill the judge, prosecutors said.', 'kill', 'future', 'modality:future-marker'],
    ['Police said the school shooting threat was not credible.', 'shooting', 'threatened', 'modality:threat-noun'],
    ['The coach refused to blame the referee for the loss.', 'blame', 'negated', 'modality:refused-to'],
  ];
  for (const [text, trigger, modality, rule] of cases) {
    const e = analyze(text).events.find((x) => x.triggers.some((t) => t.text.toLowerCase().startsWith(trigger)));
    assert.ok(e, text);
    assert.equal(e.modality, modality, text);
    assert.equal(e.provenance['modality']?.rule, rule, text);
  }
  // the act after the denial is asserted when no claim noun stands between: "denied the report" is a denial of a text
  const e = analyze('The army shelled the town on Monday.').events[0];
  assert.equal(e?.modality, 'asserted');
  // a plot word marks its own infinitive only, not the verb of the clause after it
  const put = analyze('A foiled plot to attack the police has put the army on high alert.').events.find((x) => x.family === 'mobilize');
  assert.equal(put?.modality, 'asserted');
});
