import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Violence named in a protest's purpose clause is what the protest is about, not a second event
 * (protestTopics in src/enrich/merge.ts). [text, families of the events kept]
 */
const CASES: [string, string[]][] = [
  ['On 3 March 2023, about 200 people gathered in Tartu to oppose the invasion of Georgia by a foreign army.', ['protest']],
  ['On 3 March 2023, students rallied in Quito rejecting the killing of a teacher by soldiers.', ['protest']],
  ['On 3 March 2023, residents marched in Leon to denounce the murder of a local journalist.', ['protest']],
];

test('violence in a protest purpose clause is its topic', () => {
  for (const [text, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:protest-topic' });
    assert.deepEqual(doc.events.map((e) => e.family), want, text);
  }
});
