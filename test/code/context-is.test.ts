import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/pipeline/doc.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { SentenceContext } from '../../src/code/context.js';
import { WordBits } from '../../src/recognise/vocab.js';
import {
  DETERMINERS, PREPOSITIONS, BE_FORMS, AUXILIARIES, SKIPPABLE_ADVERBS, CLAUSE_WORDS,
  DETERMINERS_AT, DETERMINERS_BUT_OF, PREPOSITIONS_AT, BE_FORMS_AT, AUXILIARIES_AT, SKIPPABLE_ADVERBS_AT, SKIPPABLE_ADVERBS_BUT_IN, CLAUSE_WORDS_AT,
} from '../../src/code/words.js';

/** `ctx.is(k, bits)` must answer exactly `set.has(ctx.norm(k))`, inside the window and outside it (norm ''). */

const without = (set: ReadonlySet<string>, word: string): Set<string> => new Set([...set].filter((w) => w !== word));
const PAIRS: [string, ReadonlySet<string>, WordBits][] = [
  ['DETERMINERS', DETERMINERS, DETERMINERS_AT],
  ['DETERMINERS but of', without(DETERMINERS, 'of'), DETERMINERS_BUT_OF],
  ['PREPOSITIONS', PREPOSITIONS, PREPOSITIONS_AT],
  ['BE_FORMS', BE_FORMS, BE_FORMS_AT],
  ['AUXILIARIES', AUXILIARIES, AUXILIARIES_AT],
  ['SKIPPABLE_ADVERBS', SKIPPABLE_ADVERBS, SKIPPABLE_ADVERBS_AT],
  ['SKIPPABLE_ADVERBS but in', without(SKIPPABLE_ADVERBS, 'in'), SKIPPABLE_ADVERBS_BUT_IN],
  ['CLAUSE_WORDS', CLAUSE_WORDS, CLAUSE_WORDS_AT],
];

const TEXTS: { text: string; from: number; to: number }[] = [
  { text: 'The two armed men were reportedly seen near the bridge after the Council of Elders had met.', from: 0, to: 99 },
  { text: 'THE ARMY SAID THAT ITS FORCES HAVE ALSO WITHDRAWN FROM THE TOWN.', from: 0, to: 99 },
  { text: "Of these, several were killed; he'll say whether it's over, but who'd know?", from: 2, to: 9 },
  { text: 'constructor toString __proto__ hasOwnProperty of Of OF', from: 1, to: 6 },
  { text: '', from: 0, to: 0 },
];

function ctxOf(text: string, from: number, to: number): SentenceContext {
  const doc = new Doc({ id: 't', text, title: null, url: null, published: null, outlet: null, origin: 'test', format: 'text' });
  doc.tokens = tokenize(text);
  doc.sentences = [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: doc.tokens.length }];
  return new SentenceContext(doc, 0, Math.min(from, doc.tokens.length), Math.min(to, doc.tokens.length));
}

for (const { text, from, to } of TEXTS) {
  test(`ctx.is agrees with Set.has(ctx.norm(k)) on ${JSON.stringify(text.slice(0, 30))}`, () => {
    const ctx = ctxOf(text, from, to);
    for (const [name, set, bits] of PAIRS) {
      for (let k = -2; k < ctx.tokens.length + 2; k++) assert.equal(ctx.is(k, bits), set.has(ctx.norm(k)), `${name} at ${k} (${ctx.norm(k)})`);
    }
  });
}

test('no word set holds the empty string (ctx.norm outside the window)', () => {
  for (const [name, set] of PAIRS) assert.equal(set.has(''), false, name);
});
