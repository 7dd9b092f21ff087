import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { actorAt, coordinated } from './roles.js';
import { emptyList } from '../util/lists.js';
import { PREPOSITIONS } from './words.js';

/**
 * "refused to send troops to Iraq", "agreed to deploy peacekeepers in Liberia", "refused to deliver tanks to
 * Ukraine": after a verb of refusing or agreeing, an infinitive of sending takes the sender's own forces or goods as
 * its object, and the party the act is aimed at is the destination. The destination after "to/in/into" becomes the
 * recipient when the verb found none, or found only forces of no other country ("troops", "peacekeepers"). The same
 * holds for a sending verb that is itself the trigger ("France sent 4,000 troops to Liberia").
 */
const SEND_VERBS = new Set([
  'send', 'sends', 'sent', 'deploy', 'deploys', 'deployed', 'dispatch', 'dispatches', 'dispatched', 'deliver', 'delivers', 'delivered',
  'supply', 'supplies', 'supplied', 'provide', 'provides', 'provided', 'contribute', 'contributes', 'contributed', 'ship', 'ships',
  'shipped', 'station', 'stationed', 'airlift', 'airlifted', 'transfer', 'transferred', 'sell', 'sold', 'return', 'returned',
]);
const DEST_PREPS = new Set(['to', 'in', 'into']);

/** Are the recipients only the sender's forces or goods (generic, of no country or the actors' own)? */
function onlyOwnTheme(recipients: ActorFiller[], actors: ActorFiller[]): boolean {
  for (const r of recipients) {
    const d = r.mention.data;
    if (!d.generic || d.kind === 'person') return false;
    if (d.country !== null && !actors.some((a) => a.mention.data.country === d.country)) return false;
  }
  return true;
}

export function sendDestination(ctx: SentenceContext, end: number, actors: ActorFiller[], recipients: ActorFiller[]): ActorFiller[] | null {
  // "refused to send troops to …" (the infinitive after the trigger), or "sent 4,000 troops to …" (the trigger itself)
  const from = ctx.norm(end - 1) === 'to' && SEND_VERBS.has(ctx.norm(end)) ? end + 1 : SEND_VERBS.has(ctx.norm(end - 1)) ? end : -1;
  if (from < 0 || !onlyOwnTheme(recipients, actors)) return null;
  for (let k = from; k < Math.min(ctx.to, end + 10); k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ',') return null;
    if (!DEST_PREPS.has(ctx.norm(k))) continue;
    const m = actorAt(ctx, k + 1);
    if (!m) continue;
    if (actors.some((a) => a.mention === m)) return null;
    return coordinated(ctx, m, 'role:send-destination');
  }
  return emptyList();
}

/** Nouns of fighting that "against" follows ("a possible war against Iraq", "an offensive against the rebels"). */
const FIGHT_NOUNS = new Set(['war', 'wars', 'offensive', 'attack', 'attacks', 'operation', 'operations', 'campaign', 'fight', 'strike', 'strikes', 'invasion', 'action', 'conflict', 'battle']);

/**
 * "Britain mobilized reservists for a possible war against Iraq", "massed troops for an offensive against the
 * rebels": forces raised for a fight are aimed at the party after "against". Replaces recipients that are only the
 * actor's own forces; the "against" must follow a noun of fighting within the next ten words of the clause.
 */
export function raisedAgainst(ctx: SentenceContext, end: number, actors: ActorFiller[], recipients: ActorFiller[]): ActorFiller[] | null {
  if (!onlyOwnTheme(recipients, actors)) return null;
  for (let k = end + 1; k < Math.min(ctx.to, end + 10); k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ',') return null;
    if (ctx.norm(k) !== 'against' || !FIGHT_NOUNS.has(ctx.norm(k - 1))) continue;
    const m = actorAt(ctx, k + 1);
    if (!m || actors.some((a) => a.mention === m)) return null;
    return coordinated(ctx, m, 'role:raised-against');
  }
  return emptyList();
}

/** Prepositions after an infinitive that name its party ("to negotiate with X", "to talk to X", "to cut ties with X"). */
const PARTY_PREPS = new Set(['with', 'to']);

/**
 * "Israel refused to negotiate with Hamas", "Iran agreed to hold talks with the United States", "threatened to cut
 * ties with Qatar": the party of the infinitive after a verb of refusing, agreeing or threatening is whom the refusal,
 * promise or threat is aimed at. Only when the verb found no recipient, and only the first "with/to" actor of the
 * infinitive's clause (within six words, before a comma).
 */
export function complementParty(ctx: SentenceContext, end: number, actors: ActorFiller[]): ActorFiller[] {
  const verb = ctx.token(end);
  if (ctx.norm(end - 1) !== 'to' || !verb || verb.kind !== 'word' || verb.cap) return emptyList();
  for (let k = end + 1; k < Math.min(ctx.to, end + 7); k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ',') return emptyList();
    if (ctx.actor(k)) return emptyList();
    // "agreed to resign without returning to Kyrgyzstan": another preposition or an -ing form opens another phrase
    if (!PARTY_PREPS.has(ctx.norm(k))) {
      if (PREPOSITIONS.has(ctx.norm(k)) || ctx.norm(k).endsWith('ing')) return emptyList();
      continue;
    }
    const m = actorAt(ctx, k + 1);
    if (!m || actors.some((a) => a.mention === m)) return emptyList();
    return coordinated(ctx, m, 'role:complement-party');
  }
  return emptyList();
}
