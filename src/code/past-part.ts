import type { SentenceContext } from './context.js';

/**
 * A fight named only as what the people held, freed or tried took part in: "released 40 people involved in the recent
 * clashes", "sentenced the men who took part in the riots", "detainees arrested for their role in the fighting". The
 * noun describes those people; the custody or release is the sentence's event, so the noun makes no event of its own.
 * Only with a custody or release verb in the sentence: "Hezbollah fighters took part in the battle for the town" stays
 * a battle.
 */

/** Heads of "X in": "involved in", "participated in", "took part in", "their role in", "involvement in". */
const PART_HEADS = new Set(['involved', 'participated', 'participating', 'part', 'role', 'roles', 'involvement', 'participation']);

/** Verbs and nouns of custody, trial or release that make the people the sentence's topic. */
const CUSTODY_WORDS = new Set(['released', 'freed', 'arrested', 'detained', 'sentenced', 'convicted', 'pardoned', 'tried', 'jailed',
  'imprisoned', 'prisoners', 'detainees', 'detained', 'release', 'amnesty', 'charged', 'indicted', 'extradited', 'handed']);

/** Words of a noun phrase's start that make a verb form ("clashes") read as its head noun: "in the recent armed clashes". */
const NOUN_PHRASE_START = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'recent', 'last', 'previous', 'earlier', 'past',
  'armed', 'violent', 'deadly', 'heavy', 'fierce', 'ongoing', 'bloody', 'intense', 'sporadic', 'tribal', 'sectarian']);

/**
 * Is the trigger at `start` the complement of "involved in" & co. in a sentence about custody or release? A noun
 * trigger may have any words between; a verb form ("clashes") only determiners and adjectives of a noun phrase.
 */
export function partInPastFight(ctx: SentenceContext, start: number, noun = true): boolean {
  let at = -1;
  for (let k = start - 1; k >= Math.max(ctx.from + 1, start - 8); k--) {
    const n = ctx.norm(k);
    if (n === '.' || n === ';' || ctx.isBoundary(k)) return false;
    if (n === 'in' && PART_HEADS.has(ctx.norm(k - 1))) { at = k - 1; break; }
    if (!noun && !NOUN_PHRASE_START.has(n)) return false;
  }
  if (at < 0) return false;
  for (let k = ctx.from; k < ctx.to; k++) if (CUSTODY_WORDS.has(ctx.norm(k))) return true;
  return false;
}
