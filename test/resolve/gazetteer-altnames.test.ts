import { test } from 'node:test';
import assert from 'node:assert/strict';
import { altNameKeys, editDistance, spellingOf } from '../../src/resolve/gazetteer-build.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { placeKey } from '../../src/resolve/gazetteer-key.js';

const DISTANCES: [a: string, b: string, max: number, want: number][] = [
  ['patra', 'patras', 2, 1],
  ['kitten', 'sitting', 3, 3],
  ['abc', 'abc', 0, 0],
  ['abcdef', 'uvwxyz', 2, 3], // gives up past max: max + 1
  ['ab', 'abcdefgh', 2, 3],
];

for (const [a, b, max, want] of DISTANCES) {
  test(`editDistance(${a}, ${b}, ${max}) = ${want}`, () => assert.equal(editDistance(a, b, max), want));
}

// [own name key, alternate key, is a spelling of it]
const SPELLINGS: [string, string, boolean][] = [
  ['patra', 'patras', true],
  ['zhezqazghan', 'zhezkazgan', true],
  ['syevyerodonetsk', 'severodonetsk', true],
  ['pachuca de soto', 'pachuca', true],
  ['zamora', 'zamora de hidalgo', true],
  ['cali', 'santiago de cali', false], // the shorter has fewer than five letters
  ['ibagué', 'san bonifacio de ibague', false],
  ['culiacan', 'culiacan rosales', true], // an official long form: the name and words after it
  ['puebla', 'heroica puebla de zaragoza', true], // the name inside a long form, before "de"
  ['abbas', 'fort abbas', false],
  ['san fernando', 'san fernando city', false], // a unit word after the name: "San Fernando City Council"
 // a word before the name alone: another place
  ['trento', 'trent', false], // five letters: mostly people
  ['combs la ville', 'combs', false], // first word of another name, not before "de"
  ['fort abbas', 'abbas', false],
  // a city word or honorific before the name: its official long form (session 11, geo20)
  ['juarez', 'ciudad juarez', true],
  ['leon', 'ciudad leon', true], // short names too: the prefix vouches
  ['nogales', 'heroica nogales', true],
  ['juarez', 'puerto juarez', false], // another place
  ['juarez', 'villa juarez', false],
  ['ciudad juarez', 'juarez', false], // not the other way round
  ['juarez', 'ciudad juarez norte', false],
  ['izmir', 'smyrne', false], // an old name
  ['oakville', 'the city', false],
  ['plovdiv', 'julia', false],
];

for (const [own, alt, want] of SPELLINGS) {
  test(`spellingOf(${own}, ${alt}) is ${want}`, () => assert.equal(spellingOf(own, alt), want));
}

test('altNameKeys: Latin spellings with a capital that fill a gap; not codes, nicknames, romanisations or taken names', () => {
  const primary = new Set(['paris', 'patra']);
  assert.deepEqual(altNameKeys('GR', ['patra'], ['Patras', 'PATRAS', 'patras', 'Πάτρα', 'Patrai', 'The Patra City'], primary), ['patras', 'patrai']);
  // a key some place has as its own name is never an alternate ("Paris" for a village)
  assert.deepEqual(altNameKeys('UA', ['parizh'], ['Paris', 'Parizhe'], primary), ['parizhe']);
  // English-writing countries keep their own names only
  assert.deepEqual(altNameKeys('US', ['oakville'], ['Oakvile'], primary), []);
  assert.deepEqual(altNameKeys('GR', ['patra'], [], primary), []);
});

const LOOKUPS: [name: string, country: string][] = [
  ['Patras', 'GRC'],
  ['Zhezkazgan', 'KAZ'],
  ['Severodonetsk', 'UKR'],
];

for (const [name, country] of LOOKUPS) {
  test(`the gazetteer reads the alternate spelling ${name} (${country})`, () => {
    const cands = gazetteer().candidates(placeKey(name));
    assert.ok(cands.some((c) => c.country === country), `${name}: ${cands.map((c) => c.country).join(', ')}`);
  });
}
