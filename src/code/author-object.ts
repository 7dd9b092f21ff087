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
