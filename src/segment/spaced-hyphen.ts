import type { Token } from '../pipeline/doc.js';

/**
 * Hyphens written with spaces around them, as tokenised corpora and some wires print them
 * ("Washington - backed rebels", "the Saudi - led coalition", "pro - Assad militias", "al - Qaeda"),
 * are closed up (the dash and the word after it get space=false) so every rule that reads a compound
 * ("X-backed", "X-led", "pro-X", "al-X") sees the same tokens as in "Washington-backed rebels". A
 * spaced dash stays clause punctuation (a parenthetical, a list or place separator such as
 * "Gaza - Az Zaytoun") unless the words around it can only be a compound:
 * - a name (capitalised word) or a noun for a side ("rebel", "state") before, and after it a participle of patronage,
 *   control or origin that does not open a passive phrase ("Iran - backed militias", "rebel - held areas", not
 *   "Hezbollah - backed by Iran -");
 * - the prefixes "pro", "anti" before and a word after ("pro - government", "anti - Assad");
 * - the Arabic article "al" before and a capitalised word after ("al - Qaeda", "al - Shabaab").
 * Only a single ASCII hyphen is closed up: en and em dashes and "--" are punctuation.
 */

/** Participles that make "<Name>-<participle>" one modifier ("Iran-backed", "Kurdish-held", "London-based"). */
export const COMPOUND_PARTICIPLES = new Set([
  'backed', 'led', 'based', 'allied', 'aligned', 'affiliated', 'linked', 'funded', 'financed', 'sponsored', 'supported',
  'supplied', 'held', 'controlled', 'run', 'owned', 'dominated', 'occupied', 'inspired', 'made', 'born',
]);

const PREFIXES = new Set(['pro', 'anti']);
/** Common nouns that stand for a side before such a participle ("rebel - held areas", "state - sponsored attacks"). */
const SIDE_NOUNS = new Set(['rebel', 'government', 'state', 'regime', 'opposition', 'militant', 'insurgent', 'jihadist', 'army', 'coalition', 'militia']);
const ARTICLES = new Set(['al']);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Closes spaced compound hyphens in place (see above); linear in the tokens. */
export function closeSpacedHyphens(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const dash = tokens[i]!;
    if (dash.kind !== 'dash' || dash.text !== '-' || !dash.space) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    if (!after.space || !word(before) || !word(after)) continue;
    const compound = ((before.cap || SIDE_NOUNS.has(before.norm)) && COMPOUND_PARTICIPLES.has(after.norm) && !after.cap && tokens[i + 2]?.norm !== 'by')
      || (PREFIXES.has(before.norm) && !before.cap)
      || (ARTICLES.has(before.text) && after.cap);
    if (!compound) continue;
    dash.space = false;
    after.space = false;
  }
}
