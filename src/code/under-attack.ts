import type { SentenceContext } from './context.js';
import { SKIPPABLE_ADVERBS_AT } from './words.js';

/**
 * "came under attack", "the base came under rocket fire from rebels", "has since come under frequent US bombardment",
 * "civilians were under fire": an attack noun after "under" and a verb of coming or being. The subject of that verb is
 * what was attacked (never the attacker); the attacker comes with "from" or "by" after the noun, or as its modifier.
 */

/** Verbs before "under" that make their subject the one attacked. */
const UNDER_VERBS = new Set([
  'come', 'comes', 'came', 'coming', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'remain', 'remains', 'remained',
  'remaining', 'fell', 'fall', 'falls', 'falling', 'kept', 'placed', 'put',
]);

/** Adverbs between the verb and "under": "has since come under", "came repeatedly under". */
const UNDER_ADVERBS = new Set(['since', 'again', 'also', 'now', 'still', 'repeatedly', 'reportedly', 'increasingly', 'constantly']);

/**
 * The index of the verb before "under" for the attack noun starting at `start` (past adjectives, weapon words and actor
 * modifiers: "under heavy rocket fire", "under US bombardment"), else -1.
 */
export function underAttackVerb(ctx: SentenceContext, start: number): number {
  let k = start - 1;
  while (k > ctx.from && k > start - 5 && ctx.norm(k) !== 'under') {
    const t = ctx.token(k);
    if (!t || ctx.isBoundary(k)) return -1;
    if (ctx.weapon(k) || ctx.actor(k) || (t.kind === 'word' && !t.cap)) { k--; continue; }
    if (t.kind === 'dash' && !t.space) { k--; continue; }
    return -1;
  }
  if (ctx.norm(k) !== 'under') return -1;
  let v = k - 1;
  while (v > ctx.from && v > k - 3 && (UNDER_ADVERBS.has(ctx.norm(v)) || ctx.is(v, SKIPPABLE_ADVERBS_AT))) v--;
  return v >= ctx.from && UNDER_VERBS.has(ctx.norm(v)) ? v : -1;
}
