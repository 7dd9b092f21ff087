import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { closeSpacedHyphens } from '../../src/segment/spaced-hyphen.js';
import { roleTable } from '../code/role-table.js';

/**
 * Spaced hyphens in tokenised text (src/segment/spaced-hyphen.ts; our own sentences): "Iran - backed", "pro - government",
 * "al - Shabaab" are closed up into compounds; a spaced dash stays punctuation elsewhere (parentheticals, place lists).
 */
const closed = (text: string): string => {
  const tokens = tokenize(text);
  closeSpacedHyphens(tokens);
  return tokens.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
};

const CASES: { text: string; want: string }[] = [
  { text: 'Iran - backed militias fired rockets .', want: 'Iran-backed militias fired rockets .' },
  { text: 'the Saudi - led coalition struck a port', want: 'the Saudi-led coalition struck a port' },
  { text: 'a London - based monitor said', want: 'a London-based monitor said' },
  { text: 'pro - government gunmen opened fire', want: 'pro-government gunmen opened fire' },
  { text: 'shelling of rebel - held districts', want: 'shelling of rebel-held districts' },
  { text: 'fighters of al - Shabaab stormed a hotel', want: 'fighters of al-Shabaab stormed a hotel' },
  // parenthetical opened by a dash: "backed by" is a passive phrase, not a compound
  { text: 'Hezbollah - backed by Tehran - sent fighters', want: 'Hezbollah - backed by Tehran - sent fighters' },
  // a lower-case word before the dash, a non-participle after it, a place separator, an en dash: unchanged
  { text: 'the rebels - led badly - retreated', want: 'the rebels - led badly - retreated' },
  { text: 'Khan Younis - Bani Suheila : shelling', want: 'Khan Younis - Bani Suheila : shelling' },
  { text: 'Iran \u2013 backed militias', want: 'Iran \u2013 backed militias' },
  // already closed: unchanged
  { text: 'Turkish-backed factions advanced', want: 'Turkish-backed factions advanced' },
];

for (const c of CASES) {
  test(`spaced hyphen: ${c.text}`, () => assert.equal(closed(c.text), c.want));
}

roleTable('spaced compound hyphen names the attacker', [
  { text: 'Washington - backed rebels attacked the town of Tabqa on Monday .', trigger: 'attacked', actor: 'Washington - backed rebels' },
  { text: 'Kurdish - led fighters attacked a checkpoint near Raqqa .', trigger: 'attacked', actor: 'Kurdish - led fighters' },
]);
