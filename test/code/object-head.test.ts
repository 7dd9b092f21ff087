import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * The noun whose head coded an act ("withdrew from the deal": CAMEO 12x by its object) is what the act was done to,
 * not an event of its own (src/code/families/accepted-object.ts `objectHead`).
 * [text, PLOVER type of the act, the object noun that must start no event]
 */
const CONSUMED: [string, string, string][] = [
  ['Iran withdrew from the deal last year.', 'REJECT', 'deal'],
  ['The United States pulled out of the nuclear agreement in 2018.', 'REJECT', 'agreement'],
];

/** [text, the noun that still is an event] */
const KEPT: [string, string][] = [
  // no act coded by it: the deal is an event of its own
  ['The two parties reached a deal on Monday.', 'deal'],
  ['The deal was signed in Vienna.', 'deal'],
  // an object read past a clause boundary is not consumed
  ['Iran withdrew its ambassador. The deal was signed in Vienna.', 'deal'],
];

function nounEvent(text: string, noun: string): boolean {
  const doc = analyzeDoc({ text, url: 'test:object-head' });
  const at = text.lastIndexOf(noun);
  return doc.events.some((e) => e.triggers.some((t) => t.span[0] <= at && t.span[1] >= at + noun.length));
}

test('the noun that coded an act is no event of its own', () => {
  for (const [text, type, noun] of CONSUMED) {
    const doc = analyzeDoc({ text, url: 'test:object-head' });
    assert.ok(doc.events.some((e) => e.codes.plover.type === type), `${text}: ${JSON.stringify(doc.events.map((e) => e.codes.plover.type))}`);
    assert.ok(!nounEvent(text, noun), `${text}: "${noun}" is still an event`);
  }
});

test('a noun that coded no act stays an event', () => {
  for (const [text, noun] of KEPT) assert.ok(nounEvent(text, noun), `${text}: "${noun}" is no event`);
});
