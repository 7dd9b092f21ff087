import type { Family } from '../family.js';
import { coordinated } from '../roles.js';

/**
 * Border closures: "closed its southern borders with Iran and Turkey", "sealed the border to Afghan refugees". The
 * country or people on the other side of the border are the recipient (role:border-with), read after the border
 * noun within the clause when the generic binding found none.
 */
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'frontiers', 'crossing', 'crossings', 'border crossing', 'border crossings']);
const ACROSS = new Set(['with', 'to']);

export const borderWith: Family = {
  name: 'border',
  complete(ctx, draft) {
    if (draft.recipients.length > 0) return;
    const end = Math.min(ctx.to, draft.trigger.tokenEnd + 8);
    // the border noun may end the trigger phrase ("closed its borders") or follow it ("closed its southern borders")
    for (let k = draft.trigger.tokenStart; k < end; k++) {
      if (ctx.isBoundary(k) || (k >= draft.trigger.tokenEnd && ctx.norm(k) === ',')) return;
      if (!BORDER_WORDS.has(ctx.norm(k)) || !ACROSS.has(ctx.norm(k + 1))) continue;
      let j = k + 2;
      if (ctx.norm(j) === 'the' && !ctx.actor(j)) j++;
      const a = ctx.actor(j);
      if (a && a.tokenStart === j && !draft.actors.some((x) => x.mention === a)) draft.recipients = coordinated(ctx, a, 'role:border-with');
      return;
    }
  },
};
