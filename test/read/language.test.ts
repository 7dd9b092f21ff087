import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertEnglish, languageStats } from '../../src/read/language.js';
import { InputError } from '../../src/read/errors.js';
import { fixtureBytes } from './helpers.js';

const cases: [string, string, boolean][] = [
  ['English article', fixtureBytes('article.txt').toString(), true],
  ['English with quotes left open', fixtureBytes('unbalanced-quotes.txt').toString(), true],
  ['short English headline', 'Rebels shell Karvan', true],
  ['short non-English (too short to judge by words)', 'Rebelles bombardent Karvan', true],
  ['French', fixtureBytes('french.txt').toString(), false],
  ['Arabic', fixtureBytes('arabic.txt').toString(), false],
  ['German', 'Die Regierung hat am Dienstag mitgeteilt, dass bei den Luftangriffen auf die Stadt mindestens zwanzig Menschen getötet wurden, wie die örtlichen Behörden mitteilten, die auch Dutzende Verletzte meldeten und Hilfe forderten.', false],
  ['Spanish', 'El gobierno anunció el martes que los ataques aéreos contra la ciudad mataron al menos a veinte personas, según las autoridades locales, que también informaron de decenas de heridos en los barrios del norte de la capital.', false],
  ['Russian', 'Правительство заявило во вторник, что в результате авиаударов по городу погибли по меньшей мере двадцать человек, сообщили местные власти.', false],
  ['Chinese', '政府周二宣布，对该市的空袭造成至少二十人死亡，地方当局还报告了数十人受伤。', false],
  ['English with some Arabic names', 'The army said Hezbollah (حزب الله) fired rockets at the town of Kiryat Shmona on Monday, and that the Israeli military responded with strikes on positions in southern Lebanon, officials said.', true],
];

describe('English check', () => {
  for (const [name, text, english] of cases) {
    it(`${name} → ${english ? 'English' : 'NOT_ENGLISH'}`, () => {
      if (english) assertEnglish(text);
      else assert.throws(() => assertEnglish(text), (e: unknown) => e instanceof InputError && e.code === 'NOT_ENGLISH' && e.exitCode === 3);
    });
  }
  it('allow skips the check', () => assertEnglish(fixtureBytes('french.txt').toString(), true));
  it('stops after a few thousand words', () => {
    assert.ok(languageStats('the army said '.repeat(100_000)).words <= 3000);
  });
});
