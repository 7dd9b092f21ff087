import type { Family } from '../family.js';
import { codesByHead, objectCode, passiveSubjectCode } from './object-codes.js';
import { recodeIntent, recodeThreat } from './intent.js';
import { GIVEN } from './aid.js';
import { movedForcesRecipient } from './own-forces.js';

/**
 * Withdrawals. Pulling forces out of a place is a military retreat (CAMEO 0874, PLOVER RETREAT), but
 * withdrawing one's non-military presence reduces relations (CAMEO 16, PLOVER SANCTION withdraw):
 * an ambassador or diplomats (161), peacekeepers (1661), observers or inspectors (1662), aid workers
 * (1663), and pulling out of talks (164) or of an organisation (160); leaving an agreement or treaty is reneging on it
 * (120). The object decides.
 * Announced retreats ("will withdraw", "will release") are CAMEO 035x intents (PLOVER AGREE), announced
 * withdrawals of diplomats or peacekeepers threats (136) — see intent.ts.
 */
const WITHDRAWN = codesByHead({
  '161': ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'diplomatic staff', 'embassy staff', 'diplomatic mission',
    'charge d\'affaires', 'consul', 'embassy'],
  '1661': ['peacekeepers', 'peacekeeping troops', 'peacekeeping force', 'peacekeeping forces', 'peacekeeping mission', 'peace-keepers',
    'blue helmets'],
  '1662': ['observers', 'monitors', 'inspectors', 'observer mission', 'monitoring mission', 'weapons inspectors'],
  '1663': ['aid workers', 'aid agencies', 'relief workers', 'humanitarian workers', 'humanitarian staff', 'aid staff'],
  '164': ['talks', 'negotiations', 'peace talks', 'peace process', 'dialogue', 'negotiating table'],
  '160': ['coalition', 'alliance', 'organisation', 'organization', 'commonwealth', 'bloc'],
  // leaving an agreement is reneging on it (CAMEO 120, as "backed out of", "reneged on"), not a military retreat:
  // "Russia withdrew from the grain deal", "the United States pulled out of the Paris agreement"
  '120': ['deal', 'agreement', 'treaty', 'accord', 'accords', 'pact', 'nuclear deal', 'grain deal', 'peace deal', 'peace agreement',
    'arms control treaty', 'climate agreement', 'convention', 'ceasefire agreement', 'truce agreement'],
});

/** "a letter handed over to the UN": the noun right before a participle with no auxiliary. */
function reducedRelativeHead(ctx: Parameters<NonNullable<Family['check']>>[0], start: number): { code: string; head: string; at: number } | null {
  const n = ctx.norm(start - 1);
  return PAPERS.has(n) ? { code: '-', head: n, at: start - 1 } : null;
}

/** Entries whose object may turn a withdrawal into a reduction of relations. */
const WITHDRAWING = new Set(['retreat.withdraw', 'retreat.pull', 'retreat.evacuate']);

/** Papers handed over or returned are messages, not releases: "handed over a letter to the UN", "a letter handed over to". */
const PAPERS = codesByHead({ '-': ['letter', 'letters', 'message', 'messages', 'note', 'memorandum', 'petition', 'petitions', 'report', 'list', 'proposal', 'proposals', 'document', 'documents', 'dossier', 'invitation', 'reply', 'response', 'plan', 'draft', 'credentials'] });

export const retreat: Family = {
  name: 'retreat',
  check(ctx, draft) {
    if (draft.entry.id !== 'retreat.release' && draft.entry.id !== 'retreat.return') return null;
    const paper = draft.voice === 'passive' || (draft.form === 'verb' && ctx.norm(draft.trigger.tokenStart).endsWith('ed') && draft.actors.length === 0)
      ? passiveSubjectCode(ctx, draft.trigger.tokenStart, PAPERS) ?? reducedRelativeHead(ctx, draft.trigger.tokenStart)
      : objectCode(ctx, draft.trigger.tokenEnd, PAPERS, 4);
    return paper ? 'retreat:paper-handed-over' : null;
  },
  complete(ctx, draft) {
    // releasing or handing over goods is aid, not a release of captives: "handed over 700 kg of medicine", "released funds"
    if (draft.entry.id === 'retreat.release' && draft.form === 'verb') {
      const given = objectCode(ctx, draft.trigger.tokenEnd, GIVEN, 6);
      if (given && given.code !== '154' && given.code !== '074') {
        draft.cameo = given.code;
        draft.cameoRule = `object:${given.head}`;
        recodeIntent(ctx, draft);
        return;
      }
    }
    if (WITHDRAWING.has(draft.entry.id)) {
      movedForcesRecipient(ctx, draft);
      const start = draft.trigger.tokenEnd;
      const skip = draft.form === 'noun' && ctx.norm(start) === 'of' ? start + 1 : start;
      const hit = (draft.voice === 'passive' ? passiveSubjectCode(ctx, draft.trigger.tokenStart, WITHDRAWN) : null) ?? objectCode(ctx, skip, WITHDRAWN, 6);
      if (hit) {
        draft.cameo = hit.code;
        draft.cameoRule = `object:${hit.head}`;
        recodeThreat(ctx, draft);
        return;
      }
    }
    recodeIntent(ctx, draft);
  },
};
