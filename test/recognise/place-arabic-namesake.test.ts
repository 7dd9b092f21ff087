import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Arabic place names recur from Morocco to Oman (src/recognise/place-abroad.ts, ARABIC_NAMING): between two
 * Arabic-naming countries a namesake abroad may be a sizeable town (under half a million people, no capital), and a
 * dropped namesake whose sentence names a town or unit of the home country is kept as a local place there
 * (src/recognise/place-unlisted.ts, namesakesAtHome). Also the country alt spellings that are English words
 * ("Island" for Iceland) and hand aliases (Mocha, Lalitpur). [text, places (name as read, country), first event's country]
 */
const CASES: [string, [string, string | null][], string | null][] = [
  // Seeb is known only in Oman (over 100,000 people): here a village beside Hama, placed there
  ['Regime forces retook Seeb and its dam in Hama after a week of fighting.', [['Seeb', 'SYR'], ['Hama', 'SYR']], 'SYR'],
  // Saida in Algeria: a front line in the Raqqa countryside
  ['Rebels and QSD fighters exchanged fire on Saida frontlines in Ar-Raqqa countryside.', [['Saida', 'SYR'], ['Ar-Raqqa countryside', 'SYR']], 'SYR'],
  // with no home place in its sentence the namesake is dropped; the Houthis point to Yemen
  ['Houthi fighters took over Al Arish district after clashes with the Southern Resistance.', [], 'YEM'],
  // "the Old City": a descriptive name, not a village placed at home ("the Yarmouk area" is an unlisted place by its unit word)
  ['QSD fighters clashed with IS militants in the Old City and the Yarmouk area of Raqqa.', [['Yarmouk', 'SYR'], ['Raqqa', 'SYR']], 'SYR'],
  // kept: the reading's country has evidence of its own
  ['Egyptian police dispersed a protest in Mansura on Friday.', [['Mansura', 'EGY']], 'EGY'],
  // kept: a capital is never such a namesake
  ['Houthi delegates held talks in Muscat on Monday.', [['Muscat', 'OMN']], null],
  // "Island" is no alt spelling of Iceland
  ['Storms closed roads across the North Island on Sunday.', [['North Island', 'NZL']], null],
  // hand aliases: Mocha (Al Mukha, Yemen), Lalitpur (Patan, Nepal)
  ['Coalition jets struck the port of Mocha on Tuesday.', [['Mocha', 'YEM']], 'YEM'],
  ['Students staged a torch rally in Lalitpur against fuel prices.', [['Lalitpur', 'NPL']], 'NPL'],
];

for (const [text, places, country] of CASES) {
  test(`arabic namesake: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-arabic-namesake' }, { published: '2022-01-10' });
    const got = doc.places.map((p) => [p.text, p.data.country]);
    assert.deepEqual(got, places, JSON.stringify(doc.places.map((p) => [p.text, p.data.name, p.data.country, p.entry])));
    if (country !== null) assert.equal(doc.events[0]?.locations[0]?.country ?? null, country);
  });
}
