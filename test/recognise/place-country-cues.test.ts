import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { countryCues } from '../../src/recognise/place-cues.js';
import { WordBits } from '../../src/recognise/vocab.js';

/**
 * Document country cues (src/recognise/place-cues.ts, data/places/country-cues.json; used in
 * src/resolve/geo-disambiguate.ts, `cueBonus`): spelling, currency, honorifics and institutions tell which
 * English-speaking country a story was written in, and decide between same-name towns of the US, Britain and Canada
 * when no place does; they never lift a hamlet over the world city it is named after. [text, places as (text, country)]
 */
const CASES: [string, [string, string | null][]][] = [
  ['Vandals smashed the windscreen of a car in Cambridge twice this fortnight, leaving Mr Hughes with a £900 repair bill.', [['Cambridge', 'GBR']]],
  ["Vandals smashed the windshield of a car in Cambridge twice this month, leaving Mr. Hughes with a $900 repair bill, sheriff's deputies said.", [['Cambridge', 'USA']]],
  ['The provincial sales tax will rise eight per cent under the new program, said the MPP for Oxford.', [['Oxford', 'CAN']]],
  ['The city council in Mansfield approved a $400,000 program to repair the police center, authorizing the mayor to sign.', [['Mansfield', 'USA']]],
  ['Mansfield council approved a £400,000 programme to repair the police centre, Mr Cook said.', [['Mansfield', 'GBR']]],
  // American spelling says where the writer is, not that Moscow is a Pennsylvania village
  ['The traveling exhibition, organized by a New York foundation, opens in Moscow this summer, the first time it has been shown in Russia.',
    [['New York', 'USA'], ['Moscow', 'RUS'], ['Russia', 'RUS']]],
];

for (const [text, places] of CASES) {
  test(`country cues: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-country-cues' }, { published: '2022-01-10' });
    const got = doc.places.map((p) => [p.text, p.data.country]);
    assert.deepEqual(got, places, JSON.stringify(doc.places.map((p) => [p.text, p.data.name, p.data.country, p.data.admin1, p.entry])));
  });
}

/** [text, expected cue points (countries not listed: 0)] */
const TALLIES: [string, Record<string, number>][] = [
  ['The neighbourhood centre organised a programme.', { USA: -4, CAN: -1 }],
  ['The neighborhood center organized a program.', { USA: 4, CAN: 2 }],
  // names are no spellings; a capitalised word after a stop-less honorific is
  ['Police on Harbour Street and Centre Road said Mr Jones was safe.', { USA: -1, CAN: -1 }],
  ['Prices rose 3 per cent, RCMP officers said; call (555) 555-0100.', { USA: 0, CAN: 2 }],
  ['A £1,700 bill and C$40 and US$30.', { GBR: 1, CAN: 1 }],
  ['The state police and the sheriff said the cell phone was found.', { USA: 2 }],
  ['Nothing here tells the country.', {}],
];
for (const [text, want] of TALLIES) {
  test(`cue tally: ${text}`, () => {
    const got = Object.fromEntries(countryCues(tokenize(text)));
    for (const [k, v] of Object.entries(want)) assert.equal(got[k] ?? 0, v, `${k} in ${JSON.stringify(got)}`);
    for (const [k, v] of Object.entries(got)) if (!(k in want)) assert.equal(v, 0, `${k} in ${JSON.stringify(got)}`);
  });
}

/** The marked words the same walk finds (the place context's demonyms): capitalised word tokens only, in order. [text, marks, marked texts] */
const MARKED: [string, string[], string[]][] = [
  ['Kenyan and Somali troops met the kenyan envoy in the Somali capital.', ['kenyan', 'somali'], ['Kenyan', 'Somali', 'Somali']],
  ['The neighbourhood centre hosted Ugandan pupils.', ['ugandan'], ['Ugandan']],
  ['No such word here.', ['ugandan'], []],
];
for (const [text, marks, want] of MARKED) {
  test(`cue walk marks: ${text}`, () => {
    const tokens = tokenize(text);
    const marked: number[] = [];
    const withMarks = countryCues(tokens, new WordBits(marks), marked);
    assert.deepEqual(marked.map((i) => tokens[i]!.text), want);
    assert.deepEqual([...withMarks], [...countryCues(tokens)]);
  });
}
