import type { ActorCtx, Base } from '../actor-context.js';
import { candidate, namedAt, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: "<Patron>-backed …" ("Iran-backed regional militias", "the Iran-backed Houthis",
 * "Turkish-backed factions", "Russia-aligned separatists"). Yields a patron base that a generic noun or
 * a named group completes.
 */
export const RULE_BACKED_BY = 'rule:actor.backed-by';

export const BACKED_WORDS = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed', 'aligned', 'allied', 'affiliated', 'linked', 'trained', 'financed', 'controlled', 'directed', 'equipped']);

export function backedByBase(ctx: ActorCtx, i: number): Base | null {
  const head = namedAt(ctx, i, true);
  if (!head) return null;
  const dash = tok(ctx, head.end);
  const word = tok(ctx, head.end + 1);
  if (!dash || !word || dash.kind !== 'dash' || dash.space || word.space || !BACKED_WORDS.has(word.norm)) return null;
  const v = head.value;
  return { start: i, end: head.end + 2, role: 'patron', data: v.data, value: v, entry: RULE_BACKED_BY, standalone: false, rule: RULE_BACKED_BY };
}

/** "<Patron>-backed [modifiers] <named group>": the group, with the patron added to its backers. */
export function backedGroupAfter(ctx: ActorCtx, b: Base): import('../actor-context.js').Candidate | null {
  if (b.rule !== RULE_BACKED_BY || !b.data) return null;
  let k = b.end;
  for (let n = 0; n < 3; n++) {
    const m = ctx.lex.modifiers.matchAt(ctx.tokens, k, ctx.upper, ctx.to);
    const g = namedAt(ctx, k, false);
    if (g && g.value.data.kind !== 'state' && g.value.data.kind !== 'person') {
      const d = g.value.data;
      const backedBy = d.backedBy.includes(b.data.name) ? d.backedBy : [...d.backedBy, b.data.name];
      const data = copyActorData(d);
      data.backedBy = backedBy;
      return candidate(b.start, g.end, data, RULE_BACKED_BY, 'stated');
    }
    if (!m) break;
    k = m.tokenEnd;
  }
  return null;
}
