import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import type { TriggerEntry } from './triggers.js';
import { actorAt, coordinated } from './roles.js';
import { DETERMINERS_BUT_OF } from './words.js';
import { emptyList } from '../util/lists.js';

/**
 * The author of what is rejected, accepted, backed or demanded: "rejected calls by Ukraine's leaders for more tanks",
 * "rejected a proposal from the rebels", "accepted an offer by Ethiopia", "demanded an admission by Moscow that …". The
 * object is a noun of speech or proposal and its author follows with "by" or "from": the author is the one the act is
 * aimed at (the recipient), as CAMEO and PLOVER code "X rejected Y's proposal". The noun may close the trigger itself
 * ("accepted an offer"). Only for an active verb with no recipient of its own.
 */
const FAMILIES = new Set(['reject', 'agree', 'request', 'accuse', 'support']);

export const SPEECH_NOUNS = new Set([
  'call', 'calls', 'proposal', 'proposals', 'offer', 'offers', 'request', 'requests', 'demand', 'demands', 'plan', 'plans',
  'plea', 'pleas', 'appeal', 'appeals', 'ultimatum', 'invitation', 'invitations', 'bid', 'initiative', 'apology', 'admission',
  'suggestion', 'suggestions', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charges',
  'overture', 'overtures', 'peace plan', 'terms', 'conditions', 'resolution', 'draft',
]);

/** Modifiers that may stand between the determiner and the noun ("recent calls", "a new proposal", "an immediate admission"). */
function modifier(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || t.cap) return false;
  const n = t.norm;
  return n.endsWith('ed') || n.endsWith('ly') || n.endsWith('al') || n.endsWith('ate') || n === 'new' || n === 'latest' || n === 'recent' || n === 'fresh' || n === 'formal' || n === 'joint';
}

export function objectAuthor(ctx: SentenceContext, entry: TriggerEntry, end: number): ActorFiller[] {
  if (!FAMILIES.has(entry.family)) return emptyList();
  let k = end;
  if (!SPEECH_NOUNS.has(ctx.norm(end - 1))) {
    // "refused to respond to a demand from", "would not comply with calls by": an infinitive and its preposition
    // (the trigger may end with the "to": "refused to")
    const to = ctx.norm(k) === 'to' ? k + 1 : ctx.norm(k - 1) === 'to' ? k : -1;
    if (to > 0 && lowerWord(ctx, to) && !SPEECH_NOUNS.has(ctx.norm(to)) && INFINITIVE_PREPS.has(ctx.norm(to + 1))) k = to + 2;
    let mods = 0;
    while (k < ctx.to && k < end + 5) {
      if (ctx.is(k, DETERMINERS_BUT_OF)) { k++; continue; }
      if (mods < 2 && modifier(ctx, k) && !SPEECH_NOUNS.has(ctx.norm(k))) { mods++; k++; continue; }
      break;
    }
    if (!SPEECH_NOUNS.has(ctx.norm(k))) return emptyList();
    k++;
  }
  const prep = ctx.norm(k);
  if (prep !== 'by' && prep !== 'from') return emptyList();
  const m = actorAt(ctx, k + 1);
  if (!m) return emptyList();
  return coordinated(ctx, m, 'role:object-author');
}

/** Prepositions after an infinitive that take what the act answers ("respond to", "comply with", "bow to"). */
const INFINITIVE_PREPS = new Set(['to', 'with']);

function lowerWord(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  return t !== undefined && t.kind === 'word' && !t.cap;
}

/** The possessive ending after an owner: "'s", "’s", or the bare apostrophe of a plural ("the rebels' demands"). */
function possessive(n: string): boolean {
  return n === "'s" || n === '’s' || n === "'" || n === '’';
}

/**
 * The owner of what is rejected, accepted or answered, named with a possessive before the speech noun: "would not meet
 * the kidnappers' demands", "rejected the rebels' latest proposal", "accepted the mediators' offer". The noun closes the
 * trigger ("meet … demands") or follows it within a short object phrase; the owner is the one the act is aimed at (the
 * recipient), as objectAuthor reads "demands by the kidnappers". Only for an active verb with no recipient of its own.
 */
export function possessiveAuthor(ctx: SentenceContext, entry: TriggerEntry, start: number, end: number): ActorFiller[] {
  // yielding answers a demand too: "met the strikers' demands", "acceded to the rebels' demands"
  if (!FAMILIES.has(entry.family) && entry.family !== 'yield') return emptyList();
  let noun = -1;
  if (end - 1 > start && SPEECH_NOUNS.has(ctx.norm(end - 1))) noun = end - 1;
  else {
    for (let k = end; k < ctx.to && k < end + 7; k++) {
      if (SPEECH_NOUNS.has(ctx.norm(k))) { noun = k; break; }
      if (ctx.isBoundary(k)) break;
      // only determiners, modifiers, the owner and its possessive stand before the noun
      const other = lowerWord(ctx, k) && !ctx.is(k, DETERMINERS_BUT_OF) && !modifier(ctx, k) && ctx.actor(k) === undefined;
      if (other) break;
    }
  }
  if (noun < 0) return emptyList();
  return possessiveOwner(ctx, noun, start);
}

/** The actor named with a possessive before the noun at `noun` ("the kidnappers' demands"), after token `start`; up to two modifiers between. */
export function possessiveOwner(ctx: SentenceContext, noun: number, start: number): ActorFiller[] {
  let k = noun - 1;
  let mods = 0;
  while (k > start && mods < 2 && modifier(ctx, k)) { k--; mods++; }
  if (k <= start || !possessive(ctx.norm(k))) return emptyList();
  const m = ctx.actor(k - 1);
  if (!m || m.tokenEnd !== k || m.tokenStart <= start) return emptyList();
  return coordinated(ctx, m, 'role:object-author-possessive');
}
