import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { actorAt, coordinated } from './roles.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS_BUT_OF, SKIPPABLE_ADVERBS } from './words.js';
import { emptyList } from '../util/lists.js';

/**
 * Rule family: the party a sentence names as responsible for an attack noun through a predicate around the noun, not
 * through the noun's own phrase — "the bombing was blamed on the ELN", "an ambush attributed to the rebels", "the
 * Islamic State was behind the attack". The party is the attack's (claimed) actor; the modality and attribution stages
 * still mark whose claim it is.
 */

/** Hedges that may stand in a copula or passive: "was reportedly behind", "were allegedly blamed on". */
const HEDGES = new Set(['likely', 'probably', 'possibly', 'allegedly', 'reportedly', 'apparently', 'believed', 'thought', 'suspected', 'not']);

function skippable(ctx: SentenceContext, k: number): boolean {
  const n = ctx.norm(k);
  return HEDGES.has(n) || SKIPPABLE_ADVERBS.has(n) || AUXILIARIES.has(n) || (BE_FORMS.has(n) && n !== 'got' && n !== 'get' && n !== 'gets');
}

/**
 * "X was behind the attack", "X is believed to be behind the bombings", "X were allegedly behind this massacre": an
 * actor, a form of "be" (with auxiliaries and hedges), "behind", then the noun at `start` after its determiners.
 */
export function behindAttack(ctx: SentenceContext, start: number): ActorFiller[] {
  let k = start - 1;
  while (k > ctx.from && k > start - 4 && ctx.is(k, DETERMINERS_BUT_OF)) k--;
  if (ctx.norm(k) !== 'behind') return emptyList();
  let j = k - 1;
  let be = false;
  // "believed to be behind": the infinitive's "to" after a hedge
  while (j > ctx.from && j > k - 7 && (skippable(ctx, j) || (ctx.norm(j) === 'to' && HEDGES.has(ctx.norm(j - 1))))) {
    if (BE_FORMS.has(ctx.norm(j))) be = true;
    j--;
  }
  if (!be) return emptyList();
  const m = ctx.actor(j);
  if (!m || m.tokenEnd !== j + 1) return emptyList();
  // "the FMLN and the army were behind": the subject's coordination, walked from its last member
  return coordinated(ctx, m, 'role:behind-attack');
}

/** Passive verbs that lay an act at someone's door, with the preposition that names them. */
const LAID_ON: ReadonlyMap<string, string> = new Map([['blamed', 'on'], ['attributed', 'to'], ['ascribed', 'to'], ['imputed', 'to']]);

/**
 * "the bombing was blamed on the ELN", "an ambush attributed to the rebels", "attacks that were blamed on Boko Haram":
 * after the noun ending at `end`, an optional relative pronoun and forms of "be", the participle and its preposition,
 * then an actor.
 */
export function laidOnParty(ctx: SentenceContext, end: number): ActorFiller[] {
  let k = end;
  // "the bombing, which was attributed to": a comma before a non-restrictive relative
  if (ctx.norm(k) === ',' && ctx.norm(k + 1) === 'which') k++;
  if (ctx.norm(k) === 'that' || ctx.norm(k) === 'which') k++;
  while (k < ctx.to && k < end + 6 && skippable(ctx, k)) k++;
  const prep = LAID_ON.get(ctx.norm(k));
  if (prep === undefined || ctx.norm(k + 1) !== prep) return emptyList();
  const m = actorAt(ctx, k + 2);
  return m ? coordinated(ctx, m, 'role:laid-on') : emptyList();
}

/**
 * "the rebels' responsibility for the massacre", "Colonel X's responsibility in the killings": the owner of
 * "responsibility" before "for/in" and the noun's determiners; `k` is the index of "for" or "in".
 */
export function ownedResponsibility(ctx: SentenceContext, k: number): ActorFiller[] {
  if (ctx.norm(k - 1) !== 'responsibility') return emptyList();
  let j = k - 2;
  if (ctx.norm(j) === 'full' || ctx.norm(j) === 'direct' || ctx.norm(j) === 'sole') j--;
  if (ctx.norm(j) !== "'s" && ctx.norm(j) !== "'") return emptyList();
  const m = ctx.actor(j - 1);
  return m && m.tokenEnd === j ? coordinated(ctx, m, 'role:owned-responsibility') : emptyList();
}
