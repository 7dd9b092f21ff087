import type { ActorCtx, Base, Candidate } from '../actor-context.js';
import type { GenericValue } from '../actor-types.js';
import { candidate, tok } from '../actor-context.js';
import { compose } from './compose.js';
import { compositeAfter } from './composite.js';

/**
 * Rule family: owners coordinated before one generic noun ("between Russian and Ukrainian forces",
 * "Houthi and pro-Hadi forces", "Israeli and Palestinian officials"): the first owner, an adjective that is
 * no actor alone, shares the noun of the reading that follows "and" (or a comma). The reading spans the
 * first owner's words only; the second conjunct is read on its own as before.
 */
export const RULE_COORDINATED = 'rule:actor.coordinated-owner';

const JOINERS = new Set(['and', ',', '&']);

/**
 * `basesAt` gives the bases (named owner, patron, pro-/anti-) that start at a token; the second conjunct must be
 * an owner completed by a generic noun right after the joiner.
 */
export function coordinatedOwner(ctx: ActorCtx, b: Base, basesAt: (ctx: ActorCtx, j: number) => Base[]): Candidate | null {
  if (b.role === 'none' || b.role === 'patron' || b.standalone || !b.data) return null;
  const joiner = tok(ctx, b.end);
  if (!joiner || !JOINERS.has(joiner.norm)) return null;
  // "Russian, Ukrainian and Belarusian forces": a comma may be followed by another owner; only the next one is read
  const j = b.end + 1;
  if (j >= ctx.to) return null;
  let noun: GenericValue | null = null;
  let end = j;
  for (const b2 of basesAt(ctx, j)) {
    if (b2.role === 'none' || b2.role === 'patron' || !b2.data) continue;
    const c = compositeAfter(ctx, b2);
    if (c && c.generic && c.end > end) { noun = c.generic; end = c.end; }
    // a dictionary name ending in a generic noun ("Ukrainian armed forces", "pro-Hadi forces")
    const tail = b2.standalone && b2.end > end ? tailNoun(ctx, b2) : null;
    if (tail) { noun = tail; end = b2.end; }
  }
  if (!noun) return null;
  const data = compose(b, noun, false, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
  return candidate(b.start, b.end, data, RULE_COORDINATED, 'stated', noun);
}

/** The generic noun a name ends in, after its first word ("Ukrainian armed forces" → forces). */
function tailNoun(ctx: ActorCtx, b: Base): GenericValue | null {
  for (let k = b.start + 1; k < b.end; k++) {
    const g = ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, b.end);
    if (g && g.tokenEnd === b.end) return g.values[0]!;
  }
  return null;
}
