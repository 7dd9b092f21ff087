import type { ActorData, Mention } from '../pipeline/doc.js';
import type { SentenceContext } from './context.js';
import { AUXILIARIES, BE_FORMS, SKIPPABLE_ADVERBS } from './words.js';

/**
 * A subject with an appositive between it and its verb: "Pakistan, a key U.S. ally in the war on terror, has refused
 * to …", "Sudan, the largest country in Africa, agreed …". The appositive opens with an article right after the
 * subject's comma and closes with a comma right before the verb (auxiliaries and a few adverbs may stand between);
 * the names inside it ("U.S.") are no subject. Returns the actor before the opening comma, or null when the words
 * before the trigger are no such appositive (at most MAX_INSIDE words, no bracket, quote or other comma inside).
 */
const OPENERS = new Set(['a', 'an', 'the']);
const MAX_INSIDE = 14;

export function appositiveSubject(ctx: SentenceContext, trigger: number): Mention<ActorData> | null {
  let k = trigger - 1;
  while (k > ctx.from && (AUXILIARIES.has(ctx.norm(k)) || BE_FORMS.has(ctx.norm(k)) || SKIPPABLE_ADVERBS.has(ctx.norm(k)))) k--;
  if (ctx.norm(k) !== ',') return null;
  for (let j = k - 1; j > ctx.from && j >= k - MAX_INSIDE; j--) {
    if (ctx.isBoundary(j)) return null;
    if (ctx.norm(j) !== ',') continue;
    if (!OPENERS.has(ctx.norm(j + 1))) return null;
    // "The Teachers Union (TU), the largest union, said": a bracketed short form between the name and the comma
    const end = ctx.norm(j - 1) === ')' && ctx.norm(j - 3) === '(' ? j - 3 : j;
    const m = ctx.actor(end - 1);
    return m && m.tokenEnd === end ? m : null;
  }
  return null;
}
