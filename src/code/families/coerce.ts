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

/** What an embargo stops: the object of "banned" that makes the ban a sanction (CAMEO 163). */
const TRADE = codesByHead({ '163': ['imports', 'exports', 'trade', 'import', 'export', 'arms sales', 'oil imports', 'oil exports'] });
const BAN_VERBS = new Set(['banned']);

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
    // "banned imports of Georgian wine", "banned all trade with Iran": an embargo (CAMEO 163, SANCTION), not a curfew-like ban
    if (draft.entry.id === 'coerce.restrict' && draft.form === 'verb' && BAN_VERBS.has(ctx.norm(draft.trigger.tokenStart))) {
      const trade = objectCode(ctx, draft.trigger.tokenEnd, TRADE, 4);
      const sanction = trade ? triggerTables().byId.get('sanction.impose') : undefined;
      if (trade && sanction) {
        draft.entry = sanction;
        draft.family = sanction.family;
        draft.cameo = trade.code;
        draft.cameoRule = `coerce:banned-${trade.head}`;
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
