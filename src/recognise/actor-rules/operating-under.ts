import type { ActorCtx, Candidate } from '../actor-context.js';
import { candidate, namedAt, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: fighters "operating as part of" / "operating under" / "that operate within" a named operation or
 * coalition are that operation's forces ("pro-Turkish factions operating as part of Operation Peace Spring" →
 * Operation Peace Spring; ACLED codes them so). Only an organisation, group or IGO entry can follow.
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

export function operatingUnder(ctx: ActorCtx, c: Candidate): Candidate {
  if (c.data.kind === 'person' || c.data.kind === 'state') return c;
  let i = c.end;
  if (RELATIVE.has(tok(ctx, i)?.norm ?? '')) i++;
  if (BE.has(tok(ctx, i)?.norm ?? '')) i++;
  if (!OPERATE.has(tok(ctx, i)?.norm ?? '')) return c;
  const j = afterPreposition(ctx, i + 1);
  if (j < 0) return c;
  const h = namedAt(ctx, j, false);
  if (!h || !KINDS.has(h.value.data.kind)) return c;
  const data = copyActorData(h.value.data);
  data.plural = true;
  data.generic = false;
  data.ref = h.value.id;
  return candidate(c.start, h.end, data, RULE_OPERATING_UNDER, c.how, c.generic);
}
