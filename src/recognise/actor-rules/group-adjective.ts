import type { ActorCtx, Candidate } from '../actor-context.js';
import { candidate, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: a group's adjective naming the actor of an attack ("Houthi shelling injured three",
 * "a Houthi-planted landmine", "Pro-Houthi shelled anti-Houthi forces"). Only armed groups, never
 * state demonyms: "Iranian cruise missiles" says where the missiles come from, not who fired them.
 * The mention covers the adjective only.
 */
export const RULE_GROUP_ADJECTIVE = 'rule:actor.group-adjective';

const COMPOUND = new Set(['planted', 'fired', 'launched', 'laid', 'made', 'led', 'held', 'controlled', 'run', 'built', 'placed']);

/** Words before "by/of" that make a following state's attack a backing, not the event's attack. */
const SUPPORT = new Set(['supported', 'backed', 'aided', 'assisted', 'covered', 'support', 'cover', 'help', 'backing', 'assistance', 'aid']);

/** Nouns of an attack that a weapon noun may qualify: "a Russian missile attack", "Israeli drone strikes". */
const ACTS = new Set(['attack', 'attacks', 'strike', 'strikes']);

/**
 * "a Russian missile attack", "Israeli drone strikes", "a Russian missile and drone attack": weapon nouns (at most
 * three words with "and") and then an act of attack; the demonym before them names the attacker, as before an act
 * alone. A weapon noun with no act after it ("Iranian missiles") still says only where it comes from.
 */
function weaponThenAct(ctx: ActorCtx, k: number): boolean {
  const attack = ctx.lex.files.attackNouns;
  const acts = ctx.lex.files.stateActNouns;
  let j = k;
  let weapons = 0;
  while (j < ctx.to && j < k + 4) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word') return false;
    if (weapons > 0 && (ACTS.has(t.norm) || acts.has(t.norm))) return true;
    if (t.norm === 'and' && weapons > 0) { j++; continue; }
    if (!attack.has(t.norm) || ACTS.has(t.norm) || acts.has(t.norm)) return false;
    weapons++;
    j++;
  }
  return false;
}

export function groupAdjectiveCandidate(ctx: ActorCtx, i: number): Candidate | null {
  const m = ctx.lex.heads.matchAt(ctx.tokens, i, ctx.upper, ctx.to);
  if (!m) return null;
  const v = m.values.find((x) => x.form === 'adjective' && (x.data.kind === 'group' || x.data.sector === 'REB' || x.data.sector === 'MILITIA'));
  const next = tok(ctx, m.tokenEnd);
  if (!next) return null;
  if (!v) {
    // a state's demonym before an act of attack (not a weapon): "Israeli airstrikes", "Russian shelling"
    const s = m.values.find((x) => (x.form === 'demonym' || x.form === 'adjective') && x.data.kind === 'state');
    if (!s || next.kind !== 'word' || !(ctx.lex.files.stateActNouns.has(next.norm) || weaponThenAct(ctx, m.tokenEnd))) return null;
    // "supported by Russian airstrikes", "with the support of Russian airstrikes": a backer, read by the backing rules
    const p1 = tok(ctx, i - 1);
    const p2 = tok(ctx, i - 2);
    if (i - 2 >= ctx.from && p1 && p2 && (p1.norm === 'by' || p1.norm === 'of') && SUPPORT.has(p2.norm)) return null;
    return candidate(i, m.tokenEnd, copyActorData(s.data), RULE_GROUP_ADJECTIVE, 'stated');
  }
  const after = tok(ctx, m.tokenEnd + 1);
  const compound = next.kind === 'dash' && !next.space && !!after && !after.space && COMPOUND.has(after.norm);
  const attack = next.kind === 'word' && ctx.lex.files.attackNouns.has(next.norm);
  // "Pro-Houthi shelled …": the adjective used as a noun before a past-tense verb
  const verb = next.kind === 'word' && !next.cap && next.norm.length > 4 && next.norm.endsWith('ed') && !ctx.lex.files.attributive.has(next.norm);
  if (!compound && !attack && !verb) return null;
  return candidate(i, m.tokenEnd, copyActorData(v.data), RULE_GROUP_ADJECTIVE, 'stated');
}
