import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletStage } from '../../src/recognise/outlets.js';
import { docFor, sampleText, HOSTILE } from './layer-doc.js';

/** [span, canonical name, entry] */
const CASES: [string, [string, string, string][]][] = [
  ['Further attacks came last week, The Wall Street Journal reported.', [['The Wall Street Journal', 'The Wall Street Journal', 'outlet:wsj']]],
  ['The Wall Street Journal reported it. It was bigger, according to the Journal.', [
    ['The Wall Street Journal', 'The Wall Street Journal', 'outlet:wsj'],
    ['the Journal', 'The Wall Street Journal', 'outlet:wsj:backref'],
  ]],
  ['The truce ended, according to the WSJ.', [['the WSJ', 'The Wall Street Journal', 'outlet:wsj']]],
  ['State Department spokesperson Matthew Miller told CNN.', [['CNN', 'CNN', 'outlet:cnn']]],
  ['Officials told The Associated Press and AP that AFP and Reuters were wrong.', [
    ['The Associated Press', 'Associated Press', 'outlet:ap'], ['AP', 'Associated Press', 'outlet:ap'],
    ['AFP', 'Agence France-Presse', 'outlet:afp'], ['Reuters', 'Reuters', 'outlet:reuters'],
  ]],
  ['The New York Times reported the raid; the Times said later.', [['The New York Times', 'The New York Times', 'outlet:nyt'], ['the Times', 'The New York Times', 'outlet:nyt:backref']]],
  ['The Times of Israel said; the Times added.', [['The Times of Israel', 'The Times of Israel', 'outlet:toi'], ['the Times', 'The Times of Israel', 'outlet:toi:backref']]],
  ['The Houthi-run Al-Masirah TV and the Saba news agency said.', [['Al-Masirah TV', 'Al-Masirah', 'outlet:almasirah'], ['the Saba news agency', 'Saba', 'outlet:saba']]],
  ['SANA, IRNA, Tasnim and the Fars news agency reported.', [
    ['SANA', 'SANA', 'outlet:sana'], ['IRNA', 'IRNA', 'outlet:irna'], ['Tasnim', 'Tasnim', 'outlet:tasnim'],
    ['the Fars news agency', 'Fars', 'outlet:fars'],
  ]],
  ['The Syrian Observatory for Human Rights (SOHR) said 12 were killed.', [['The Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'outlet:sohr'], ['SOHR', 'Syrian Observatory for Human Rights', 'outlet:sohr']]],
  ['Bloomberg reported the sanctions; TASS and Xinhua too.', [['Bloomberg', 'Bloomberg', 'outlet:bloomberg'], ['TASS', 'TASS', 'outlet:tass'], ['Xinhua', 'Xinhua', 'outlet:xinhua']]],
  // wire copy in capitals
  ['HOUTHIS FIRED MISSILES LAST WEEK, THE WALL STREET JOURNAL REPORTED. AP SAID SO.', [['THE WALL STREET JOURNAL', 'The Wall Street Journal', 'outlet:wsj'], ['AP', 'Associated Press', 'outlet:ap']]],
  // not outlets
  ['According to the Journal, nothing happened.', []],
  ['The journal Nature and an ap in the sun.', []],
  ['Drones hit Fars province. Michael Bloomberg said so.', []],
  ['Iran\'s Guardian Council met the National Guard.', []],
];

for (const [text, expected] of CASES) {
  test(`outlets: ${text}`, () => {
    const doc = docFor(text, [outletStage]);
    assert.deepEqual(doc.outlets.map((m) => [m.text, m.data.name, m.entry]), expected);
  });
}

test('outlets: the reference article names the WSJ (four ways) and CNN twice', (t) => {
  const text = sampleText();
  if (!text) return t.skip('shared sample not present');
  const doc = docFor(text, [outletStage]);
  assert.deepEqual(doc.outlets.map((m) => `${m.text}=${m.data.name}`), [
    'The Wall Street Journal=The Wall Street Journal',
    'the Journal=The Wall Street Journal',
    'the WSJ=The Wall Street Journal',
    'the Journal=The Wall Street Journal',
    'CNN=CNN',
    'CNN=CNN',
  ]);
});

for (const [name, text] of HOSTILE) {
  test(`outlets: hostile input (${name}) is read in one pass`, () => {
    const doc = docFor(text, [outletStage]);
    assert.ok(doc.outlets.length <= doc.tokens.length);
  });
}
