import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A name placed by a compass word relative to a firm town or unit (src/recognise/place-relative.ts): it keeps a
 * reading near that place, else one in its country, else it is no place (never a namesake abroad).
 * [text, places (name as written, country) expected, names that must not be places]
 */
const CASES: [string, [string, string][], string[]][] = [
  // Al Karama is known in Jordan and Syria only: in Gaza it is a local area the gazetteer lacks (after "in", an
  // unlisted site placed at Gaza city: place-bare.ts; no reading abroad)
  ['Warplanes struck homes in Al Karama and Al Tawam areas northwest of Gaza city overnight.', [['Gaza city', 'PSE'], ['Al Karama', 'PSE']], []],
  ['The army told residents of Al Karama, located in north Gaza city, to leave.', [['Gaza city', 'PSE']], ['Al Karama']],
  // a reading in the place's country is kept
  ['Shelling hit Al Karama, east of Raqqa city, on Monday.', [['Al Karama', 'SYR'], ['Raqqa city', 'SYR']], []],
  // "to the south of": Safyan is known only in Saudi Arabia
  ['Government forces fought gunmen around Safyan village to the south of Tabqa on Monday.', [['Tabqa', 'SYR']], ['Safyan village']],
  // a distance in brackets, and the unit word between the compass word and the place: Taif is the Saudi city
  // (Taif is then a Yemeni village the gazetteer lacks: place-bare.ts)
  ['Jets hit rebel positions in Taif and Nakhliya, 10 kilometres (six miles) south of the Red Sea city of Hodeida.', [['Hodeida', 'YEM'], ['Taif', 'YEM']], []],
  // a stated distance far beyond the radius: the rule says nothing (Juba stays)
  ['Fighting raged in Juba, located about 1,200 kilometers (740 miles) south of Khartoum.', [['Juba', 'SSD'], ['Khartoum', 'SDN']], []],
  // no compass word: the rule does not apply
  ['Protesters gathered in Al Karama and in Gaza city.', [['Al Karama', 'JOR']], []],
];
for (const [text, want, not] of CASES) {
  test(`relative position: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-relative' }, { published: '2022-01-10' });
    const got = doc.places.map((p) => [p.text, p.data.country] as [string, string | null]);
    for (const w of want) assert.ok(got.some((g) => g[0] === w[0] && g[1] === w[1]), JSON.stringify(got));
    for (const n of not) assert.ok(!got.some((g) => g[0] === n), JSON.stringify(got));
  });
}
