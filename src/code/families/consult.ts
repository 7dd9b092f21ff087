import type { Family } from '../family.js';
import { recodeTo } from './recode.js';
import { recodeIntent } from './intent.js';
import { possessiveOwner } from '../author-object.js';

/**
 * Meetings and talks (CAMEO 04, PLOVER CONSULT). "Meet" with demands, conditions or a deadline as its object is
 * no meeting but meeting a demand, a concession (CAMEO 08, the `yield.accede` entry): "the government met the
 * strikers' demands", "would not meet the kidnappers' demands" (a refusal once negated, see src/code/refusal.ts).
 * Announced meetings are AGREE (`recodeIntent`).
 */
const DEMAND_HEADS = new Set(['demand', 'demands', 'conditions', 'condition', 'requirements', 'requirement', 'deadline',
  'deadlines', 'expectations', 'criteria', 'obligations', 'ultimatum', 'terms', 'targets', 'needs', 'quota', 'quotas']);
const MEET = new Set(['met', 'meet', 'meets', 'meeting']);

export const consult: Family = {
  name: 'consult',
  complete(ctx, draft) {
    if (draft.form === 'verb' && MEET.has(ctx.norm(draft.trigger.tokenStart))) {
      // the object's head within six tokens: "met the demands", "meet the hostage-takers' demands", "meet all their conditions"
      for (let k = draft.trigger.tokenEnd; k < Math.min(ctx.to, draft.trigger.tokenEnd + 7); k++) {
        const n = ctx.norm(k);
        if (n === "'" || n === '’') continue; // possessive apostrophe after a plural: "the kidnappers' demands"
        if (ctx.isBoundary(k) || n === ',' || n === 'with') break;
        if (DEMAND_HEADS.has(n)) {
          if (!recodeTo(draft, 'yield.accede', `object:${n}`)) break;
          // the owner of the demands is the one yielded to: "met the strikers' demands" (else none: the meeting's object is gone)
          draft.recipients = possessiveOwner(ctx, k, draft.trigger.tokenStart);
          return;
        }
      }
    }
    recodeIntent(ctx, draft);
  },
};
