import type { ActorCtx, Base } from '../actor-context.js';
import { namedAt, tok } from '../actor-context.js';
import { emptyList } from '../../util/lists.js';

/**
 * Rule family: "pro-<X> <generic>" ("pro-Iranian militias", "pro-Russian separatists", "pro-government
 * militias") and "anti-<X> <generic>" ("anti-Houthi forces": not X, and not backed by X).
 */
export const RULE_PRO = 'rule:actor.pro-x';

export function proBase(ctx: ActorCtx, i: number): Base | null {
  const t = ctx.tokens[i]!;
  const dash = tok(ctx, i + 1);
  if ((t.norm !== 'pro' && t.norm !== 'anti') || !dash || dash.kind !== 'dash' || dash.space) return null;
  const role = t.norm === 'pro' ? 'pro' : 'anti';
  const next = tok(ctx, i + 2);
  if (!next || next.space) return null;
  if (next.norm === 'government' || next.norm === 'regime') {
    return {
      // "pro-regime" is Syrian usage
      start: i, end: i + 3, role, data: { name: 'Government', country: next.norm === 'regime' ? 'SYR' : null, sector: 'GOV', kind: 'state', backedBy: emptyList(), role: null, plural: false, generic: true, alsoPlace: false, ref: null }, value: null, entry: RULE_PRO, standalone: false, rule: RULE_PRO,
    };
  }
  const head = namedAt(ctx, i + 2, true);
  if (!head) return null;
  return { start: i, end: head.end, role, data: head.value.data, value: head.value, entry: RULE_PRO, standalone: false, rule: RULE_PRO };
}
