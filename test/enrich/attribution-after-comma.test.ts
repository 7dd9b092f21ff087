import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * A sentence-final reporting clause names its own speaker: the phrase between the comma and the cue, never an
 * actor of the reported clause before the comma (src/code/reporting.ts phraseAfterComma). Own sentences.
 */
const CASES: { text: string; speakerText: string; notSpeaker: string }[] = [
  { text: 'Rebels attacked the base, officials said.', speakerText: 'officials', notSpeaker: 'Rebels' },
  { text: 'Militants attacked a checkpoint in Kabul, police said.', speakerText: 'police', notSpeaker: 'Militants' },
  { text: 'Gunmen killed three villagers near the market, residents told reporters.', speakerText: 'residents', notSpeaker: 'Gunmen' },
  { text: 'Hamas fighters attacked the post, the Israeli military said.', speakerText: 'Israeli military', notSpeaker: 'Hamas fighters' },
  { text: 'The army shelled the village, a local official said on Monday.', speakerText: 'local official', notSpeaker: 'army' },
];

for (const c of CASES) {
  test(`attribution after a comma: ${c.text}`, () => {
    const a = analyze(c.text).events[0]?.attribution[0];
    assert.ok(a, 'an attributed event');
    assert.equal(a.speakerText, c.speakerText);
    assert.notEqual(a.speaker?.text ?? null, c.notSpeaker);
  });
}

// an apposition before the cue leaves the subject walk to find the named speaker
test('attribution after a comma: an apposition keeps its head as the speaker', () => {
  const a = analyze('The Pentagon, which oversees the troops, said militias attacked the base.').events[0]?.attribution[0];
  assert.ok(a);
  assert.equal(a.speaker?.text, 'Pentagon');
});
