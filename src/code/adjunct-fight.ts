import type { ActorFiller } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import type { TriggerEntry } from './triggers.js';
import { subjectOf } from './roles.js';
import { emptyList, mapList } from '../util/lists.js';

/** Prepositions of time that take a fight noun as an adjunct of the main clause ("after clashes with", "amid fighting"). */
const TIME_PREPS = new Set(['after', 'following', 'amid', 'amidst', 'during']);

/** Forms of "be": a passive main clause's subject suffered the act ("soldiers were killed after clashes with"). */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Sectors that bear arms: their clause's adjunct fight is theirs even with no "with" phrase ("took the town after heavy fighting"). */
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'UNK', 'CRM']);

/**
 * The doer of a fight noun in a time adjunct, from the subject of its main clause (rule `role:adjunct-fight-subject`):
 * "The army retook the village after clashes with rebels", "troops withdrew following fierce fighting with the militia".
 * The subject took part in the fight when the fight names its other side ("with …": `withSide`) or when the subject is
 * an armed force; civilians who fled "after clashes" were not in them, nor the subject of a passive ("two soldiers were
 * killed after clashes with"). At most two words (adjectives: "heavy",
 * "violent", "armed") between the preposition and the noun; the subject is read from the preposition back.
 */
export function adjunctFightSubject(ctx: SentenceContext, entry: TriggerEntry, start: number, withSide: boolean): ActorFiller[] {
  if (entry.family !== 'fight' || !entry.reciprocal) return emptyList();
  let k = start - 1;
  while (k > ctx.from && k >= start - 3 && !TIME_PREPS.has(ctx.norm(k))) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word' || ctx.actor(k) || ctx.isBoundary(k)) return emptyList();
    k--;
  }
  if (k <= ctx.from || !TIME_PREPS.has(ctx.norm(k))) return emptyList();
  const subject = subjectOf(ctx, k, 'role:adjunct-fight-subject');
  if (subject.length === 0) return subject;
  let last = 0;
  for (const a of subject) last = Math.max(last, a.mention.tokenEnd);
  for (let j = last; j < k; j++) if (BE.has(ctx.norm(j))) return emptyList();
  if (!withSide && !subject.every((a) => ARMED.has(a.mention.data.sector ?? ''))) return emptyList();
  return mapList(subject, (a) => filled(a.mention, 'role:adjunct-fight-subject', 'inferred'));
}
