import type { Family } from '../family.js';
import { recodeIntent } from './intent.js';
import { codesByHead, objectCode } from './object-codes.js';

/** The nouns `support.voice` says ("reaffirmed support for"), as its entry lists them. */
const VOICED = codesByHead({ '051': ['support', 'backing', 'solidarity'] });

/**
 * Verbal support. Bare "support" is a verb only when it takes an object: "in support of", "support for"
 * and "the support" are nouns. Announced support ("will support") is AGREE (see intent.ts).
 */
export const support: Family = {
  name: 'support',
  check(ctx, draft) {
    // "reaffirmed its strong support for", "expressed solidarity with": the support noun heads the object, within its first
    // words; "voiced concern over the lack of support" says something else
    if (draft.entry.id === 'support.voice') return objectCode(ctx, draft.trigger.tokenEnd, VOICED, 4) ? null : 'support:voiced-something-else';
    if (draft.entry.id !== 'support.support') return null;
    const next = ctx.norm(draft.trigger.tokenEnd);
    const prev = ctx.norm(draft.trigger.tokenStart - 1);
    if (draft.form === 'noun' || next === 'for' || next === 'of' || next === 'from' || prev === 'in' || prev === 'of' || prev === 'for') return 'support:noun';
    // a bare pronoun is not enough for the everyday verb: "he supported his family"
    if (draft.actors.length === 0) return 'support:no-named-supporter';
    return null;
  },
  complete(ctx, draft) {
    recodeIntent(ctx, draft);
  },
};
