import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, normalisedText } from '../../src/util/hash.js';

/** The definition: runs of Unicode white space (as JavaScript's \s, plus U+180E-free set below) collapsed to one space, ends trimmed, lower-cased. */
function reference(text: string): string {
  return text.split(/[\s\u205f\u1680\ufeff]+/u).filter((w) => w.length > 0).join(' ').toLowerCase();
}

const CASES: string[] = [
  '', ' ', 'a', 'A b', ' lead', 'trail ', 'two  spaces', 'tab\there', 'line\nbreak', 'crlf\r\nx', 'nbsp\u00a0x',
  'thin\u2009space', 'ideographic\u3000space', 'narrow\u202fnbsp', 'bom\ufeffx', 'ogham\u1680x', 'para\u2029x',
  'Fighting in Khartoum, Sudan, killed 5.', 'ctrl\u0001char', '\u0085next-line kept', 'É ÇA',
  'mongolian\u180evowel kept', 'zero\u200bwidth kept', 'line\u2028sep', 'em\u2003space', 'a \u00a0b', ' \u1680 ', '\t', '\n\nPara one.\n\nPara  two.\n',
  'x\u205fy', 'x\u2000\u200ay', 'a\vb\fc',
];

for (const text of CASES) {
  test(`normalisedText(${JSON.stringify(text)}) collapses white space and folds case`, () => {
    assert.equal(normalisedText(text), reference(text));
  });
}

test('article ids are the same for texts that differ only in white space and case', () => {
  assert.equal(articleId({ text: 'Clashes in  Aden.\n' }), articleId({ text: 'clashes in aden.' }));
  assert.notEqual(articleId({ text: 'Clashes in Aden.' }), articleId({ text: 'Clashes in Taiz.' }));
  // a fixed id: the hash input must not change between versions
  assert.equal(articleId({ text: 'Clashes in Aden.' }), articleId({ text: ' CLASHES IN ADEN. ' }));
});
