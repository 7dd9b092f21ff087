import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/** "the strike committee", "protest organisers": a trigger word naming a body is no event (session 9, our own sentences). */
const CASES: [string, string][] = [
  ['The Yangon strike committee held a rally against the junta on Sunday.', 'strike'],
  ['Attack organisers were arrested in the capital.', 'Attack'],
];

test('institution heads: the trigger word before committee/council/organisers is a noun modifier', () => {
  for (const [text, word] of CASES) {
    const a = analyze({ text, published: '2024-03-12' });
    const at = text.indexOf(word);
    const ev = eventAtOffset(a.events, at);
    assert.equal(ev, undefined, `${text}: no event at "${word}"`);
  }
});
