import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Subjects that name no owner or stand without their noun (src/recognise/actor-rules/group-adjective.ts
 * `demonymSubject`, composite.ts `theNation`, `firearmSubject`): [text, name of an actor of the first event, or null
 * when the text must not give that event the name].
 */
const CASES: [string, string, boolean][] = [
  // a state's demonym opening a clause before a past verb of attack is its forces
  ['On 4 March 2024, Israeli shelled farmland east of Khan Younis.', 'Israel', true],
  ['Late on Sunday, Russian bombarded the outskirts of Kharkiv.', 'Russia', true],
  // a reduced passive and a determiner keep the person reading
  ['An Israeli fired at the police car near the checkpoint in Hebron.', 'Israel', false],
  // "between army and …": the determiner left out
  ['Heavy clashes erupted between army and Houthi forces in Marib.', 'military forces', true],
  // plain people as the subject of a shooting, after a riding phrase, are unnamed gunmen
  ['On 2 May 2023, in Celaya, Guanajuato, individuals on a motorcycle opened fire at a taxi driver.', 'unidentified individuals', true],
  ['On 9 May 2023, in Leon, Guanajuato, men in a pickup truck shot a shop owner outside his store.', 'unidentified men', true],
];

test('subjects without an owner or a noun', () => {
  for (const [text, name, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:actor-subjects' });
    const ev = doc.events[0];
    const names = (ev?.actors ?? []).map((a) => a.name);
    assert.equal(names.includes(name), want, `${text}: ${JSON.stringify(names)}`);
  }
});
