import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DraftsBySentence, suffixMinSentence } from '../../src/enrich/drafts-by-sentence.js';
import type { EventDraft } from '../../src/pipeline/draft.js';

/**
 * The sentence index of the merge rules (src/enrich/drafts-by-sentence.ts) answers what a scan of the whole list
 * answers: the last / first accepted draft in list order within a window of sentences, and all of them latest first.
 * The lists are out of sentence order at the end, as when copied drafts are appended.
 */
const draft = (id: string, sentence: number, family: string): EventDraft => ({ id, sentence, family } as unknown as EventDraft);

const LISTS: { name: string; drafts: EventDraft[] }[] = [
  { name: 'empty', drafts: [] },
  { name: 'in sentence order', drafts: [draft('a', 0, 'assault'), draft('b', 0, 'fight'), draft('c', 1, 'assault'), draft('d', 3, 'assault'), draft('e', 3, 'threaten')] },
  { name: 'copies appended', drafts: [draft('a', 0, 'accuse'), draft('b', 2, 'accuse'), draft('c', 4, 'assault'), draft('d', 5, 'accuse'), draft('a3', 3, 'accuse'), draft('b1', 1, 'accuse')] },
  // longer than the lists scanned whole: the index by sentence answers
  {
    name: 'a long list with copies appended',
    drafts: [
      ...Array.from({ length: 30 }, (_, i) => draft(`x${i}`, Math.floor(i / 5), ['assault', 'accuse', 'fight'][i % 3]!)),
      draft('c4', 4, 'accuse'), draft('c1', 1, 'accuse'), draft('c5', 5, 'assault'),
    ],
  },
];

const OKS: { name: string; ok: (x: EventDraft) => boolean }[] = [
  { name: 'any', ok: () => true },
  { name: 'accuse', ok: (x) => x.family === 'accuse' },
  { name: 'assault', ok: (x) => x.family === 'assault' },
  { name: 'none', ok: () => false },
];

for (const list of LISTS) {
  test(`drafts by sentence: ${list.name}`, () => {
    const idx = new DraftsBySentence(list.drafts);
    for (const { name, ok } of OKS) {
      for (let from = -2; from <= 6; from++) {
        for (let to = from; to <= from + 3; to++) {
          const inWindow = (x: EventDraft): boolean => x.sentence >= from && x.sentence <= to && ok(x);
          const all = list.drafts.filter(inWindow);
          const where = `${name} ${from}..${to}`;
          assert.equal(idx.lastIn(from, to, ok)?.id, all[all.length - 1]?.id, `last ${where}`);
          assert.equal(idx.firstIn(from, to, ok)?.id, all[0]?.id, `first ${where}`);
          assert.deepEqual(idx.allIn(from, to, ok).map((x) => x.id), [...all].reverse().map((x) => x.id), `all ${where}`);
        }
      }
      for (let s = -1; s <= 6; s++) assert.deepEqual(idx.in(s).map((i) => idx.at(i).id), list.drafts.filter((x) => x.sentence === s).map((x) => x.id));
    }
  });
}

test('drafts by sentence: the least sentence from each position on', () => {
  const drafts = LISTS[2]!.drafts;
  assert.deepEqual([...suffixMinSentence(drafts, [0, 1, 2, 3, 4, 5])], [0, 1, 1, 1, 1, 1]);
  assert.deepEqual([...suffixMinSentence(drafts, [2, 3, 4])], [3, 3, 3]);
  assert.deepEqual([...suffixMinSentence(drafts, [])], []);
});
