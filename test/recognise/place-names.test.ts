import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Names of places that are no place of the text (doc.placeNames, src/recognise/places.ts, place-in-actor.ts,
 * place-demonym.ts): a country or capital read as its state or government, a place name inside a person or generic
 * actor, a demonym of a country the text names. Never the place of an event: doc.places does not hold them.
 * [text, the toponym's text, its country, or null: no such toponym]
 */
const CASES: [string, string, string | null][] = [
  ['Egypt proposed a conference on the crisis.', 'Egypt', 'EGY'],
  ['Egypt and Sudan signed a water deal in Khartoum.', 'Sudan', 'SDN'],
  // a capital read as its government, in a text that names its country
  ['Moscow said the talks with Russia had failed.', 'Moscow', 'RUS'],
  // a place before a person or office word, read beside the story's other places
  ['The Athens Police Department arrested a man in Tyler, Texas.', 'Athens', 'USA'],
  ['A Paris man was arrested in Dallas on Sunday.', 'Paris', 'USA'],
  ['Georgia residents protested in Atlanta.', 'Georgia', 'USA'],
  // after "of" inside an actor
  ['The foreign minister of the Czech Republic met his colleague in Vienna.', 'Czech Republic', 'CZE'],
  // a surname is no toponym, nor a person named like a place
  ['Senate President David Williams spoke in Frankfort.', 'Williams', null],
  // a city read as an actor in a story naming no place and not its country: too uncertain
  ['Dublin students are getting a kick out of karate classes.', 'Dublin', null],
  // a demonym of a country the text names, not of one it does not (src/recognise/place-demonym.ts)
  ['Russia said Russian troops had left the border area.', 'Russian', 'RUS'],
  ['Egyptian-US relations cooled after Egypt recalled its envoy.', 'Egyptian', 'EGY'],
  ['He ordered French fries at a diner in Dallas.', 'French', null],
];

for (const [text, name, country] of CASES) {
  test(`place name that is no place: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-in-actor' }, { published: '2022-01-10' });
    const p = doc.placeNames.find((x) => x.text === name);
    assert.equal(p?.data.country ?? null, country);
    // never a place of the text's events
    assert.equal(doc.places.some((x) => x.text === name), false);
  });
}
