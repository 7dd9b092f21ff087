import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A capital named in apposition after "capital" (with or without a comma, "capital city" too) is the city, not its
 * government (src/recognise/capital-apposition.ts, read by locativeBefore in src/recognise/place-words.ts and by the
 * actor stage), though capitals are otherwise places only after a locative preposition (data/places/metonyms.json).
 * [text, places found as "name/country"]
 */
const CASES: [string, string[]][] = [
  ['A bomb exploded near a mosque in the capital, Kabul, on Friday.', ['Kabul/AFG']],
  ['Protesters marched in the Yemeni capital, Sanaa, on Sunday.', ['Sanaa/YEM']],
  ['Gunmen stormed a hotel in the Somali capital Mogadishu late on Sunday.', ['Mogadishu/SOM']],
  ['Thousands of teachers rallied in the capital city Baghdad over unpaid wages.', ['Baghdad/IRQ']],
  ['A car bomb went off outside a ministry in the Afghan capital Kabul.', ['Kabul/AFG']],
  // without the apposition the capital still stands for its government
  ['Kabul said the attack would not go unanswered.', []],
];

for (const [text, want] of CASES) {
  test(`capital in apposition: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-capital-apposition' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.data.name}/${p.data.country}`), want);
    // the city in apposition is no actor (no metonym for the government)
    if (want.length > 0) assert.deepEqual(doc.actors.filter((a) => a.data.sector === 'GOV').map((a) => a.text), []);
  });
}
