import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/pipeline/doc.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { SentenceContext } from '../../src/code/context.js';
import { CLAUSE_WORDS } from '../../src/code/words.js';
import { codesByHead, objectCode, passiveSubjectCode, type ObjectCodes } from '../../src/code/families/object-codes.js';

/**
 * objectCode and passiveSubjectCode find heads through an index by first word (no strings built per token); they
 * must answer what the three-, two- and one-word string look-ups answered. The reference below is that definition.
 */

type Hit = { code: string; head: string; at: number } | null;

function refObjectCode(ctx: SentenceContext, end: number, codes: ObjectCodes, window = 7): Hit {
  for (let k = end; k < Math.min(ctx.to, end + window); k++) {
    const n = ctx.norm(k);
    if (ctx.isBoundary(k) || n === ',' || (k > end && CLAUSE_WORDS.has(n))) return null;
    const two = `${n} ${ctx.norm(k + 1)}`;
    const three = `${two} ${ctx.norm(k + 2)}`;
    for (const key of [three, two, n]) {
      const code = codes.get(key);
      if (code) return { code, head: key, at: k };
    }
  }
  return null;
}

const BE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'has', 'have', 'had', 'will', 'would', 'not', 'also', 'reportedly', 'later', 'then']);

function refPassive(ctx: SentenceContext, triggerStart: number, codes: ObjectCodes, window = 8): Hit {
  let k = triggerStart - 1;
  while (k >= ctx.from && (BE_AUX.has(ctx.norm(k)) || ctx.norm(k).endsWith('ly') || ctx.time(k))) k--;
  const end = k + 1;
  let begin = end;
  while (begin - 1 >= ctx.from && end - (begin - 1) <= window) {
    const n = ctx.norm(begin - 1);
    if (ctx.isBoundary(begin - 1) || n === ',' || CLAUSE_WORDS.has(n)) break;
    begin--;
  }
  if (begin >= end) return null;
  for (let j = begin; j < end; j++) {
    const n = ctx.norm(j);
    const two = j + 1 < end ? `${n} ${ctx.norm(j + 1)}` : '';
    const three = j + 2 < end ? `${two} ${ctx.norm(j + 2)}` : '';
    for (const key of [three, two, n]) {
      if (!key) continue;
      const code = codes.get(key);
      if (code) return { code, head: key, at: j };
    }
  }
  return null;
}

const CODES = codesByHead({
  '1': ['curfew', 'night curfew', 'total night curfew', 'aid', 'economic aid', 'aid to'],
  '2': ['ban', 'ban on', 'four word head here', 'fire'],
  '3': ['night', 'state of emergency', 'emergency'],
});

const TEXTS = [
  'The army lifted the night curfew on the city.',
  'They imposed a total night curfew and a ban on rallies.',
  'The government halted economic aid to the region.',
  'A curfew was imposed on the town, and the ban on the party was lifted.',
  'The state of emergency was declared; night fell.',
  'He said the ban',
  'curfew',
  'The total night curfew, which was imposed last week, was lifted.',
];

function ctxOf(text: string, from: number, to: number): SentenceContext {
  const doc = new Doc({ id: 't', text, title: null, url: null, published: null, outlet: null, origin: 'test', format: 'text' });
  doc.tokens = tokenize(text);
  doc.sentences = [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: doc.tokens.length }];
  return new SentenceContext(doc, 0, Math.min(from, doc.tokens.length), Math.min(to, doc.tokens.length));
}

test('objectCode and passiveSubjectCode answer as the string look-ups did, at every position and window', () => {
  let found = 0;
  for (const text of TEXTS) {
    const n = tokenize(text).length;
    // whole sentence, and windows that cut heads at either end
    for (const [from, to] of [[0, n], [1, n], [0, Math.max(0, n - 2)], [2, Math.max(2, n - 1)]] as [number, number][]) {
      const ctx = ctxOf(text, from, to);
      for (let k = ctx.from; k <= ctx.to; k++) {
        for (const window of [1, 3, 7, 8]) {
          const want = refObjectCode(ctx, k, CODES, window);
          assert.deepEqual(objectCode(ctx, k, CODES, window), want, `objectCode ${JSON.stringify(text)} [${from},${to}) at ${k} window ${window}`);
          if (want) found++;
          const wantP = refPassive(ctx, k, CODES, window);
          assert.deepEqual(passiveSubjectCode(ctx, k, CODES, window), wantP, `passiveSubjectCode ${JSON.stringify(text)} [${from},${to}) at ${k} window ${window}`);
          if (wantP) found++;
        }
      }
    }
  }
  assert.ok(found > 50, `the texts exercise hits (${found})`);
});

test('the longest head wins: three words before two before one', () => {
  const ctx = ctxOf('They imposed a total night curfew.', 0, 99);
  assert.deepEqual(objectCode(ctx, 2, CODES), { code: '1', head: 'total night curfew', at: 3 });
  const ctx2 = ctxOf('They imposed a night curfew.', 0, 99);
  assert.deepEqual(objectCode(ctx2, 2, CODES), { code: '1', head: 'night curfew', at: 3 });
});
