import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Inputs built to make a backtracking pattern explode. Every matcher in the pipeline is a scan, a trie
 * or a Set lookup, so these finish; the assertions check results, never timings.
 */
const cases: { name: string; text: string }[] = [
  { name: 'a 10,000-word sentence', text: Array.from({ length: 10_000 }, (_, i) => (i % 50 === 0 ? 'militants attacked the village' : 'and')).join(' ') + '.' },
  { name: '5,000 unbalanced quotation marks', text: 'He said "'.repeat(5_000) },
  { name: 'deeply nested parentheses', text: '('.repeat(20_000) + 'Israel struck Gaza' + ')'.repeat(20_000) },
  { name: 'long run of hyphens and dots', text: '-.'.repeat(50_000) },
  { name: 'digits and commas', text: '1,'.repeat(50_000) + '1 people were killed.' },
  { name: 'one 200,000-letter word', text: 'a'.repeat(200_000) },
  { name: 'repeated reporting cues', text: 'said told according to '.repeat(5_000) },
];

for (const c of cases) {
  test(`hostile input: ${c.name}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    assert.ok(Array.isArray(a.events));
  });
}

test('a 10,000-word sentence is read in windows and says so', () => {
  const a = analyze({ text: cases[0]!.text, published: '2024-03-12' });
  assert.ok(a.warnings.some((w) => w.startsWith('long sentence')));
  assert.ok(a.events.length > 0, 'events in a long sentence are still found');
});

test('unbalanced quotes are reported as a warning, not a crash', () => {
  const a = analyze({ text: 'The minister said "we will respond. Nothing else was said.', published: '2024-03-12' });
  assert.ok(a.warnings.some((w) => w.includes('unbalanced')));
});
