import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseActors } from '../../src/recognise/actor-run.js';

/**
 * "members of X were killed": a weak people noun before an of-phrase heads the subject of the harm passive after it,
 * so it names the victims even when X is no known group (src/recognise/actor-rules/composite.ts `harmedOfSubject`).
 * [text, the noun, whether it is an actor]
 */
const CASES: [string, string, boolean][] = [
  ['Members of the Popular Unity Front were killed in the raid.', 'Members', true],
  ['Members of a farming family were shot dead near the river.', 'Members', true],
  ['Relatives of the missing reporter were abducted last week.', 'Relatives', true],
  // no harm passive after the of-phrase: a weak noun stays no actor
  ['Members of the Popular Unity Front met in the capital.', 'Members', false],
  // the passive belongs to a relative clause inside the of-phrase
  ['Members of the union that was attacked met on Friday.', 'Members', false],
  // session 11: a definite partitive refers back to people already told ("the members of X were beheaded")
  ['Two members of a press union were kidnapped. The members of the press union were beheaded.', 'members of the', false],
  ['Dozens of members of a farming family were shot dead near the river.', 'members', true],
  // an of-phrase too long to be one noun phrase
  ['Members of the committee for the defence of the rights of farmers were arrested.', 'Members', false],
];

test('a weak people noun before an of-phrase is the victim of the harm passive after it', () => {
  for (const [text, word, want] of CASES) {
    const doc = recogniseActors(text);
    const at = text.indexOf(word);
    const m = doc.actors.find((x) => x.start === at);
    assert.equal(!!m, want, `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.entry]))}`);
  }
});
