import type { SentenceContext } from './context.js';
import { DETERMINERS_BUT_OF } from './words.js';

/**
 * "held talks with leaders of Peru's new government", "met representatives of the rebels", "received a delegation
 * from Hamas", "received a mission of observers from the OSCE": a head noun of people who stand for a party, then
 * "of" or "from" and the party (the head may close the trigger). The party is the object of the
 * verb (the head itself is no actor mention), the way a partitive head ("a group of diplomats") names its actor.
 */
const OF_HEADS = new Set([
  'leaders', 'leader', 'leadership', 'officials', 'official', 'representatives', 'representative', 'envoys', 'envoy',
  'members', 'delegation', 'delegations', 'delegates', 'ministers', 'minister', 'emissaries', 'emissary', 'negotiators',
  'heads', 'head', 'chiefs', 'chief', 'spokesmen', 'spokesman', 'spokeswoman', 'spokesperson', 'commanders',
  'mission', 'team', 'observers', 'monitors', 'inspectors',
]);

/** Adjectives that may stand between the determiner and the head ("senior officials of", "top leaders of"). */
const HEAD_ADJECTIVES = new Set(['senior', 'top', 'high-level', 'junior', 'new', 'former', 'key', 'several', 'two', 'three', 'other', 'visiting']);

/**
 * Is the "of"/"from" at `ofIndex` the link of such a head right after `from` (determiners and a few adjectives aside)?
 * Then the actor after "of" is the verb's direct object.
 */
export function partyHeadOf(ctx: SentenceContext, from: number, ofIndex: number): boolean {
  const link = ctx.norm(ofIndex);
  if ((link !== 'of' && link !== 'from') || !OF_HEADS.has(ctx.norm(ofIndex - 1))) return false;
  for (let k = from; k < ofIndex - 1; k++) {
    if (!ctx.is(k, DETERMINERS_BUT_OF) && !HEAD_ADJECTIVES.has(ctx.norm(k))) return false;
  }
  return ofIndex - 1 - from <= 3;
}
