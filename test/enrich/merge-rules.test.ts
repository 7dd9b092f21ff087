import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Merges over drafts (src/enrich/merge.ts): which drafts survive and by which rule the others were merged. Draft ids
 * come from a process-wide counter, so only the rule part of `dropped` is compared. Sentences written for this test.
 */
const CASES: [string, string[]][] = [
  // text, per draft: '' when it survives, else the merge rule
  ['Militants attacked a police post and shelled a village in Idlib.', ['', 'merge:same-sentence']],
  ['Al-Shabaab militants attacked a police post and Al-Shabaab fighters shelled a village.', ['', 'merge:same-sentence']],
  ['Al-Shabaab militants attacked a police post and Kenyan soldiers shelled a village.', ['', '']],
  ['Rebels clashed with an armed group in Taiz, killing two members.', ['', 'merge:participle-outcome']],
  ['Gunmen attacked a convoy near Gao on Monday. At least five soldiers were killed.', ['', 'merge:outcome-of-previous-attack']],
  ['Houthi forces attacked a ship on Monday. The attacks drew a US response.', ['', 'merge:definite-reference']],
  // the attacker stopped is another act than the attack (session 12)
  ['Four people were wounded in the knife attack; the assailant was shot dead by a guard.', ['', 'merge:same-sentence', '']],
  ['Two worshippers were injured in the shooting at the mosque and the gunman was killed by police.', ['', 'merge:same-sentence', '']],
];

test('merge rules: same sentence (actors shared or not), participle outcome, outcome of an attack, definite reference', () => {
  for (const [text, expected] of CASES) {
    const got = analyzeDoc(text).drafts.map((d) => (d.dropped ? d.dropped.replace(/^merged-into:[^:]*:/, '') : ''));
    assert.deepEqual(got, expected, text);
  }
});
