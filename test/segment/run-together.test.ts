import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { splitSentences } from '../../src/segment/sentences.js';

/**
 * Scraped text that runs sentences together without a space ("identified.An AFP journalist") is split there
 * (src/segment/sentences.ts runTogether); names and addresses are not. Own sentences.
 */
const CASES: { text: string; sentences: string[] }[] = [
  { text: 'The gunmen were never identified.A police spokesman said so.', sentences: ['The gunmen were never identified.', 'A police spokesman said so.'] },
  { text: 'Two people died in the blast.Three others were wounded.', sentences: ['Two people died in the blast.', 'Three others were wounded.'] },
  // web addresses, file names and dotted names stay whole
  { text: 'Read more at example.com today.', sentences: ['Read more at example.com today.'] },
  { text: 'The site runs on Node.js and works.', sentences: ['The site runs on Node.js and works.'] },
  { text: 'The report.PDF was leaked.', sentences: ['The report.PDF was leaked.'] },
  { text: 'Troops left the U.S. embassy on Monday.', sentences: ['Troops left the U.S. embassy on Monday.'] },
];

for (const c of CASES) {
  test(`run-together sentences: ${c.text}`, () => {
    const tokens = tokenize(c.text);
    const got = splitSentences(tokens, c.text).map((s) => c.text.slice(s.start, s.end));
    assert.deepEqual(got, c.sentences);
  });
}
