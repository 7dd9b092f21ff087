import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A town heading a longer name ("the Kettering Arts Council") is a toponym of doc.placeNames, with the reading of the
 * same name read as a place elsewhere in the document (`headOfPlace` in src/recognise/places.ts: one sense per
 * discourse), and so is a small town with no context of its own; not when the name is a place only by its size, nor
 * before a street word, nor (a small town) a word the text gives a person ("Underwood said"). A country's or capital's
 * possessive ("Peru's exports") is a toponym of doc.placeNames too (`possessiveReading`): the country, not a namesake
 * town of the story's country. Neither is ever an event's place.
 * [text, place names as text@country/admin1]
 */
const CASES: [string, string[]][] = [
  ['Voters in Kettering, Ohio, approved the levy. The Kettering Arts Council will use the money for a new stage.', ['Kettering@USA/Ohio']],
  ['A fire broke out in Waukesha on Monday. The Waukesha Symphony Orchestra cancelled its concert.', ['Waukesha@USA/Wisconsin']],
  ['Peru\'s exports of copper rose last year, officials in Lima said.', ['Peru@PER/null']],
  ['Police in Dallas said the suspect fled. Officials from Mexico\'s Club Tigres had met him.', ['Mexico@MEX/null']],
  // a small town with no context of its own, read as a place elsewhere in the text
  ['Chapin man hurt in crash. The driver lost control on a road near Chapin, S.C., on Tuesday.', ['Chapin@USA/South Carolina']],
  // not toponyms
  ['Police in Kettering, Ohio, closed Kettering Avenue after the crash.', []],
  ['Underwood said the clinic was busy. The clinic in Underwood, Iowa, opened in May. Underwood nurses were thanked.', []],
  ['A 2004 Toyota Corolla hit a pole; the driver of the Toyota was unhurt.', []],
];

for (const [text, names] of CASES) {
  test(`town heading a name, country possessive: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-head-of-place' }, { published: '2022-01-10' });
    const got = doc.placeNames.filter((p) => p.entry !== 'place:street').map((p) => `${p.text}@${p.data.country}/${p.data.admin1}`);
    assert.deepEqual(got, names);
    // never an event's place: the names stay out of doc.places
    for (const p of doc.placeNames) assert.ok(!doc.places.some((q) => q.start === p.start));
  });
}

/** An organisation actor opening with its state's name ("the U.S. Defense Department") names that state as a toponym. */
const ORGS: [string, string[]][] = [
  ['The U.S. Defense Department denied the report, officials in Tampa said.', ['U.S.@USA/null']],
  ['The Israel Defense Forces said it struck targets in Gaza.', ['Israel@ISR/null']],
];

for (const [text, names] of ORGS) {
  test(`state heading an organisation actor: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-head-of-place' }, { published: '2022-01-10' });
    assert.deepEqual(doc.placeNames.map((p) => `${p.text}@${p.data.country}/${p.data.admin1}`), names);
  });
}

/** Two names joined by a glued hyphen ("Chile-Peru relations") are both toponyms; "Iran-backed" and "Arab-Israeli" are not. */
const PAIRS: [string, string[]][] = [
  ['Chile-Peru relations improved after the summit, officials in Lima said.', ['Chile@CHL/null', 'Peru@PER/null']],
  ['Students of the Dilworth-Glyndon school met in Moorhead on Monday.', ['Dilworth@USA/Minnesota', 'Glyndon@USA/Minnesota']],
  ['The Iran-backed militia attacked a base in Syria.', []],
  ['Voters in Ohio backed the Arab-Israeli peace plan.', []],
];

for (const [text, names] of PAIRS) {
  test(`hyphen-joined names: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-head-of-place' }, { published: '2022-01-10' });
    assert.deepEqual(doc.placeNames.map((p) => `${p.text}@${p.data.country}/${p.data.admin1}`), names);
  });
}
