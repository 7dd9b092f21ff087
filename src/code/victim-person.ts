import type { Mention, NumberData } from '../pipeline/doc.js';
import type { SentenceContext } from './context.js';

/**
 * Two readings of the words around a kill verb for singleVictim (src/code/arguments.ts):
 *
 * - `personObject`: the verb's object is one named person ("killed Mohammad al X, a member of …", "assassinated
 *   commander Y", "killed pro-government commander Z"): an actor mention of one person starting within the first
 *   three words of the object (titles and modifiers may come first), in the same clause;
 * - `agentCount`: a number in the "by …" phrase of a passive counts the killers, not the dead ("a man was shot dead by
 *   two armed men"), so it does not stop the single victim.
 */

/** Words that may follow a person's name in the object: the phrase ends there ("killed X in …", "killed X, a …"). */
const AFTER_NAME = new Set([',', '.', ';', 'a', 'an', 'and', 'in', 'at', 'on', 'near', 'during', 'while', 'with', 'from', 'of', 'who', 'after', 'outside', 'inside', 'as', 'by', '(', '']);

export function personObject(ctx: SentenceContext, at: number): boolean {
  // "the slain militant was …": an attributive participle has no object
  const before = ctx.norm(at - 2);
  if (before === 'the' || before === 'a' || before === 'an') return false;
  // the first three words; a hyphenated compound is one word ("pro-Hadi Islah-affiliated commander X")
  let words = 0;
  for (let j = at; j < ctx.to; j++) {
    const t = ctx.token(j);
    if (t?.kind === 'dash' && !t.space) { j++; continue; }
    if (++words > 3) return false;
    if (ctx.isBoundary(j) || ctx.norm(j) === ',' || ctx.norm(j) === 'and' || ctx.number(j)) return false;
    const a = ctx.actor(j);
    if (!a) continue;
    if (a.data.kind !== 'person' || a.data.plural || a.tokenStart < at) return false;
    // a name (a capitalised word) that ends its phrase: not "Afghan commando forces"
    let named = false;
    for (let m = a.tokenStart; m < a.tokenEnd; m++) if (ctx.token(m)?.cap) named = true;
    const last = ctx.token(a.tokenEnd - 1);
    return named && last !== undefined && last.cap && AFTER_NAME.has(ctx.norm(a.tokenEnd));
  }
  return false;
}

/** "by two armed men", "by 3 gunmen": the number follows "by" (a determiner may stand between). */
export function agentCount(ctx: SentenceContext, x: Mention<NumberData>): boolean {
  const prev = ctx.norm(x.tokenStart - 1);
  return prev === 'by' || ((prev === 'the' || prev === 'some') && ctx.norm(x.tokenStart - 2) === 'by');
}
