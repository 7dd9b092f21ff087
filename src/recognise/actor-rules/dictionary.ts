import type { ActorCtx, Base } from '../actor-context.js';
import { DAYS_MONTHS, namedAt, tok } from '../actor-context.js';

/**
 * Rule family: dictionary names ("Hezbollah", "the Pentagon", "Tehran") and adjectival heads ("Houthi",
 * "Israeli"). A one-word capitalised state name or capital stuck to an unknown capitalised word is a
 * different name ("Jordan Peterson", "Washington Post", "Michael Jordan") and is not read as the state.
 */
export const RULE_DICTIONARY = 'rule:actor.dictionary';

export function dictionaryBase(ctx: ActorCtx, i: number): Base | null {
  const m = namedAt(ctx, i, true);
  if (!m) return null;
  // "anti-Houthi": the word after "anti-" is not the actor (pro-x.ts reads the whole)
  const dash = tok(ctx, i - 1);
  if (dash && dash.kind === 'dash' && !dash.space && !ctx.tokens[i]!.space && tok(ctx, i - 2)?.norm === 'anti') return null;
  const v = m.value;
  const standalone = m.standalone && !(m.end - i === 1 && isPartOfOtherName(ctx, i, v.data.kind === 'state' || v.form === 'surname'));
  return { start: i, end: m.end, role: 'actor', data: v.data, value: v, entry: v.id, standalone, rule: RULE_DICTIONARY };
}

/** Unknown capitalised neighbours make a single word part of another proper name. */
function isPartOfOtherName(ctx: ActorCtx, i: number, check: boolean): boolean {
  if (!check || ctx.upper) return false;
  const next = tok(ctx, i + 1);
  if (next && next.kind === 'word' && next.cap && next.space && !known(ctx, i + 1)) return true;
  const prev = tok(ctx, i - 1);
  if (prev && i - 1 > ctx.from && prev.kind === 'word' && prev.cap && !known(ctx, i - 1) && !ctx.lex.titles.matchAt(ctx.tokens, i - 1, false, ctx.to)) return true;
  return false;
}

function known(ctx: ActorCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (DAYS_MONTHS.has(t.norm)) return true;
  return !!(namedAt(ctx, k, true) || ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to) || ctx.lex.titles.matchAt(ctx.tokens, k, ctx.upper, ctx.to));
}
