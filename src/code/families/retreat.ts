import type { Family } from '../family.js';
import { codesByHead, objectCode, passiveSubjectCode } from './object-codes.js';
import { recodeIntent, recodeThreat } from './intent.js';
import { GIVEN } from './aid.js';
import { movedForcesRecipient } from './own-forces.js';

/**
 * Withdrawals. Pulling forces out of a place is a military retreat (CAMEO 0874, PLOVER RETREAT), but
 * withdrawing one's non-military presence reduces relations (CAMEO 16, PLOVER SANCTION withdraw):
 * an ambassador or diplomats (161), peacekeepers (1661), observers or inspectors (1662), aid workers
 * (1663), and pulling out of talks (164) or of an organisation (160). The object decides.
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
});

/** Entries whose object may turn a withdrawal into a reduction of relations. */
const WITHDRAWING = new Set(['retreat.withdraw', 'retreat.pull', 'retreat.evacuate']);

export const retreat: Family = {
  name: 'retreat',
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
