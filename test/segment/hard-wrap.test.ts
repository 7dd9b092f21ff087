import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { splitSentences, hardWrapped } from '../../src/segment/sentences.js';

/**
 * Hard-wrapped text (lines of at most 90 characters, 45 on average) keeps a sentence across its line breaks; a blank
 * or indented line still starts a paragraph, and text with a paragraph per line breaks at every line. Own text.
 */
const WRAPPED = [
  'ARMED MEN ATTACKED A POLICE POST ON THE OUTSKIRTS OF THE CAPITAL LAST',
  'NIGHT AND KILLED TWO OFFICERS, THE INTERIOR MINISTRY SAID TODAY IN A',
  'STATEMENT ISSUED TO THE PRESS.',
  '   THE MINISTRY ADDED THAT THE ATTACKERS FLED IN A STOLEN PICKUP TRUCK',
  'TOWARD THE MOUNTAINS NORTH OF THE CITY.',
].join('\n');

const sentences = (text: string): string[] => splitSentences(tokenize(text), text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

test('hard-wrapped text: one sentence across line breaks, a new one after an indented line', () => {
  assert.equal(hardWrapped(WRAPPED), true);
  assert.deepEqual(sentences(WRAPPED), [
    'ARMED MEN ATTACKED A POLICE POST ON THE OUTSKIRTS OF THE CAPITAL LAST NIGHT AND KILLED TWO OFFICERS, THE INTERIOR MINISTRY SAID TODAY IN A STATEMENT ISSUED TO THE PRESS.',
    'THE MINISTRY ADDED THAT THE ATTACKERS FLED IN A STOLEN PICKUP TRUCK TOWARD THE MOUNTAINS NORTH OF THE CITY.',
  ]);
});

test('a paragraph per line: every line break ends a sentence (a headline has no full stop)', () => {
  const text = 'Militants attack police post\nArmed men attacked a police post on the outskirts of the capital last night and killed two officers, the interior ministry said on Tuesday in a statement.\nThe attackers fled.';
  assert.equal(hardWrapped(text), false);
  assert.equal(sentences(text).length, 3);
});

test('a short list of headlines is not hard-wrapped', () => {
  assert.equal(hardWrapped('Talks resume\nStrike ends\nPrices rise\nTroops withdraw'), false);
});
