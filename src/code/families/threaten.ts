import type { Family } from '../family.js';
import { coordinated } from '../roles.js';
import type { Mention, ActorData } from '../../pipeline/doc.js';
import { filled } from '../../pipeline/draft.js';
import { mapList } from '../../util/lists.js';

const RESPONSE_CUES = new Set(['sparking', 'prompting', 'drawing', 'triggering', 'provoking', 'eliciting', 'sparked', 'prompted', 'drew', 'triggered', 'provoked']);

/**
 * Threats. "vowed to send ground forces to eradicate Hamas": the recipient is the first actor in the
 * threatened act. "sparking threats of retribution from Iran": threats that respond to an earlier
 * act in the sentence are aimed at that act's actor.
 */
/** Sectors a state can threaten at home: opposition, parties, civilians, media, protesters, rebels. */
const THREATENED_AT_HOME = new Set(['OPP', 'PTY', 'CVL', 'MED', 'PRO', 'REB', 'LAB', 'EDU', 'REL', 'NGO', 'MILITIA', 'CRM']);

/**
 * Acts that yield: a vow to do them is a promise (AGREE, CAMEO 035 "express intent to yield"), not a threat —
 * "vowed to withdraw from the town", "swore to release the hostages". Threatening to withdraw stays a threat.
 */
const YIELDING = new Set(['withdraw', 'pull', 'release', 'free', 'lift', 'ease', 'return', 'end', 'hand', 'disarm', 'demobilize', 'demobilise', 'surrender', 'evacuate', 'reopen', 'allow']);

export const threaten: Family = {
  name: 'threaten',
  check(ctx, draft) {
    if (draft.entry.id !== 'threaten.vow' || draft.form !== 'verb') return null;
    let k = draft.trigger.tokenEnd;
    if (ctx.norm(k) !== 'to') return null;
    k++;
    while (ctx.norm(k).endsWith('ly')) k++;
    return YIELDING.has(ctx.norm(k)) ? 'threaten:vow-to-yield' : null;
  },
  complete(ctx, draft, earlier) {
    const { tokenStart: start, tokenEnd: end } = draft.trigger;
    // the threatener's own forces or state; its own civilians, opposition or parties can be threatened ("threatened to
    // ban Ugandan opposition candidates")
    const isOwn = (a: Mention<ActorData>): boolean =>
      a.data.country === null && (a.data.generic || a.data.kind === 'generic' || a.data.sector === 'MIL') ||
      draft.actors.some((x) => x.mention.data.country !== null && x.mention.data.country === a.data.country) && !THREATENED_AT_HOME.has(a.data.sector ?? '');
    draft.recipients = draft.recipients.filter((r) => !isOwn(r.mention));
    if (draft.recipients.length === 0 && draft.form === 'verb') {
      for (let k = end; k < Math.min(ctx.to, end + 16); k++) {
        if (ctx.isBoundary(k) || ctx.norm(k) === ',') break;
        const a = ctx.actor(k);
        // the actor's own forces ("send in ground forces") are the means, not the target
        const own = a && isOwn(a);
        if (a && !own && !draft.actors.some((x) => x.mention === a) && ctx.norm(a.tokenStart - 1) !== 'by') {
          draft.recipients = coordinated(ctx, a, 'role:threatened-act-object');
          break;
        }
      }
    }
    if (draft.recipients.length === 0 && draft.form === 'noun') {
      let responds = false;
      for (let k = start - 1; k >= Math.max(ctx.from, start - 6); k--) if (RESPONSE_CUES.has(ctx.norm(k))) responds = true;
      const previous = [...earlier].reverse().find((d) => d.actors.length > 0);
      if (responds && previous) {
        draft.recipients = mapList(previous.actors, (a) => filled(a.mention, 'role:threat-responds-to', 'inferred'));
        draft.links.push({ relation: 'response-to', event: previous.id });
      }
    }
    // "threats of retribution": one threat, two trigger words
    const same = earlier.find((d) => d.family === 'threaten' && d.trigger.tokenEnd >= start - 3 && d.trigger.tokenEnd <= start);
    if (same) {
      same.extraTriggers.push(draft.trigger);
      if (same.actors.length === 0) same.actors = draft.actors;
      if (same.recipients.length === 0) same.recipients = draft.recipients;
      if (same.links.length === 0) same.links = draft.links;
      draft.dropped = 'merged:adjacent-threat-words';
    }
  },
};
