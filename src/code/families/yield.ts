import type { Family } from '../family.js';
import { codesByHead, objectCode, passiveSubjectCode } from './object-codes.js';
import { recodeIntent } from './intent.js';
import type { SentenceContext } from '../context.js';

/**
 * Easing what was imposed: "lifted the curfew" is a concession (CONCEDE), "lifted the blockade" or
 * "eased sanctions" a material de-escalation (RETREAT). The verbs ("lifted", "eased", "relaxed") are
 * events only with one of these objects; the object decides the CAMEO code.
 */
const EASED = codesByHead({
  // CAMEO 081 ease administrative sanctions → PLOVER CONCEDE ("lift curfews, ease restrictions")
  '081': ['curfew', 'curfews', 'restrictions', 'restriction', 'curbs', 'ban', 'bans', 'controls', 'limits', 'measures',
    'state of emergency', 'emergency', 'martial law', 'censorship', 'travel ban', 'emergency rule', 'rules'],
  // CAMEO 085 ease economic sanctions, boycott, embargo → RETREAT
  '085': ['sanctions', 'sanction', 'embargo', 'embargoes', 'boycott', 'tariffs'],
  // CAMEO 0872 ease military blockade → RETREAT
  '0872': ['blockade', 'siege', 'closure', 'closures', 'cordon', 'checkpoints', 'roadblocks'],
});

/** What an authority lets in: international involvement (CAMEO 086, PLOVER RETREAT access) rather than a plain yield (080). */
const ADMITTED = codesByHead({
  '0861': ['peacekeepers', 'peacekeeping troops', 'peacekeeping force', 'peace-keepers'],
  '0862': ['inspectors', 'observers', 'monitors', 'weapons inspectors', 'investigators', 'fact-finding mission'],
  '0863': ['aid', 'aid convoys', 'aid convoy', 'aid workers', 'humanitarian aid', 'humanitarian access', 'relief supplies',
    'relief workers', 'food aid', 'humanitarian workers', 'relief convoys'],
});

/** Families whose nominal triggers ("ban", "curfew", "sanctions", "blockade") can be the eased object. */
const EASED_FAMILIES = new Set(['coerce', 'restrict', 'sanction']);

const AUTHORITIES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'IGO', 'REB', 'SPY']);

/** Words between "accepted" and the observers that make them the authors of what is accepted ("the observers' report"). */
const ACCEPTED_PAPERS = new Set(['report', 'reports', 'findings', 'recommendations', 'conclusions', 'verdict', 'assessment', 'results', 'proposal',
  'proposals', 'plan', 'offer', 'criticism', 'statement', "'s", "'"]);

/**
 * `yield.admit` ("admitted the inspectors", "accepted the deployment of peacekeepers", CAMEO 086x): not a confession
 * ("admitted killing two peacekeepers", "admitted that observers were …" ends the object at "that"), nor a paper of the
 * observers accepted ("accepted the observers' report", "accepted the findings of the inspectors").
 */
export function admitRejection(ctx: SentenceContext, end: number): string | null {
  if (ctx.norm(end).endsWith('ing')) return 'yield:admitted-doing';
  const hit = objectCode(ctx, end, ADMITTED, 8);
  if (!hit) return null;
  for (let k = end; k < Math.min(ctx.to, hit.at + 3); k++) if (ACCEPTED_PAPERS.has(ctx.norm(k))) return 'yield:accepted-their-paper';
  return null;
}

export const yieldFamily: Family = {
  name: 'yield',
  check(ctx, draft) {
    // "allowed" is a concession only from an authority: not "the teacher allowed the children to leave"
    if (draft.entry.id === 'yield.allow') {
      if (!draft.actors.some((a) => AUTHORITIES.has(a.mention.data.sector ?? ''))) return 'yield:allow-without-authority';
      const admitted = objectCode(ctx, draft.trigger.tokenEnd, ADMITTED, 6);
      if (admitted) {
        draft.cameo = admitted.code;
        draft.cameoRule = `object:${admitted.head}`;
      }
      return null;
    }
    if (draft.entry.id === 'yield.admit') return admitRejection(ctx, draft.trigger.tokenEnd);
    if (draft.entry.id !== 'yield.ease') return null;
    const start = draft.trigger.tokenEnd;
    const skip = draft.form === 'noun' && ctx.norm(start) === 'of' ? start + 1 : start;
    const hit = (draft.voice === 'passive' ? passiveSubjectCode(ctx, draft.trigger.tokenStart, EASED) : null) ?? objectCode(ctx, skip, EASED);
    if (!hit) return 'yield:no-eased-object';
    draft.cameo = hit.code;
    draft.cameoRule = `object:${hit.head}`;
    return null;
  },
  // announced concessions ("will lift the curfew", "would allow inspectors") are CAMEO 035x intents (PLOVER AGREE)
  complete(ctx, draft, earlier) {
    // "The ban on the party was lifted": the ban named in the passive subject is what was eased, not an event of its own
    if (draft.entry.id === 'yield.ease' && draft.voice === 'passive') {
      const hit = passiveSubjectCode(ctx, draft.trigger.tokenStart, EASED);
      if (hit) {
        for (const d of earlier) {
          if (d.trigger.tokenStart >= hit.at && d.trigger.tokenStart < draft.trigger.tokenStart && EASED_FAMILIES.has(d.family)) d.dropped = 'eased-object';
        }
      }
    }
    recodeIntent(ctx, draft);
  },
};
