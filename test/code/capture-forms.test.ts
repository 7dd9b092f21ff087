import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Capturing ground in its common forms (data/triggers/fight.json fight.capture; src/code/voice.ts participles): "managed to
 * retake" is a capture that happened; "was retaken by X" is passive, X the actor. Own sentences.
 */
const CASES: { text: string; actor: string | null }[] = [
  { text: 'Government troops managed to retake the town after two days of fighting.', actor: 'troops' },
  { text: 'Loyalist fighters managed to recapture the airport from the rebels.', actor: 'fighters' },
  { text: 'The border crossing was retaken by army units on Sunday.', actor: 'army' },
  { text: 'Rebels succeeded in capturing the hill overlooking the road.', actor: 'Rebels' },
];

for (const c of CASES) {
  test(`capture: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const ev = a.events.find((e) => e.codes.plover.type === 'ASSAULT');
    assert.ok(ev, 'an ASSAULT event');
    assert.equal(ev.codes.acled?.eventType, 'Battles');
    if (c.actor) assert.ok(ev.actors.some((x) => x.text.includes(c.actor!)), `actor ${c.actor} in [${ev.actors.map((x) => x.text).join(', ')}]`);
  });
}
