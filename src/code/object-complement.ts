import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import type { TriggerEntry } from './triggers.js';
import { actorAt, coordinated } from './roles.js';
import { CLAUSE_WORDS_AT, PREPOSITIONS_AT } from './words.js';
import { emptyList } from '../util/lists.js';

/**
 * The party inside the object of an act on relations, aid or rights: "halted economic aid to Serbia", "announced a
 * suspension of air links with Serbia", "suspended part of a military aid program for Bosnia", "tighten the naval
 * blockade of Serbia", "boycott all official contact with the United States", "defended the right of Russian troops
 * to …". The object is a common noun phrase with no actor of its own; the first actor after one of its prepositions
 * (to, with, for, of, against, on, toward) is the one the act is aimed at, as CAMEO and PLOVER code "X halted aid to Y".
 * Only for an active verb with no recipient of its own, in families whose object is a relation, a good or a right
 * (sanction, halt, yield, threaten, support, reject, aid, coerce, retreat, agree, concede); the object may run over at most
 * eight words and "of" phrases with no actor ("part of a … program"), never over a comma, a clause word or a name.
 */
const FAMILIES = new Set(['sanction', 'halt', 'yield', 'threaten', 'support', 'reject', 'aid', 'coerce', 'retreat', 'agree', 'concede']);

const PREPS = new Set(['to', 'with', 'for', 'of', 'against', 'on', 'toward', 'towards']);

const MAX_WORDS = 8;

export function objectComplement(ctx: SentenceContext, entry: TriggerEntry, end: number): ActorFiller[] {
  if (!FAMILIES.has(entry.family)) return emptyList();
  let nouns = 0;
  for (let k = end; k < ctx.to && k < end + MAX_WORDS; k++) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word' || ctx.isBoundary(k) || ctx.is(k, CLAUSE_WORDS_AT)) return emptyList();
    // a name, place or actor in the object ("aid to the Gaza Strip", "Hamas's offer") is read by other rules
    if (ctx.actor(k) || ctx.place(k) || ctx.time(k)) return emptyList();
    if (PREPS.has(t.norm)) {
      // right after the trigger only when the trigger ends in its object noun ("tighten the naval blockade of Serbia"),
      // never "to" there (an infinitive: "agreed to …")
      if (nouns === 0 && t.norm === 'to') return emptyList();
      const m = actorAt(ctx, k + 1, 1);
      if (m) return coordinated(ctx, m, 'role:object-complement');
      // "suspension of air links with Serbia": an "of" with no actor is part of the object
      if (t.norm === 'of') continue;
      return emptyList();
    }
    // "agreed to resign without returning to Kyrgyzstan": another preposition ends the object
    if (t.cap || ctx.is(k, PREPOSITIONS_AT)) return emptyList();
    nouns++;
  }
  return emptyList();
}
