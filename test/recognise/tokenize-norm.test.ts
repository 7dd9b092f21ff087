import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/segment/tokenize.js';
import { normToken } from '../../src/segment/normalize.js';

/** The tokeniser folds a token's norm on the way (no normToken call for plain or ASCII words): it must equal normToken(text). */
const TEXTS = [
  'Houthi rebels fired drones at Israel on Monday, killing 3.',
  'THE U.S. ARMY SAID 1,200 TROOPS LEFT KATA\u2019IB HEZBOLLAH BASES',
  "Kata'ib Hezbollah's fighters and the Pentagon's Gen. Smith (Ret.) met at 6.5 km",
  'Ä.B. and Ö.Ü. met in Zürich; São Paulo, Łódź, İstanbul, ŞANLIURFA, straße, STRASSE',
  'U.S.-backed forces, a.m. and p.m., e.g. the U.N.\u2019s envoy, Sen. McCain, Mr. al-Sudani',
  'Ελληνικά ΚΕΙΜΕΝΟ, русский ТЕКСТ, العربية, 中文, emoji 😀 and ﬁ ligature',
  'don\u2019t won\u02bct O\u2019Neil D\u2018Arcy x\u00d7y a\u00f7b',
  'Dr. Jean-Pierre Lacroix visited Côte d\u2019Ivoire and the DRC\u2019s M23 in N.Kivu',
  '',
];

for (const text of TEXTS) {
  test(`token norms are normToken of their text: ${JSON.stringify(text.slice(0, 40))}`, () => {
    for (const t of tokenize(text)) assert.equal(t.norm, normToken(t.text), JSON.stringify(t.text));
  });
}
