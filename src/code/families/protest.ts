import type { Family } from '../family.js';

/** Protests: a protest noun or verb is an event even without a named organiser; riots are marked by their trigger. */
export const protest: Family = {
  name: 'protest',
  check(ctx, draft) {
    // "protest" as a verb of objection to a decision is not a demonstration unless people gather: keep nouns and crowd subjects
    if (draft.form === 'verb' && draft.entry.id === 'protest.demonstrate' && ['protested', 'protest', 'protests'].includes(ctx.norm(draft.trigger.tokenStart))) {
      const object = ctx.norm(draft.trigger.tokenEnd);
      const subjectGeneric = draft.actors.some((a) => a.mention.data.generic || a.mention.data.sector === 'CVL' || a.mention.data.sector === 'PRO');
      if (!subjectGeneric && object !== 'against' && object !== 'in' && object !== 'outside' && object !== 'near' && object !== 'at' && object !== 'over') return 'protest:verbal-objection';
    }
    return null;
  },
};
