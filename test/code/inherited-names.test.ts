import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Word tables are Maps/Sets, not plain objects: names every object inherits ("constructor", "toString",
 * "__proto__", "hasOwnProperty") are no casualty or count words when they stand as words in a sentence.
 */
const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const frames = [
  (w: string) => `Gunmen attacked a village in Kaduna State on Monday and 5 ${w} there.`,
  (w: string) => `Gunmen attacked a village in Kaduna State on Monday, ${w} 5 there.`,
  (w: string) => `Gunmen attacked a village in Kaduna State on Monday and 5 ${w} were seen.`,
];

for (const w of words) {
  for (const [i, frame] of frames.entries()) {
    test(`"${w}" is not a casualty or count word (frame ${i + 1})`, () => {
      const a = analyze({ text: frame(w), published: '2024-03-12' });
      for (const e of a.events) for (const q of e.quantities) assert.equal(typeof q.kind, 'string', `quantity kind ${String(q.kind)}`);
      for (const e of a.events) for (const q of e.quantities) assert.ok(q.what !== w.toLowerCase() || q.kind !== 'duration', `count noun ${w}`);
    });
  }
}

test('a real casualty word still counts (control)', () => {
  const a = analyze({ text: frames[0]!('killed'), published: '2024-03-12' });
  assert.ok(a.events.some((e) => e.quantities.some((q) => q.kind === 'killed' && q.value === 5)));
});
