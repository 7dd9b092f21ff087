import type { Mention, ActorData } from '../pipeline/doc.js';
import type { SentenceContext } from './context.js';
import { QUALIFIERS } from './place-syntax.js';

/** Suffix of the rule of a recipient that is such a place: the model makes it a place-country recipient. */
export const QUALIFIED_PLACE = ':qualified-place';

/**
 * Prepositions of location before a qualified place ("in downtown Mogadishu", "near northern Kirkuk"). Not "on",
 * "against", "into", "of" or "to": there the place may be the act's target ("an attack on northern Israel").
 */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'within']);

/**
 * "A car bomb exploded in downtown Mogadishu, killing 20", "clashes in northern Aleppo": a country or city read as
 * its government after a locative preposition and one or more direction or area words is where the act happened,
 * neither its doer nor its target. A name right after the preposition is already a place for the role binders
 * (src/code/roles.ts `inPrepPhrase`); the area words in between hid the preposition from them, and in upper-case wire
 * copy ("IN DOWNTOWN BOGOTA") the capitalised area word looked like a name. Only actors that are also places
 * (`alsoPlace`), with a place mention at their start.
 */
export function qualifiedPlace(ctx: SentenceContext, m: Mention<ActorData>): boolean {
  if (!m.data.alsoPlace || !ctx.place(m.tokenStart)) return false;
  let k = m.tokenStart - 1;
  let qualifiers = 0;
  while (k >= ctx.from && k >= m.tokenStart - 4 && QUALIFIERS.has(ctx.norm(k))) {
    qualifiers++;
    k--;
  }
  if (qualifiers === 0) return false;
  if (k >= ctx.from && ctx.norm(k) === 'the') k--;
  return k >= ctx.from && LOCATIVE.has(ctx.norm(k));
}
