import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, prepare, DEFAULT_OPTIONS } from '../../src/dedup/index.js';
import { item, killed, actor, place, ISRAEL, HAMAS, HOUTHIS, GAZA_CITY, JABALIA, KHAN_YUNIS, RAFAH, GAZA_STRIP, HODEIDAH, type EventSpec } from './fixtures.js';

const base: Omit<EventSpec, 'id'> = { actors: [ISRAEL], recipients: [HAMAS], locations: [GAZA_CITY], date: '2023-10-23' };

const cases: Array<{ name: string; a: Partial<EventSpec>; b: Partial<EventSpec>; link: boolean; veto?: string }> = [
  { name: 'same everything, two outlets', a: {}, b: {}, link: true },
  { name: 'nearby town (Jabalia, 3 km)', a: {}, b: { locations: [JABALIA] }, link: true },
  { name: 'Khan Yunis, 23 km away, is within 25 km', a: {}, b: { locations: [KHAN_YUNIS] }, link: true },
  { name: 'Rafah, 30 km away, is not', a: {}, b: { locations: [RAFAH] }, link: false, veto: 'place:distance' },
  { name: 'other country', a: {}, b: { locations: [HODEIDAH] }, link: false, veto: 'place:country' },
  { name: 'coarse place (admin1) with actors on both sides', a: {}, b: { locations: [GAZA_STRIP] }, link: true },
  { name: 'next day', a: {}, b: { date: '2023-10-24' }, link: true },
  { name: 'three days apart', a: {}, b: { date: '2023-10-26' }, link: false, veto: 'time:time' },
  { name: 'undated, published next day', a: {}, b: { date: null, published: '2023-10-24' }, link: true },
  { name: 'different PLOVER type, same ACLED type', a: {}, b: { type: 'COERCE' }, link: true },
  { name: 'different type and ACLED type', a: {}, b: { type: 'PROTEST', acled: 'Protests' }, link: false, veto: 'type:type' },
  { name: 'threat vs attack', a: {}, b: { modality: 'threatened' }, link: false, veto: 'type:modality' },
  { name: 'other attacker', a: {}, b: { actors: [HOUTHIS] }, link: false, veto: 'actors:actor' },
  { name: 'roles crossed ("clashes between")', a: {}, b: { actors: [HAMAS], recipients: [ISRAEL] }, link: true },
  { name: 'generic attacker of same country', a: {}, b: { actors: [actor('Israeli forces', { kind: 'generic', entry: null, country: 'ISR' })] }, link: true },
  { name: '3 vs 5 killed: kept side by side', a: { quantities: [killed(3)] }, b: { quantities: [killed(5)] }, link: true },
  { name: '2 vs 60 killed: two events', a: { quantities: [killed(2)] }, b: { quantities: [killed(60)] }, link: false, veto: 'figures:killed' },
  { name: 'same article, other sentence, 3 vs 5 killed', a: { article: 'A', quantities: [killed(3)] }, b: { article: 'A', sentence: 4, quantities: [killed(5)] }, link: false, veto: 'figures:killed-in-article' },
  { name: 'same article repeats the attack with the same toll', a: { article: 'A', quantities: [killed(3)] }, b: { article: 'A', sentence: 4, quantities: [killed(3)] }, link: true },
  { name: 'same article, bare repeat without figures (score below 4)', a: { article: 'A' }, b: { article: 'A', sentence: 4, locations: [] }, link: false },
  { name: 'no place, no recipients: not enough', a: { locations: [], recipients: [] }, b: { locations: [], recipients: [] }, link: false },
  { name: 'no place but both sides named', a: { locations: [] }, b: { locations: [] }, link: true },
  { name: 'both sides named, same province, but other village names', a: { locations: [GAZA_STRIP], text: 'Israeli jets struck Beit Lahia in the Gaza Strip.' },
    b: { locations: [GAZA_STRIP], text: 'Israeli jets struck Deir al-Balah in the Gaza Strip.' }, link: false },
  { name: 'both sides named, same province, the same names', a: { locations: [GAZA_STRIP], text: 'Israeli jets struck Beit Lahia in the Gaza Strip.' },
    b: { locations: [GAZA_STRIP], text: 'Israeli aircraft hit Beit Lahia in the Gaza Strip.' }, link: true },
  { name: 'same name, unresolved coordinates', a: { locations: [place('Beit Hanoun', { country: 'PSE' })] }, b: { locations: [place('Beit Hanoun', { country: 'PSE' })] }, link: true },
];

for (const c of cases) {
  test(`compare: ${c.name}`, () => {
    const a = prepare(item({ id: 'e1', ...base, ...c.a }), DEFAULT_OPTIONS);
    const b = prepare(item({ id: 'e2', ...base, ...c.b }), DEFAULT_OPTIONS);
    const r = compare(a, b, DEFAULT_OPTIONS);
    assert.equal(r.link, c.link, JSON.stringify(r));
    if (c.veto) assert.equal(r.veto, c.veto);
    // Symmetric.
    const r2 = compare(b, a, DEFAULT_OPTIONS);
    assert.equal(r2.link, r.link);
    assert.equal(r2.score, r.score);
  });
}

import { namesOf, namesRule } from '../../src/dedup/rules/names.js';
import { isFine } from '../../src/dedup/rules/place.js';

const nameCases: Array<[string, string[]]> = [
  ['Turkish forces shelled Tall Refaat near Azaz on Monday.', ['tall', 'refaat', 'azaz']],
  ["On 3 February 2020 Russian warplanes struck Ma'arrat Tamasrin in Idleb.", ['russian', "ma'arrat", 'tamasrin', 'idleb']],
  ["Israel's army said The Hamas-run ministry reported it.", ['hamas']],
  ['no names here at all.', []],
];
for (const [sentence, names] of nameCases) {
  test(`namesOf: ${sentence}`, () => assert.deepEqual([...namesOf(sentence)].sort(), [...names].sort()));
}

test('namesRule: the same names score 2, none in common −1, one or two shared names little', () => {
  const s = (x: string) => namesOf(x);
  assert.deepEqual(namesRule(s('Turkish forces shelled Tall Refaat near Azaz on Monday.'), s('Turkish troops bombarded Tall Refaat close to Azaz on Monday.')), { points: 2 });
  assert.deepEqual(namesRule(s('Regime forces shelled Kafraya in Idleb.'), s('Regime forces shelled Maraand in Idleb.')), { points: 0 });
  assert.deepEqual(namesRule(s('Forces shelled Kafraya.'), s('Forces shelled Maraand.')), { points: -1 });
  assert.deepEqual(namesRule(s('Warplanes of Russian make.'), s('Jets of Russian make.')), { points: 0.67 });
  assert.deepEqual(namesRule(s('no names.'), s('Forces shelled Maraand.')), { points: 0 });
});

test('place: a city named like its province counts only as the province', () => {
  assert.equal(isFine(place('Idlib', { admin1: 'Idlib', precision: 'city' })), false);
  assert.equal(isFine(place('Patos', { admin1: 'Paraíba', precision: 'city' })), true);
  assert.equal(isFine(place('Gaza City', { admin1: 'Gaza', precision: 'city' })), true);
});
