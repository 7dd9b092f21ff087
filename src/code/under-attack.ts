import type { SentenceContext } from './context.js';
import { SKIPPABLE_ADVERBS_AT } from './words.js';

/**
 * "came under attack", "the base came under rocket fire from rebels", "has since come under frequent US bombardment",
 * "civilians were under fire": an attack noun after "under" and a verb of coming or being; and an attack noun as the
 * object of a verb of undergoing or repelling ("the town suffered heavy shelling", "troops repelled an attack by
 * militants", "survived an assassination attempt"). The subject of that verb is what was attacked (never the
 * attacker); the attacker comes with "from" or "by" after the noun, or as its modifier.
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

/** Verbs whose subject undergoes or fends off the attack noun that is their object. */
const UNDERGO_VERBS = new Set([
  'suffered', 'suffer', 'suffers', 'suffering', 'endured', 'endure', 'endures', 'enduring', 'survived', 'survive', 'survives',
  'surviving', 'withstood', 'withstand', 'withstands', 'repelled', 'repel', 'repels', 'repelling', 'repulsed', 'repulse',
  'repulses', 'repulsing',
]);
/** Determiners and counts of the object phrase: "an attack", "two attacks", "several raids". */
const OBJECT_WORDS = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'many', 'multiple', 'repeated', 'another', 'its', 'their', 'his', 'her']);

/** The index of a verb of undergoing or repelling whose object phrase the attack noun at `start` heads, else -1. */
export function undergoVerb(ctx: SentenceContext, start: number): number {
  let k = start - 1;
  while (k > ctx.from && k > start - 5 && !UNDERGO_VERBS.has(ctx.norm(k))) {
    const t = ctx.token(k);
    if (!t || ctx.isBoundary(k)) return -1;
    if (ctx.weapon(k) || ctx.actor(k) || ctx.number(k) || OBJECT_WORDS.has(t.norm) || (t.kind === 'word' && !t.cap)) { k--; continue; }
    if (t.kind === 'dash' && !t.space) { k--; continue; }
    return -1;
  }
  return k >= ctx.from && UNDERGO_VERBS.has(ctx.norm(k)) ? k : -1;
}

/** The verb whose subject the attack noun at `start` was done to: "came under", "suffered", "repelled"; else -1. */
export function attackedSubjectVerb(ctx: SentenceContext, start: number): number {
  const u = underAttackVerb(ctx, start);
  return u >= 0 ? u : undergoVerb(ctx, start);
}
