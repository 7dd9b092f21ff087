import type { ActorCtx, Base, Candidate } from '../actor-context.js';
import type { GenericValue } from '../actor-types.js';
import { candidate, tok } from '../actor-context.js';
import { compose } from './compose.js';
import { compositeAfter } from './composite.js';
import { BACKED_WORDS } from './backed-by.js';

/**
 * Rule family: owners coordinated before one generic noun ("between Russian and Ukrainian forces",
 * "Houthi and pro-Hadi forces", "Israeli and Palestinian officials"): the first owner, an adjective that is
 * no actor alone, shares the noun of the reading that follows "and" (or a comma). The reading spans the
 * first owner's words only; the second conjunct is read on its own as before.
 */
export const RULE_COORDINATED = 'rule:actor.coordinated-owner';

const JOINERS = new Set(['and', ',', '&']);

/**
 * `basesAt` gives the bases (named owner, patron, pro-/anti-) that start at a token; the second conjunct must be
 * an owner completed by a generic noun right after the joiner.
 */
export function coordinatedOwner(ctx: ActorCtx, b: Base, basesAt: (ctx: ActorCtx, j: number) => Base[]): Candidate | null {
  if (b.role === 'none') return bareOwner(ctx, b, basesAt);
  if (b.role === 'patron' || b.standalone || !b.data) return null;
  const joiner = tok(ctx, b.end);
  if (!joiner || !JOINERS.has(joiner.norm)) return null;
  // "Russian, Ukrainian and Belarusian forces": a comma may be followed by another owner; only the next one is read
  const shared = sharedNoun(ctx, b.end + 1, basesAt);
  if (!shared) return groupBeforeName(ctx, b, basesAt);
  const data = compose(b, shared.noun, false, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
  return candidate(b.start, b.end, data, RULE_COORDINATED, 'stated', shared.noun);
}

const ARMED_NAME_SECTORS = new Set(['MIL', 'REB', 'MILITIA']);

/**
 * A group's adjective before "and" and an armed name with no generic noun to share ("pro-Houthi and
 * coalition-backed anti-Houthi groups": "groups" is part of the name): the group itself.
 */
function groupBeforeName(ctx: ActorCtx, b: Base, basesAt: (ctx: ActorCtx, j: number) => Base[]): Candidate | null {
  if (b.role !== 'actor' || b.data!.kind !== 'group' || tok(ctx, b.end)?.norm !== 'and') return null;
  let j = b.end + 1;
  const dash = tok(ctx, j + 1);
  const backed = tok(ctx, j + 2);
  if (dash && backed && dash.kind === 'dash' && !dash.space && !backed.space && BACKED_WORDS.has(backed.norm)) j += 3;
  for (const b2 of basesAt(ctx, j)) {
    if (b2.standalone && b2.data && b2.data.kind !== 'person' && b2.data.kind !== 'state' && b2.data.sector !== null && ARMED_NAME_SECTORS.has(b2.data.sector)) {
      return candidate(b.start, b.end, b.data!, RULE_COORDINATED, 'stated');
    }
  }
  return null;
}

interface Shared {
  noun: GenericValue;
  /** Exclusive end of the second conjunct (its noun's last token). */
  end: number;
}

/**
 * The generic noun that completes the owner starting at j, the second conjunct: "Houthi forces", "pro-Hadi forces",
 * and through a patron before it ("coalition-backed anti-Houthi groups": the noun of "anti-Houthi groups").
 */
function sharedNoun(ctx: ActorCtx, j: number, basesAt: (ctx: ActorCtx, j: number) => Base[], depth = 0): Shared | null {
  if (j >= ctx.to) return null;
  // "coalition-backed anti-Houthi groups": a "<word>-backed" compound that is no patron name is read through
  const dash = tok(ctx, j + 1);
  const backed = tok(ctx, j + 2);
  if (depth === 0 && dash && backed && dash.kind === 'dash' && !dash.space && !backed.space && BACKED_WORDS.has(backed.norm)) {
    const inner = sharedNoun(ctx, j + 3, basesAt, 1);
    if (inner) return inner;
  }
  let noun: GenericValue | null = null;
  let end = j;
  // modifiers and a generic noun with no owner: "opposition and Islamist rebels", "Houthi and allied tribal fighters"
  const bare = compositeAfter(ctx, { start: j, end: j, role: 'none', data: null, value: null, entry: '', standalone: false, rule: '' });
  if (bare && bare.generic && bare.end > j + 1) { noun = bare.generic; end = bare.end; }
  for (const b2 of basesAt(ctx, j)) {
    if (b2.role === 'none' || !b2.data) continue;
    if (b2.role === 'patron') {
      const inner = depth === 0 ? sharedNoun(ctx, b2.end, basesAt, 1) : null;
      if (inner && inner.end > end) { noun = inner.noun; end = inner.end; }
      continue;
    }
    const c = compositeAfter(ctx, b2);
    if (c && c.generic && c.end > end) { noun = c.generic; end = c.end; }
    // a dictionary name ending in a generic noun ("Ukrainian armed forces", "pro-Hadi forces")
    const tail = b2.standalone && b2.end > end ? tailNoun(ctx, b2) : null;
    if (tail) { noun = tail; end = b2.end; }
  }
  return noun ? { noun, end } : null;
}

/**
 * A bare word before "and" that, with the second conjunct's noun, makes a dictionary name: "between opposition and
 * regime forces" (opposition forces), "opposition and Islamist rebels" (opposition rebels). The reading spans the
 * word only.
 */
function bareOwner(ctx: ActorCtx, b: Base, basesAt: (ctx: ActorCtx, j: number) => Base[]): Candidate | null {
  const i = b.start;
  const word = tok(ctx, i);
  const joiner = tok(ctx, i + 1);
  if (!word || word.kind !== 'word' || !joiner || joiner.norm !== 'and') return null;
  const shared = sharedNoun(ctx, i + 2, basesAt);
  if (!shared) return null;
  // the noun's own words: the longest generic match ending at the conjunct's end
  for (let k = i + 3; k < shared.end; k++) {
    const g = ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, shared.end);
    if (!g || g.tokenEnd !== shared.end) continue;
    const phrase = [word, ...ctx.tokens.slice(k, shared.end)];
    const hit = ctx.lex.names.matchAt(phrase, 0, ctx.upper, phrase.length);
    if (!hit || hit.tokenEnd !== phrase.length) return null;
    const v = hit.values[0]!;
    return candidate(i, i + 1, v.data, RULE_COORDINATED, 'stated', shared.noun);
  }
  return null;
}

/** The generic noun a name ends in, after its first word ("Ukrainian armed forces" → forces). */
function tailNoun(ctx: ActorCtx, b: Base): GenericValue | null {
  for (let k = b.start + 1; k < b.end; k++) {
    const g = ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, b.end);
    if (g && g.tokenEnd === b.end) return g.values[0]!;
  }
  return null;
}
