import type { EventDraft } from '../../pipeline/draft.js';
import type { SentenceContext } from '../context.js';
import { CLAUSE_WORDS } from '../words.js';
import { FORCE_WORDS } from './mobilize.js';

/**
 * Expulsion told with the particle verb "force … out" (`coerce.force-out`, CAMEO 174): "forced hundreds of villagers
 * out of their homes", "forced the aid agency, its staff and all, out of the country", "forced out more than a
 * thousand refugees". The verb alone is no event ("forced a vote", "was forced to resign"): "out" must follow the
 * active verb, directly or after its object, within the clause. Driving an armed side out of a place is a military
 * outcome, not an expulsion ("forced the rebels out of the town"), and "out of office/power" is an ousting.
 */

/** Most tokens between the verb and "out" (the object of "forced … out"). */
const OBJECT_WINDOW = 10;
/** Most tokens read after "out" for the object of "forced out …". */
const AFTER_WINDOW = 6;

/** Sectors of armed sides (the actor dictionary's codes). */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'MILITIA', 'COP', 'SPY', 'CRM', 'GOV']);
/** Armed nouns beside the mobilisation force words. */
const ARMED_NOUNS = new Set(['rebels', 'insurgents', 'guerrillas', 'guerillas', 'jihadists', 'gunmen', 'extremists', 'terrorists',
  'invaders', 'occupiers', 'enemy', 'government', 'regime']);
/** Heads after "out of" that make the act an ousting from a position. */
const POSITION_HEADS = new Set(['office', 'power', 'government', 'politics', 'race', 'job', 'post', 'presidency', 'leadership', 'party', 'parliament', 'cabinet']);
/** Words that end the object before any "out": infinitives and coordinated clauses ("forced them to move out"). */
const STOPS = new Set(['to', 'into', 'by', 'on', 'in', 'at', 'through']);
/** Determiners skipped before the head after "out of". */
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'a']);

function armed(ctx: SentenceContext, k: number): boolean {
  const actor = ctx.actor(k);
  if (actor && ARMED_SECTORS.has(actor.data.sector ?? '')) return true;
  const n = ctx.norm(k);
  return FORCE_WORDS.has(n) || ARMED_NOUNS.has(n);
}

function stops(ctx: SentenceContext, k: number): boolean {
  const n = ctx.norm(k);
  return ctx.isBoundary(k) || CLAUSE_WORDS.has(n) || STOPS.has(n);
}

/** "out of office", "out of the government": the thing left is a position, not a place. */
function ousting(ctx: SentenceContext, out: number): boolean {
  if (ctx.norm(out + 1) !== 'of') return false;
  for (let k = out + 2; k < Math.min(ctx.to, out + 5); k++) {
    const n = ctx.norm(k);
    if (POSITION_HEADS.has(n)) return true;
    if (!DETERMINERS.has(n)) return false;
  }
  return false;
}

/** The object span of "forced … out" / "forced out …", or null when no "out" completes the verb. */
function objectSpan(ctx: SentenceContext, end: number): { from: number; to: number; out: number } | null {
  if (ctx.norm(end) === 'out') {
    let k = end + 1;
    // "forced out on Monday more than …": a time between the particle and the object
    while (k < ctx.to && (ctx.time(k) || (ctx.norm(k) === 'on' && ctx.time(k + 1)))) k++;
    const first = k;
    while (k < Math.min(ctx.to, first + AFTER_WINDOW) && !stops(ctx, k) && ctx.norm(k) !== ',' && ctx.norm(k) !== 'of' && ctx.norm(k) !== 'from') k++;
    return k > first ? { from: first, to: k, out: end } : null;
  }
  for (let k = end; k < Math.min(ctx.to, end + OBJECT_WINDOW + 1); k++) {
    if (ctx.norm(k) === 'out') return k > end ? { from: end, to: k, out: k } : null;
    if (stops(ctx, k)) return null;
  }
  return null;
}

/** A reason to drop a `coerce.force-out` draft, or null when it tells people or a body forced out of a place. */
export function forceOutRejection(ctx: SentenceContext, draft: EventDraft): string | null {
  const start = draft.trigger.tokenStart;
  // "was forced out", "were forced out of": the passive is the `coerce.expel` phrase's business
  if (start > ctx.from) {
    const before = ctx.norm(start - 1);
    if (before === 'was' || before === 'were' || before === 'been' || before === 'be' || before === 'being') return 'force-out:passive';
  }
  const span = objectSpan(ctx, draft.trigger.tokenEnd);
  if (!span) return 'force-out:no-particle';
  if (ousting(ctx, span.out)) return 'force-out:position';
  for (let k = span.from; k < span.to; k++) if (armed(ctx, k)) return 'force-out:armed-object';
  return null;
}
