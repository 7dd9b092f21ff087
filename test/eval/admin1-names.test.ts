import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameAdmin1 } from '../../src/eval/admin1-names.js';

// [gold admin1, our admin1, same unit?]
const CASES: [string, string, boolean][] = [
  ['Michoacan de Ocampo', 'Michoacán', true], // the official long form
  ['Coahuila', 'Coahuila de Zaragoza', true],
  ['Veracruz de Ignacio de la Llave', 'Veracruz', true],
  ['Distrito Federal', 'Ciudad de México', true], // renamed in 2016, same territory
  ['Ciudad de Mexico', 'Distrito Federal', true],
  ['Idleb', 'Idlib', true], // the fuzzy match it builds on
  ['Santa Ana', 'Santa Rosa', false],
  ['Mexico', 'Ciudad de Mexico', false], // the State of Mexico is another unit
  ['San Juan de los Lagos', 'Jalisco', false],
  ['Rio de Janeiro', 'Rio Grande do Sul', false],
];

for (const [gold, ours, same] of CASES) {
  test(`admin1 "${gold}" ${same ? '=' : '≠'} "${ours}"`, () => {
    assert.equal(sameAdmin1(ours, gold), same);
  });
}
