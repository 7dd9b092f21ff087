import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { sunLetterFits } from '../../src/resolve/gazetteer.js';

/**
 * Villages named like a country or a state (src/resolve/geo-disambiguate.ts, `countryLevel` and `unitsNamed`): a town
 * under 10,000 people named like a foreign country ("China", Texas) or like a first-level unit it does not lie in
 * ("Louisiana", Missouri) takes no evidence from the story being set in its country, and casts no spatial votes
 * (src/recognise/place-context.ts); only its own state or a state after a comma speaks for it. Also: an assimilated
 * Arabic article must sound like the next word ("An Alexandria man" holds no article), a capitalised determiner is no
 * person's name before a place ("A Gainesville man"), and a country after a comma does not contain another country's
 * name (a list). [text, places as (text, country, precision)]
 */
const CASES: [string, [string, string | null, string][]][] = [
  // the story is set in Texas, yet Italy and China are the countries, not the hamlets of Texas
  ['Volunteers from Gainesville, Texas, sent volunteers to work in Italy and in China after the earthquake.',
    [['Gainesville', 'USA', 'city'], ['Texas', 'USA', 'admin1'], ['Italy', 'ITA', 'country'], ['China', 'CHN', 'country']]],
  ['The Texas plant in China will close, the company in Dallas said.', [['Texas', 'USA', 'admin1'], ['China', 'CHN', 'country'], ['Dallas', 'USA', 'city']]],
  ['The church in Shadyside told the story of the flight from slavery in Egypt at its Passover meal in Pittsburgh.',
    [['Shadyside', 'USA', 'city'], ['Egypt', 'EGY', 'country'], ['Pittsburgh', 'USA', 'city']]],
  // a state after the comma still decides
  ['Palestine, Texas, police arrested two men on Friday.', [['Palestine', 'USA', 'city'], ['Texas', 'USA', 'admin1']]],
  // the state, not the Missouri village
  ['A Louisiana man was arrested in Lexington, Ky., on Sunday after a traffic stop.', [['Louisiana', 'USA', 'admin1'], ['Lexington', 'USA', 'city'], ['Ky.', 'USA', 'admin1']]],
  ['Grocery prices rose across Ontario last month, officials in Toronto said.', [['Ontario', 'CAN', 'admin1'], ['Toronto', 'CAN', 'city']]],
  ['Flooding hit towns across England, said the Environment Agency in Bristol.', [['England', 'GBR', 'admin1'], ['Bristol', 'GBR', 'city']]],
  // "An" is the English article here, and no one's name
  ['An Alexandria man was hurt in a crash near Nokomis, Minn., on Friday.', [['Alexandria', 'USA', 'city'], ['Nokomis', 'USA', 'city'], ['Minn.', 'USA', 'admin1']]],
  ['A Gainesville man was charged with burglary on Monday.', [['Gainesville', 'USA', 'city']]],
  // assimilated articles that fit
  ['Protesters gathered in An Nasiriyah on Friday.', [['An Nasiriyah', 'IRQ', 'city']]],
  ['Clashes took place in Ash Shaddadah on Monday.', [['Ash Shaddadah', 'SYR', 'city']]],
  // "Man" is a stop word, but still the Ivorian city after "in" at the end of its clause
  ['Man arrested after a crash in Dayton.', [['Dayton', 'USA', 'city']]],
  ['Rebels clashed with the army in Man.', [['Man', 'CIV', 'city']]],
  // a list of countries: "China, Canada" is no China in Canada (the countries act here: no places)
  ['Volunteer pilots flew for China, Canada and Britain during the war.', []],
];

for (const [text, places] of CASES) {
  test(`namesake village: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-namesake-villages' }, { published: '2022-01-10' });
    const got = doc.places.map((p) => [p.text, p.data.country, p.data.precision]);
    assert.deepEqual(got, places, JSON.stringify(doc.places.map((p) => [p.text, p.data.name, p.data.country, p.data.admin1, p.entry])));
  });
}

const SUN: [string, string, boolean][] = [
  ['an nasiriyah', 'nasiriyah', true],
  ['ash shihr', 'shihr', true],
  ['ar - raqqa', 'raqqa', true],
  ['al mukalla', 'mukalla', true],
  ['an alexandria', 'alexandria', false],
  ['as boston', 'boston', false],
];
for (const [key, bare, ok] of SUN) {
  test(`sun letter: ${key}`, () => assert.equal(sunLetterFits(key, bare), ok));
}
