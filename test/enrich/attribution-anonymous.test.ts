import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/** Anonymous speakers end in a role word (src/enrich/attribution.ts isAnonymous); named ones in a name. Own sentences. */
const CASES: [string, string, boolean][] = [
  ['Rebels attacked the base, a military spokesman said.', 'military spokesman', true],
  ['Rebels attacked the base, General John Smith said.', 'General John Smith', false],
];

test('attribution: anonymous by the last word of the speaker', () => {
  for (const [text, speaker, anonymous] of CASES) {
    const a = analyze(text).events[0]?.attribution[0];
    assert.ok(a, text);
    assert.equal(a.speakerText, speaker, text);
    assert.equal(a.anonymous, anonymous, text);
  }
});
