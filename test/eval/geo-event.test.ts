import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldSpan } from '../../src/eval/geo-event.js';

// gold place spans given as token indices (end inclusive) or characters: found by their text
const CASES: { text: string; span: { text: string; start: number; end: number }; want: string; at: number }[] = [
  { text: 'Rebels were captured in Mali.', span: { text: 'Mali', start: 4, end: 4 }, want: 'Mali', at: 24 },
  { text: 'Rebels were captured in Mali.', span: { text: 'Mali', start: 24, end: 28 }, want: 'Mali', at: 24 },
  { text: 'A bomb went off in the New Town district.', span: { text: 'New Town', start: 6, end: 7 }, want: 'New Town', at: 23 },
  // the occurrence nearest the token index
  { text: 'Police from Gao said troops fought near Gao on Monday.', span: { text: 'Gao', start: 7, end: 7 }, want: 'Gao', at: 40 },
  { text: 'Troops fought near Gao, police from Gao said.', span: { text: 'Gao', start: 3, end: 3 }, want: 'Gao', at: 19 },
];

test('goldSpan finds the gold place by its text when the offsets do not give it', () => {
  for (const c of CASES) {
    const [s, e] = goldSpan(c.text, c.span);
    assert.equal(c.text.slice(s, e), c.want, c.text);
    assert.equal(s, c.at, c.text);
  }
});
