import type { SentenceContext } from '../context.js';

/**
 * A gathering named as what is banned: "issued a ban on all forms of marches, protests and sit-ins", "authorities
 * banned all demonstrations in the capital", "prohibited rallies and public gatherings". The protest noun is the
 * object of the ban (restrict.ban-gathering, a security measure), not a protest that took place. Read leftwards from the
 * noun over a list of gatherings, determiners and a few modifiers (at most sixteen words) to a ban word; any other word
 * (a verb, a subject, "against") ends the look.
 */

/** Words that govern the gathering as banned ("ban on", "bans on" take their preposition). */
const BAN_WORDS = new Set(['banned', 'banning', 'prohibited', 'prohibiting', 'outlawed', 'outlawing', 'forbade', 'forbidden', 'forbidding', 'forbid']);
const BAN_NOUNS = new Set(['ban', 'bans', 'prohibition', 'prohibitions', 'moratorium']);

/** Words that may stand between the ban word and the protest noun. */
const BETWEEN = new Set(['all', 'any', 'other', 'such', 'similar', 'the', 'a', 'an', 'further', 'future', 'new', 'forms', 'form', 'kinds', 'kind', 'types', 'type', 'of', 'and',
  'or', ',', 'public', 'political', 'street', 'mass', 'large', 'outdoor', 'planned', 'opposition', 'unauthorised', 'unauthorized',
  'marches', 'march', 'protests', 'protest', 'demonstrations', 'demonstration', 'rallies', 'rally', 'gatherings', 'gathering',
  'sit', 'in', 'ins', '-', 'press', 'conferences', 'meetings', 'assemblies', 'vigils', 'strikes', 'pickets']);

export function bannedGathering(ctx: SentenceContext, start: number): boolean {
  for (let k = start - 1, n = 0; k >= ctx.from && n < 16; k--, n++) {
    const w = ctx.norm(k);
    if (BAN_WORDS.has(w)) return true;
    if ((w === 'on' || w === 'of') && BAN_NOUNS.has(ctx.norm(k - 1))) return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}

/** Heads of a banned gathering in the object of "banned" (the restrict.ban-gathering entry's objects). */
const GATHERINGS = new Set(['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'rallies', 'march', 'marches', 'gathering',
  'gatherings', 'meetings', 'vigils', 'assemblies', 'sit']);

/**
 * "banned all demonstrations and rallies": a "banned" of coerce.restrict (a curfew-like restriction, CAMEO 1723) whose
 * object is a gathering is the ban of gatherings (restrict.ban-gathering); the object is read over up to six words of
 * determiners and modifiers (the BETWEEN words) after the verb.
 */
export function gatheringObject(ctx: SentenceContext, end: number): boolean {
  for (let k = end, n = 0; k < ctx.to && n < 6; k++, n++) {
    const w = ctx.norm(k);
    if (GATHERINGS.has(w)) return true;
    if (!BETWEEN.has(w) || w === ',') return false;
  }
  return false;
}
