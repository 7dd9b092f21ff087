import type { ActorCtx, Base } from '../actor-context.js';
import { tok } from '../actor-context.js';

/**
 * Rule family: "sides" as the parties of talks ("the Turkish and Greek sides agreed"): gen:government reads "sides"
 * only after two coordinated states ("<demonym> and <demonym> sides"), and not as a place ("on the Syrian and
 * Turkish sides of the border", "from both sides"). A bare "sides" ("both sides") is no actor.
 */
export const SIDES_NOUN = 'sides';

const PLACE_BEFORE = new Set(['on', 'from', 'across', 'along', 'at', 'to', 'into', 'toward', 'towards', 'both', 'either', 'each', 'opposite', 'in']);

/** b: the owner right before "sides" (the second conjunct); mods: modifiers between them. */
export function sidesAllowed(ctx: ActorCtx, b: Base, mods: number): boolean {
  if (b.role !== 'actor' || mods > 0 || b.data?.kind !== 'state') return false;
  if (tok(ctx, b.start - 1)?.norm !== 'and') return false;
  // the first conjunct: one to three capitalised words ("Sierra Leonean"), then an optional article
  let k = b.start - 2;
  const stop = b.start - 5;
  const first = tok(ctx, k);
  if (!first || !first.cap) return false;
  while (k > stop && tok(ctx, k)?.cap === true) k--;
  if (tok(ctx, k)?.norm === 'the') k--;
  const before = tok(ctx, k);
  return !before || !PLACE_BEFORE.has(before.norm);
}
