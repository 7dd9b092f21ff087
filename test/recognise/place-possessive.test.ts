import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A site named after a place's possessive is a place inside it (src/recognise/place-possessive.ts) and the event's
 * place, its owner only the container (containerBeforeApposition, src/code/place-syntax.ts); a given name before a
 * possessive and a lower-case noun is a person's (reject:possessive-person, src/recognise/place-filter.ts).
 * [text, places as "text/country/precision", the first event's location name (undefined: no event)]
 */
const CASES: [string, string[], string | null | undefined][] = [
  ['Police patrolled outside Mosul\'s Al-Salam hospital on Sunday.', ['Mosul/IRQ/city', 'Al-Salam/IRQ/site'], 'Al-Salam'],
  ['A car bomb exploded in Baghdad\'s crowded Bab Sharqi market, killing five.', ['Baghdad/IRQ/city', 'Bab Sharqi/IRQ/site'], 'Bab Sharqi'],
  ['Troops stormed a house in Aleppo\'s eastern Salaheddine district.', ['Aleppo/SYR/city', 'Salaheddine/SYR/site'], 'Salaheddine'],
  ['Protesters marched in Nairobi\'s Kibera slum.', ['Nairobi/KEN/city', 'Kibera/KEN/site'], 'Kibera'],
  // no place noun: an institution or a body, no site
  ['Gaza\'s Health Ministry said 12 people were killed.', ['Gaza/PSE/admin1'], null],
  // an electoral unit with a number is no site
  ['Turnout rose in Nebraska\'s 3rd Congressional District.', ['Nebraska/USA/admin1'], undefined],
  // a person's possessive, not the small towns named Martin
  ['Workers drilled new wells on Martin\'s farm in Texas.', ['Texas/USA/admin1'], undefined],
];

for (const [text, places, location] of CASES) {
  test(`possessive site: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-possessive' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.text}/${p.data.country}/${p.data.precision}`), places);
    if (location !== undefined) assert.equal(doc.events[0]?.locations[0]?.name ?? null, location);
  });
}
