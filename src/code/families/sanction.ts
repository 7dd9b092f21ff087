import type { Family } from '../family.js';
import { codesByHead, objectCode } from './object-codes.js';

/**
 * Sanctions. `sanction.ties` codes "cut/broke/severed … relations" 161 and, with aid as its object, "cut aid to Rwanda",
 * "cut its military assistance" 162 (reduce or stop material aid). The aid noun must head the object, within its first
 * words: "funding cuts from state budgets and help aid schools" is no cut of aid.
 */
const CUT_AID = codesByHead({ '162': ['aid', 'foreign aid', 'military aid', 'economic aid', 'development aid', 'financial aid', 'assistance', 'military assistance', 'budget support'] });

export const sanction: Family = {
  name: 'sanction',
  check(ctx, draft) {
    if (draft.entry.id !== 'sanction.ties' || draft.cameo !== '162') return null;
    return objectCode(ctx, draft.trigger.tokenEnd, CUT_AID, 4) ? null : 'sanction:aid-not-cut';
  },
};
