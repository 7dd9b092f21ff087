import type { ActorCtx, Candidate } from '../actor-context.js';
import { candidate, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';
import { TARGET_NOUNS } from '../target-nouns.js';

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

/** "strike" and "strikes" (left out of the state act nouns: a labour strike) after which "on" + a state or armed group makes them military. */
const STRIKE = new Set(['strike', 'strikes']);

/**
 * "the Israeli strike on Doha", "Russian strikes on Ukraine", "a US strike on Hezbollah": a state's demonym, "strike(s)",
 * then "on" and a named state (or its capital) or armed group of the actor lexicon is a military strike by that state. A
 * labour strike is on a day or against an employer ("a French strike on Monday", "a strike on the railways"), which the
 * lexicon holds as neither.
 */
function strikeOn(ctx: ActorCtx, k: number): boolean {
  const t = tok(ctx, k);
  const on = tok(ctx, k + 1);
  if (!t || !on || !STRIKE.has(t.norm) || on.norm !== 'on' || k + 2 >= ctx.to) return false;
  const target = ctx.lex.names.matchAt(ctx.tokens, k + 2, ctx.upper, ctx.to);
  return (!!target && target.values.some((x) => x.data.kind === 'state' || x.data.kind === 'group')) || struckThing(ctx, k + 2);
}

/** Things a labour strike is "on" (the buses, the trains, the lines): no military strike's target. */
const LABOUR_THINGS = new Set(['bus', 'buses', 'train', 'lines']);
/** Words that open the noun phrase of a thing: "the hospital", "a school", "two power plants", "its embassy". */
const THING_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'two', 'three', 'four', 'five', 'several']);

/**
 * Session 11: "the Israeli strike on the hospital", "Russian strikes on a power plant": after "on", a determiner and at
 * most three words before a head noun of a thing attacked (src/recognise/target-nouns.ts) that ends the phrase; not
 * the things a labour strike stops ("a strike on the buses").
 */
function struckThing(ctx: ActorCtx, j: number): boolean {
  const first = tok(ctx, j);
  if (!first || !THING_OPENERS.has(first.norm)) return false;
  for (let k = j + 1; k < ctx.to && k <= j + 4; k++) {
    const w = ctx.tokens[k]!;
    if (w.kind !== 'word' && !(w.kind === 'dash' && !w.space)) return false;
    if (w.kind === 'word' && TARGET_NOUNS.has(w.norm) && !LABOUR_THINGS.has(w.norm)) {
      const after = tok(ctx, k + 1);
      // "the power plant": the head is the last of two target nouns
      if (!after || after.kind !== 'word' || !TARGET_NOUNS.has(after.norm)) return true;
      continue;
    }
    if (w.norm === 'and' || w.norm === 'of' || w.norm === 'on') return false;
  }
  return false;
}

/** Act nouns that also qualify a machine ("attack helicopters"). */
const ATTACK_MODIFIED = new Set(['attack']);
/** Machines and units "attack" qualifies: "Russian attack helicopters", "an Iranian attack drone". */
const ATTACK_MACHINES = new Set([
  'helicopter', 'helicopters', 'drone', 'drones', 'aircraft', 'jet', 'jets', 'plane', 'planes', 'submarine', 'submarines', 'boat',
  'boats', 'craft', 'dog', 'dogs', 'vessel', 'vessels', 'squadron', 'squadrons', 'ad', 'ads',
]);

/** Past-tense verbs of a military attack that a state's demonym may stand as the subject of ("Israeli shelled …"). */
const ATTACK_PAST = new Set(['shelled', 'bombed', 'bombarded', 'struck', 'fired', 'raided', 'attacked', 'targeted', 'stormed', 'launched', 'demolished', 'hit']);

/** Tokens after which a clause (and so a subject) starts. */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'then', 'meanwhile', 'later']);

/**
 * "On 15 May, Israeli shelled areas east of the camp": a state's capitalised demonym opening a clause, used as a noun
 * before a past-tense verb of attack, is its armed forces (as "Pro-Houthi shelled" is the group). Not before "by" or
 * "in" ("Israeli killed in …" is a reduced passive) and not after a determiner ("the Israeli fired": a person).
 */
function demonymSubject(ctx: ActorCtx, i: number, end: number): boolean {
  const t = ctx.tokens[i]!;
  const verb = ctx.tokens[end]!;
  if (!t.cap || ctx.upper || !ATTACK_PAST.has(verb.norm)) return false;
  const after = tok(ctx, end + 1);
  if (!after || after.norm === 'by' || after.norm === 'in') return false;
  const prev = tok(ctx, i - 1);
  return !prev || CLAUSE_OPENERS.has(prev.norm);
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
    if (!s || next.kind !== 'word' || !(ctx.lex.files.stateActNouns.has(next.norm) || weaponThenAct(ctx, m.tokenEnd) || strikeOn(ctx, m.tokenEnd) || demonymSubject(ctx, i, m.tokenEnd))) return null;
    // "Russian attack helicopters", "Iranian attack drones": "attack" qualifying a machine is no act
    const head = tok(ctx, m.tokenEnd + 1);
    if (ATTACK_MODIFIED.has(next.norm) && head && head.kind === 'word' && ATTACK_MACHINES.has(head.norm)) return null;
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
