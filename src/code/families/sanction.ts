import type { Family } from '../family.js';
import { codesByHead, objectCode } from './object-codes.js';

/**
 * Sanctions. `sanction.ties` codes "cut/broke/severed … relations" 161 and, with aid as its object, "cut aid to Rwanda",
 * "cut its military assistance" 162 (reduce or stop material aid). The aid noun must head the object, within its first
 * words: "funding cuts from state budgets and help aid schools" is no cut of aid. `sanction.order-out` ("orders the French
 * ambassador to leave", "told two diplomats to leave") holds only when the order sends the diplomats away.
 */
const CUT_AID = codesByHead({ '162': ['aid', 'foreign aid', 'military aid', 'economic aid', 'development aid', 'financial aid', 'assistance', 'military assistance', 'budget support'] });

/** Words after the diplomats ordered that send them away: "ordered the ambassador to leave", "… out of the country". */
const AWAY = new Set(['leave', 'quit', 'depart', 'out', 'go']);

/** "ordered the French ambassador to leave": an order that sends the diplomats away, within the clause after the verb. */
function orderedAway(ctx: Parameters<NonNullable<Family['check']>>[0], end: number): boolean {
  for (let k = end; k < Math.min(ctx.to, end + 9); k++) {
    const n = ctx.norm(k);
    if (ctx.isBoundary(k) || n === ',') return false;
    if (AWAY.has(n) && (n === 'out' || ctx.norm(k - 1) === 'to')) return true;
  }
  return false;
}

export const sanction: Family = {
  name: 'sanction',
  check(ctx, draft) {
    if (draft.entry.id === 'sanction.order-out') return orderedAway(ctx, draft.trigger.tokenEnd) ? null : 'sanction:order-not-away';
    if (draft.entry.id !== 'sanction.ties' || draft.cameo !== '162') return null;
    return objectCode(ctx, draft.trigger.tokenEnd, CUT_AID, 4) ? null : 'sanction:aid-not-cut';
  },
};
