import type { ActorData, Mention, Token } from '../pipeline/doc.js';
import type { ActorLexicon } from './actor-lexicon.js';
import type { GenericValue, NamedValue } from './actor-types.js';

/** What every actor rule sees: the tokens of one sentence and the compiled lexicon. */
export interface ActorCtx {
  tokens: Token[];
  /** Sentence token range [from, to). */
  from: number;
  to: number;
  upper: boolean;
  lex: ActorLexicon;
  /** Mentions already found earlier in this sentence (for "its proxies"). */
  found: Mention<ActorData>[];
  /** Document-level persons by normalised surname (coreference). */
  persons: Map<string, { id: string; data: ActorData }>;
  /** The report's year (from its publication date), or null: chooses among office holders sharing a surname. */
  year: number | null;
}

/** A finished reading of a stretch of tokens. */
export interface Candidate {
  start: number;
  /** Exclusive. */
  end: number;
  data: ActorData;
  /** Dictionary entry id or rule id. */
  entry: string;
  how: 'stated' | 'inferred';
  /** The generic noun the reading ends in, when it has one. */
  generic?: GenericValue;
}

/** A reading with every field, in one order (one hidden class for all; `generic` undefined when it has none). */
export function candidate(start: number, end: number, data: ActorData, entry: string, how: Candidate['how'], generic?: GenericValue): Candidate {
  return { start, end, data, entry, how, generic };
}

/**
 * The left part of a reading that a generic noun or a title may complete: a named actor ("Houthi"),
 * a patron ("Iran-backed", "Iran's", "its"), an alignment ("pro-Iranian"), or nothing (bare noun).
 */
export interface Base {
  start: number;
  /** Exclusive. */
  end: number;
  role: 'actor' | 'patron' | 'pro' | 'anti' | 'none';
  data: ActorData | null;
  value: NamedValue | null;
  entry: string;
  /** The base is an actor on its own ("Hezbollah"), not only a modifier ("Houthi"). */
  standalone: boolean;
  /** Rule that made the base (for the composite's entry). */
  rule: string;
}

export function tok(ctx: ActorCtx, i: number): Token | null {
  return i >= ctx.from && i < ctx.to ? ctx.tokens[i]! : null;
}

/** Longest named-actor match at i: names and (when allowHeads) demonyms/adjectives. */
export function namedAt(ctx: ActorCtx, i: number, allowHeads: boolean): NamedHit | null {
  // several rules ask at the same position in turn (dictionary, backed-by, possessive): remember the last answers
  if (ctx === memo.ctx && i === memo.i) {
    if (allowHeads) return memo.withHeads !== undefined ? memo.withHeads : (memo.withHeads = lookup(ctx, i, true));
    return memo.namesOnly !== undefined ? memo.namesOnly : (memo.namesOnly = lookup(ctx, i, false));
  }
  memo.ctx = ctx;
  memo.i = i;
  memo.withHeads = undefined;
  memo.namesOnly = undefined;
  const hit = lookup(ctx, i, allowHeads);
  if (allowHeads) memo.withHeads = hit;
  else memo.namesOnly = hit;
  return hit;
}

/** What namedAt found; shared between callers: read, never modify. */
export interface NamedHit {
  end: number;
  value: NamedValue;
  standalone: boolean;
}

const memo: { ctx: ActorCtx | null; i: number; withHeads: NamedHit | null | undefined; namesOnly: NamedHit | null | undefined } = { ctx: null, i: -1, withHeads: undefined, namesOnly: undefined };

function lookup(ctx: ActorCtx, i: number, allowHeads: boolean): NamedHit | null {
  const a = ctx.lex.names.matchAt(ctx.tokens, i, ctx.upper, ctx.to);
  const b = allowHeads ? ctx.lex.heads.matchAt(ctx.tokens, i, ctx.upper, ctx.to) : null;
  if (a && (!b || a.tokenEnd >= b.tokenEnd)) return { end: a.tokenEnd, value: pick(a.values), standalone: true };
  if (b) return { end: b.tokenEnd, value: pick(b.values), standalone: false };
  return null;
}

/** Several entries share a surface: a name of entries of several countries has its default reading (actor-lexicon.ts); else prefer states, then the first listed. */
function pick(values: NamedValue[]): NamedValue {
  let best = values[0]!;
  // the default when its own case rule let it match here too (only India's party is read from "congress")
  if (best.readings !== null && values.includes(best.readings[0]!)) return best.readings[0]!;
  for (const v of values) if (v.data.kind === 'state' && best.data.kind !== 'state') best = v;
  return best;
}

export const DAYS_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
]);
