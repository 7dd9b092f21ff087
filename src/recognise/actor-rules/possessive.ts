import type { ActorData } from '../../pipeline/doc.js';
import type { ActorCtx, Base } from '../actor-context.js';
import { namedAt, tok } from '../actor-context.js';

/**
 * Rule family: possessives. "<X>'s <noun>" ("Iran's proxies", "Israel's military") and "its/their
 * proxies", where "its" is the nearest state actor earlier in the sentence ("Iran and its proxies").
 */
export const RULE_POSSESSIVE = 'rule:actor.possessive';
export const RULE_ITS = 'rule:actor.its-proxies';
export const RULE_ITS_OWN = 'rule:actor.its-own-forces';

/** Nouns of an actor's own fighters after "its/their" (an adjective may stand between: "its ground forces"). */
const FORCE_NOUNS = new Set(['forces', 'troops', 'soldiers', 'fighters', 'militants', 'units', 'gunmen', 'police', 'policemen', 'army', 'navy', 'jets', 'warplanes', 'aircraft', 'drones', 'artillery', 'commandos', 'militiamen', 'combatants', 'guerrillas']);

function forceNounAfter(ctx: ActorCtx, i: number): boolean {
  const a = tok(ctx, i + 1);
  if (!a) return false;
  if (FORCE_NOUNS.has(a.norm)) return true;
  const b = tok(ctx, i + 2);
  return b !== null && !a.cap && a.kind === 'word' && FORCE_NOUNS.has(b.norm);
}

export function possessiveBase(ctx: ActorCtx, i: number): Base | null {
  const t = ctx.tokens[i]!;
  if (t.norm === 'its' || t.norm === 'their') {
    const patron = nearestState(ctx);
    if (patron) return { start: i, end: i + 1, role: 'patron', data: patron, value: null, entry: RULE_ITS, standalone: false, rule: RULE_ITS };
    // "the army said its forces shelled", "rebels said their fighters": a non-state owner of its own fighters
    const owner = forceNounAfter(ctx, i) ? nearestOwner(ctx) : null;
    if (!owner) return null;
    return { start: i, end: i + 1, role: 'actor', data: owner, value: null, entry: RULE_ITS_OWN, standalone: false, rule: RULE_ITS_OWN };
  }
  const head = namedAt(ctx, i, false);
  if (!head) return null;
  const s = tok(ctx, head.end);
  if (!s || s.space || (s.norm !== "'s" && s.norm !== "’s")) return null;
  return { start: i, end: head.end + 1, role: 'actor', data: head.value.data, value: head.value, entry: RULE_POSSESSIVE, standalone: false, rule: RULE_POSSESSIVE };
}

/** The nearest earlier actor of the sentence that can own fighters (not a person: "his forces" is not read here). */
function nearestOwner(ctx: ActorCtx): ActorData | null {
  for (let k = ctx.found.length - 1; k >= 0; k--) {
    const d = ctx.found[k]!.data;
    if (d.kind !== 'person') return d.sector === 'MIL' || d.sector === 'REB' || d.sector === 'MILITIA' || d.sector === 'COP' || d.kind === 'group' || d.kind === 'unit' ? d : null;
  }
  return null;
}

function nearestState(ctx: ActorCtx): ActorData | null {
  for (let k = ctx.found.length - 1; k >= 0; k--) {
    const d = ctx.found[k]!.data;
    if (d.kind === 'state' || (d.kind === 'organisation' && d.sector === 'GOV')) return d;
  }
  return null;
}
