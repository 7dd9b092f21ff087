import type { ActorCtx, Base } from '../actor-context.js';
import { tok } from '../actor-context.js';
import { emptyList } from '../../util/lists.js';
import { joinTexts } from '../../pipeline/token-join.js';

/** Rule family: ship prefix + capitalised name ("USS Carney", "HMS Diamond") → a naval unit of that country. */
export const RULE_SHIP = 'rule:actor.ship';

/** Prefixes that are also English words: in upper-case text "ITS LEADERS" is the possessive, not an Italian ship. */
const WORD_PREFIXES = new Set(['its']);

export function shipBase(ctx: ActorCtx, i: number): Base | null {
  const t = ctx.tokens[i]!;
  if (ctx.upper && WORD_PREFIXES.has(t.norm)) return null;
  const ship = ctx.lex.ships.get(ctx.upper ? t.text.toUpperCase() : t.text);
  if (!ship) return null;
  let k = i + 1;
  while (k < ctx.to && k - i <= 3) {
    const w = tok(ctx, k)!;
    if (w.kind === 'word' && (w.cap || ctx.upper) || (w.kind === 'number' && k > i + 1)) k++;
    else if (w.kind === 'dash' && !w.space && k > i + 1) k++;
    else break;
  }
  if (k === i + 1) return null;
  const name = joinTexts(ctx.tokens, i, k);
  return {
    start: i, end: k, role: 'actor', data: { name, country: ship.country, sector: 'MIL', kind: 'unit', backedBy: emptyList(), role: ship.navy, plural: false, generic: false, alsoPlace: false, ref: null }, value: null, entry: ship.id, standalone: true, rule: RULE_SHIP,
  };
}
