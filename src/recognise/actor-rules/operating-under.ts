import type { ActorCtx, Candidate } from '../actor-context.js';
import { candidate, namedAt, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';
import { WordBits } from '../vocab.js';

/**
 * Rule family: fighters "operating as part of" / "operating under" / "that operate within" a named operation or
 * coalition are that operation's forces ("pro-Turkish factions operating as part of Operation Peace Spring" →
 * Operation Peace Spring; ACLED codes them so). Only an organisation, group or IGO entry can follow. A comma may
 * stand before the relative ("JWS, which operates under OPS"), a head noun the mention left out before it ("rebel
 * faction fighters operating …"); before a named military operation a bare "under" or "as part of" is enough
 * ("opposition rebels under Operation Peace Spring").
 */
export const RULE_OPERATING_UNDER = 'rule:actor.operating-under';

const RELATIVE = new Set(['that', 'which', 'who', 'whom']);
const BE = new Set(['are', 'is', 'were', 'was']);
const OPERATE = new Set(['operating', 'operate', 'operates', 'operated', 'fighting', 'serving']);
const KINDS = new Set(['organisation', 'group', 'igo']);

/** The token index after "as part of" / "under" / "within" (and an optional "the"), or -1. */
function afterPreposition(ctx: ActorCtx, i: number): number {
  const n = tok(ctx, i)?.norm;
  let j = -1;
  if (n === 'under' || n === 'within') j = i + 1;
  else if (n === 'as' && tok(ctx, i + 1)?.norm === 'part' && tok(ctx, i + 2)?.norm === 'of') j = i + 3;
  if (j > 0 && tok(ctx, j)?.norm === 'the') j++;
  return j;
}

/** Head nouns a group's mention may leave out before the relative: "pro-Turkish rebel faction fighters operating …". */
const HEADS = new Set(['faction', 'factions', 'fighters', 'forces', 'elements', 'members', 'groups', 'units', 'troops', 'militants']);

/**
 * The words that may stand right after the mention for the rule to apply (a head noun, a comma, a relative, "be", a
 * verb of operating, a preposition): one bitmap read turns away nearly every mention (this runs on each of them).
 */
const OPENERS = new WordBits([...HEADS, ',', ...RELATIVE, ...BE, ...OPERATE, 'under', 'within', 'as']);

export function operatingUnder(ctx: ActorCtx, c: Candidate): Candidate {
  if (c.data.kind === 'person' || c.data.kind === 'state') return c;
  const first = tok(ctx, c.end);
  if (first === null || !OPENERS.hasToken(first)) return c;
  let i = c.end;
  while (i < c.end + 2 && HEADS.has(tok(ctx, i)?.norm ?? '')) i++;
  const head = i;
  // "JWS, which operates under OPS": a comma before the relative
  if (tok(ctx, i)?.norm === ',' && RELATIVE.has(tok(ctx, i + 1)?.norm ?? '')) i++;
  if (RELATIVE.has(tok(ctx, i)?.norm ?? '')) i++;
  if (BE.has(tok(ctx, i)?.norm ?? '')) i++;
  let j: number;
  if (OPERATE.has(tok(ctx, i)?.norm ?? '')) j = afterPreposition(ctx, i + 1);
  // "opposition rebels under Operation Peace Spring": a bare "under" / "as part of" before a named operation
  else if (i === head) j = afterPreposition(ctx, i);
  else return c;
  if (j < 0) return c;
  const h = namedAt(ctx, j, false);
  if (!h || !KINDS.has(h.value.data.kind)) return c;
  if (i === head && !OPERATE.has(tok(ctx, i)?.norm ?? '') && !/^Operation /.test(h.value.data.name)) return c;
  const data = copyActorData(h.value.data);
  data.plural = true;
  data.generic = false;
  data.ref = h.value.id;
  return candidate(c.start, h.end, data, RULE_OPERATING_UNDER, c.how, c.generic);
}
