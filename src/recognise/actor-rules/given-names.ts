import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';
import { normToken } from '../../segment/normalize.js';
import { WordBits } from '../vocab.js';

/** Word lists of person names: the given names of data/actors/given-names.json and the verbs that end a name. */

let given: Set<string> | null = null;

/** The given names, normalised like tokens (loaded on first use). */
export function givenNames(): Set<string> {
  if (given) return given;
  const doc = JSON.parse(readFileSync(dataPath('actors', 'given-names.json'), 'utf8')) as { names: string[] };
  given = new Set(doc.names.map(normToken));
  return given;
}

let givenWords: WordBits | null = null;

/** The given names as a bitmap by vocabulary number: `givenBits().hasToken(t)` is `givenNames().has(t.norm)` without hashing the norm. */
export function givenBits(): WordBits {
  givenWords ??= new WordBits(givenNames());
  return givenWords;
}

/** Verbs that follow a name in reports ("SET OFF", "HOLDS … RESPONSIBLE"). */
const NAME_VERBS = new Set([
  'set', 'sets', 'holds', 'held', 'says', 'gets', 'got', 'put', 'puts', 'led', 'leads', 'tells', 'sent', 'sends', 'meets', 'wants',
  'seeks', 'faces', 'shot', 'died', 'dies', 'fled', 'went', 'goes', 'knew', 'knows', 'won', 'lost', 'hit', 'saw', 'sees', 'thinks', 'thought',
]);

/**
 * In upper-case text every word is capitalised, so a name's words run on into the verb after it ("ROSA FERNANDEZ SET
 * OFF", "CHILEAN FOREIGN MINISTER MURDERED"): a frequent verb, or a word of six letters or more ending in -ED that is
 * no given name ("MOHAMMED", "KHALED" stay), ends the name there.
 */
export function upperVerb(norm: string): boolean {
  if (NAME_VERBS.has(norm)) return true;
  return norm.length >= 6 && norm.endsWith('ed') && !givenNames().has(norm);
}
