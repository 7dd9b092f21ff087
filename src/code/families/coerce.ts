import type { Family } from '../family.js';
import { codesByHead, objectCode } from './object-codes.js';
import { recodeThreat } from './intent.js';
import { fleeRejection } from './flee.js';
import { forceOutRejection } from './force-out.js';
import { recodeCapturedPeople } from './capture-person.js';
import { gatheringObject } from './banned-gathering.js';
import { triggerTables } from '../triggers.js';

/**
 * Coercion. Expelling diplomats, inspectors, observers or peacekeepers reduces relations (CAMEO 16,
 * PLOVER SANCTION expel) rather than deporting people (174, COERCE). Announced curfews, blockades
 * and bans are threats (intent.ts).
 */
const EXPELLED = codesByHead({
  '161': ['diplomats', 'diplomat', 'ambassador', 'envoy', 'attache', 'attaché', 'consul', 'embassy staff'],
  '1661': ['peacekeepers', 'peacekeeping troops'],
  '1662': ['inspectors', 'observers', 'monitors'],
  '1663': ['aid agencies', 'aid workers', 'relief agencies', 'humanitarian workers', 'aid agency', 'relief agency', 'refugee agency',
    'humanitarian agency', 'humanitarian agencies', 'aid organisations', 'aid organizations'],
});

export const coerce: Family = {
  name: 'coerce',
  check(ctx, draft) {
    // "seized two smugglers": a seizure of people is an arrest (capture-person.ts)
    if (draft.entry.id === 'coerce.seize') recodeCapturedPeople(ctx, draft);
    // "banned all demonstrations": the ban of gatherings, a security measure (banned-gathering.ts)
    if (draft.entry.id === 'coerce.restrict' && ctx.norm(draft.trigger.tokenStart) === 'banned' && gatheringObject(ctx, draft.trigger.tokenEnd)) {
      const ban = triggerTables().byId.get('restrict.ban-gathering');
      if (ban) {
        draft.entry = ban;
        draft.family = ban.family;
        draft.cameo = ban.cameo;
        draft.cameoRule = 'coerce:banned-gathering';
      }
    }
    if (draft.entry.id === 'coerce.force-out') return forceOutRejection(ctx, draft);
    return draft.entry.id === 'coerce.flee' ? fleeRejection(ctx, draft) : null;
  },
  complete(ctx, draft) {
    if (draft.entry.id === 'coerce.expel' || draft.entry.id === 'coerce.force-out') {
      const hit = objectCode(ctx, draft.trigger.tokenEnd, EXPELLED, 6);
      if (hit) {
        draft.cameo = hit.code;
        draft.cameoRule = `object:${hit.head}`;
      }
    }
    recodeThreat(ctx, draft);
  },
};
