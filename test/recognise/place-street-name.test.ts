import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A street or square named after a place is not that place ("Palestine street" in Baghdad, "Lebanon Square" in
 * Damascus, "Vittoria square" in Naples): reject:facility-name in src/recognise/place-filter.ts, with or without an
 * article and whatever the case of the noun; a plural ("Baghdad streets") is the city's own. Before a facility noun
 * ("Tartar primary school"), a small place abroad the document gives no evidence for, while another name places the
 * story elsewhere, names the facility (not after "a": "a Kapenguria school" is the town's).
 * [text, places as "text/country"]
 */
const CASES: [string, string[]][] = [
  ['A mortar round landed on a depot in Palestine street in Baghdad on Monday.', ['Baghdad/IRQ']],
  ['Hundreds of students rallied in Lebanon Square in Damascus.', ['Damascus/SYR']],
  ['Shops were looted on Egypt avenue in Khartoum overnight.', ['Khartoum/SDN']],
  ['Pensioners protested at Jordan boulevard in Baghdad.', ['Baghdad/IRQ']],
  ['Cyclists gathered in Verona square in Rome on Sunday.', ['Rome/ITA']],
  // a facility named like a place abroad, in a document another name places elsewhere
  ['Gunmen torched classrooms at Tartar primary school within Kapenguria, West Pokot.', ['Kapenguria/KEN', 'West Pokot/KEN']],
  ['Gunmen raided Tartar hospital near Kapenguria, Kenya.', ['Kapenguria/KEN', 'Kenya/KEN']],
  // the places themselves stay
  ['Shells hit Tartar hospital in Azerbaijan on Sunday.', ['Tartar/AZE', 'Azerbaijan/AZE']],
  ['Gunmen torched classrooms at a Kapenguria primary school in West Pokot.', ['Kapenguria/KEN', 'West Pokot/KEN']],
  ['Protesters filled the streets of Baghdad on Friday.', ['Baghdad/IRQ']],
  ['Police fired tear gas at protesters in Khartoum.', ['Khartoum/SDN']],
];

for (const [text, places] of CASES) {
  test(`street named after a place: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-street-name' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.text}/${p.data.country}`), places);
  });
}
