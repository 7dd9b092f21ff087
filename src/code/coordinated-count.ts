import type { Mention, NumberData } from '../pipeline/doc.js';
import type { SentenceContext } from './context.js';

/**
 * Counts joined by "and" to the victims of a kill verb (read by src/code/arguments.ts and src/code/victim-person.ts):
 *
 * - `ownPredicate`: a conjunct with a participle of its own ("killing 5 soldiers and 2 captured", "the death of 4 men and
 *   1 taken prisoner") is an elided clause ("and 2 [were] captured"): it tells another outcome, not more dead;
 * - `countAfterObject`: "killed commander X and three troops", "killed a policeman and two civilians": one person and a
 *   count, both objects of the same kill verb; the number of the second conjunct, or null.
 */

/** -ed words that are adjectives in a victim phrase ("5 armed men were killed"), not a new verb. */
export const ED_ADJECTIVES = new Set(['armed', 'unidentified', 'suspected', 'alleged', 'unarmed', 'displaced', 'detained', 'affiliated', 'aged', 'masked', 'hooded', 'unnamed', 'retired', 'uniformed', 'injured', 'wounded', 'related', 'allied', 'backed', 'led', 'based', 'linked', 'trained', 'organised', 'organized', 'reported', 'estimated', 'additional', 'united']);

/** Outcome words without -ed that make a conjunct a clause of its own ("and 3 taken hostage", "and 2 missing"). */
const OUTCOME = new Set(['taken', 'missing', 'alive', 'unharmed', 'unhurt', 'held', 'captive', 'prisoner']);
/** Words a count may carry before the number: "and at least 3", "and about 20". */
const APPROX = new Set(['at', 'least', 'about', 'around', 'some', 'nearly', 'approximately', 'over', 'more', 'than', 'another']);

/** The conjunct counted by n has its own predicate within its first four words (a lower-case participle or outcome word). */
export function ownPredicate(ctx: SentenceContext, n: Mention<NumberData>): boolean {
  for (let k = n.tokenEnd; k < Math.min(ctx.to, n.tokenEnd + 4); k++) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word' || ctx.isBoundary(k)) return false;
    const w = t.norm;
    if (w === 'and' || w === 'or' || w === 'in' || w === 'on' || w === 'at' || w === 'during' || w === 'including') return false;
    if (t.cap) continue;
    if (OUTCOME.has(w) || (w.endsWith('ed') && !ED_ADJECTIVES.has(w))) return true;
  }
  return false;
}

/**
 * The number of a count coordinated after the one-person object that starts at `start`: "and" (then approximation
 * words) then a number, within 12 tokens, in the same sentence part; commas of an appositive may stand between
 * ("killed X, a local commander, and three guards").
 */
export function countAfterObject(ctx: SentenceContext, start: number): Mention<NumberData> | null {
  for (let j = start + 1; j < Math.min(ctx.to, start + 12); j++) {
    if (ctx.isBoundary(j)) return null;
    if (ctx.norm(j) !== 'and') continue;
    let k = j + 1;
    while (k < ctx.to && APPROX.has(ctx.norm(k))) k++;
    const n = ctx.number(k);
    if (!n || n.tokenStart !== k || n.data.ordinal || n.data.unit || ownPredicate(ctx, n)) return null;
    return n;
  }
  return null;
}

/** "was killed along with two others", "together with 3 guards": the number of the companions at `start`, or null. */
export function alongWith(ctx: SentenceContext, start: number): Mention<NumberData> | null {
  const w = ctx.norm(start);
  if (!((w === 'along' || w === 'together') && ctx.norm(start + 1) === 'with')) return null;
  let k = start + 2;
  while (k < ctx.to && APPROX.has(ctx.norm(k))) k++;
  const n = ctx.number(k);
  if (!n || n.tokenStart !== k || n.data.ordinal || n.data.unit || ownPredicate(ctx, n)) return null;
  return n;
}
