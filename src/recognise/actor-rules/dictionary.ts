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
  if (next && next.kind === 'word' && next.cap && next.space && !known(ctx, i + 1) && !modelBeforeAttack(ctx, i + 1)) return true;
  const prev = tok(ctx, i - 1);
  if (prev && i - 1 > ctx.from && prev.kind === 'word' && prev.cap && !known(ctx, i - 1) && !ctx.lex.titles.matchAt(ctx.tokens, i - 1, false, ctx.to)) return true;
  return false;
}

function known(ctx: ActorCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (DAYS_MONTHS.has(t.norm)) return true;
  return !!(namedAt(ctx, k, true) || ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to) || ctx.lex.titles.matchAt(ctx.tokens, k, ctx.upper, ctx.to));
}

/** Attack and weapon nouns a model name may stand before: "US Predator strikes", "Israeli Merkava tanks". */
const ATTACK_AFTER_MODEL = new Set([
  'strike', 'strikes', 'attack', 'attacks', 'raid', 'raids', 'airstrike', 'airstrikes', 'drone', 'drones', 'missile', 'missiles',
  'rocket', 'rockets', 'jet', 'jets', 'warplane', 'warplanes', 'helicopter', 'helicopters', 'gunships', 'tanks', 'tank', 'bombers',
]);

/**
 * An unknown capitalised word at k that is a machine's model name: a lower-case attack or weapon noun follows it, past
 * at most one unspaced "-" and part ("Predator strikes", "F-16 jets", "Su-25 warplanes"); the state before it is then a
 * name of its own, not part of another one ("US Predator strikes").
 */
function modelBeforeAttack(ctx: ActorCtx, k: number): boolean {
  let e = k + 1;
  const dash = tok(ctx, e);
  const part = tok(ctx, e + 1);
  if (dash && part && dash.text === '-' && !dash.space && !part.space) e += 2;
  const noun = tok(ctx, e);
  return noun !== null && noun.kind === 'word' && !noun.cap && ATTACK_AFTER_MODEL.has(noun.norm);
}
