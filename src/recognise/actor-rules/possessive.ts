import type { ActorData } from '../../pipeline/doc.js';
import type { ActorCtx, Base } from '../actor-context.js';
import { namedAt, tok } from '../actor-context.js';

/**
 * Rule family: possessives. "<X>'s <noun>" ("Iran's proxies", "Israel's military") and "its/their
 * proxies", where "its" is the nearest state actor earlier in the sentence ("Iran and its proxies").
 */
export const RULE_POSSESSIVE = 'rule:actor.possessive';
export const RULE_ITS = 'rule:actor.its-proxies';

export function possessiveBase(ctx: ActorCtx, i: number): Base | null {
  const t = ctx.tokens[i]!;
  if (t.norm === 'its' || t.norm === 'their') {
    const patron = nearestState(ctx);
    if (!patron) return null;
    return { start: i, end: i + 1, role: 'patron', data: patron, value: null, entry: RULE_ITS, standalone: false, rule: RULE_ITS };
  }
  const head = namedAt(ctx, i, false);
  if (!head) return null;
  const s = tok(ctx, head.end);
  if (!s || s.space || (s.norm !== "'s" && s.norm !== "’s")) return null;
  return { start: i, end: head.end + 1, role: 'actor', data: head.value.data, value: head.value, entry: RULE_POSSESSIVE, standalone: false, rule: RULE_POSSESSIVE };
}

function nearestState(ctx: ActorCtx): ActorData | null {
  for (let k = ctx.found.length - 1; k >= 0; k--) {
    const d = ctx.found[k]!.data;
    if (d.kind === 'state' || (d.kind === 'organisation' && d.sector === 'GOV')) return d;
  }
  return null;
}
