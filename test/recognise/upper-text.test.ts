import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUpperText } from '../../src/recognise/trie.js';

/** The rule without the early stop: over the first 4,000 characters, more than 20 upper-case letters and under 5 % lower-case. */
function reference(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < Math.min(text.length, 4000); i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 20 && lower < upper * 0.05;
}

const TEXTS: { name: string; text: string }[] = [
  { name: 'ordinary prose', text: 'Police said two men were arrested after a fight outside a bar on Friday night. '.repeat(30) },
  { name: 'wire copy', text: 'GUNMEN OPENED FIRE ON A BUS NEAR THE BORDER TOWN, OFFICIALS SAID. '.repeat(40) },
  { name: 'wire copy with a few lower-case words', text: 'TROOPS ENTERED THE VILLAGE ON MONDAY (reuters) AND SEARCHED HOUSES. '.repeat(40) },
  { name: 'short upper-case text', text: 'ATTACK ON BASE' },
  { name: 'lower-case head, upper-case tail past 4,000', text: 'a'.repeat(150) + 'B'.repeat(6000) },
  { name: 'lower-case head too long for an upper-case tail', text: 'a'.repeat(300) + 'B'.repeat(3700) },
  { name: 'at the 5 % edge', text: 'a'.repeat(190) + 'B'.repeat(3810) },
  { name: 'just past the 5 % edge', text: 'a'.repeat(191) + 'B'.repeat(3809) },
  { name: 'empty', text: '' },
];

for (const { name, text } of TEXTS) {
  test(`isUpperText = the rule without an early stop: ${name}`, () => {
    assert.equal(isUpperText(text), reference(text));
  });
}

test('isUpperText = the rule without an early stop: 300 random mixes of cases and lengths', () => {
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let r = 0; r < 300; r++) {
    const n = Math.floor(rnd() * 5000);
    const pUpper = rnd();
    const pLower = rnd() * 0.2;
    let s = '';
    for (let i = 0; i < n; i++) {
      const x = rnd();
      s += x < pUpper ? 'Q' : x < pUpper + pLower ? 'q' : ' ';
    }
    assert.equal(isUpperText(s + '.'), reference(s + '.'), `case ${r}`);
  }
});
