import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Denying an accusation is a statement, CAMEO 016 (deny responsibility); refusing a request or a thing is a
 * rejection, 120. PLOVER has no statement type: both are REJECT there. Our own sentences.
 */
const cases: { text: string; trigger: string; cameo: string }[] = [
  { text: 'The Kenyan government denied the charges by Uganda that it armed the rebels.', trigger: 'denied', cameo: '016' },
  { text: 'Russia denied any involvement in the attack on the pipeline.', trigger: 'denied', cameo: '016' },
  { text: 'Hamas rejected the allegations of torture.', trigger: 'rejected', cameo: '016' },
  { text: 'Pakistan dismissed the accusations as baseless.', trigger: 'dismissed', cameo: '016' },
  { text: 'Iran denied responsibility for the explosion.', trigger: 'denied', cameo: '016' },
  { text: 'The army flatly denied that its troops shelled the village.', trigger: 'denied', cameo: '016' },
  { text: 'Pakistan denied carrying out the strike.', trigger: 'denied', cameo: '016' },
  { text: 'Israel denied entry to a UN envoy.', trigger: 'denied', cameo: '120' },
  { text: 'Israel denied access to reporters investigating the claims.', trigger: 'denied', cameo: '120' },
  { text: 'The Chadian government denied on Monday charges by Sudan that it armed the rebels.', trigger: 'denied', cameo: '016' },
  { text: 'Turkey rejected the peace plan proposed by Iran.', trigger: 'rejected', cameo: '120' },
  { text: 'Serbia refused the request by Croatia.', trigger: 'refused', cameo: '120' },
];

for (const c of cases) {
  test(`denials: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, `an event at "${c.trigger}"`);
    assert.equal(ev.codes.cameo.code, c.cameo);
    assert.equal(ev.codes.plover.type, 'REJECT');
  });
}
