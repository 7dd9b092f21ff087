import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, SKIPPABLE_ADVERBS } from '../words.js';

/**
 * Occupation of territory by armed forces, CAMEO 192: "Israeli troops occupied the town", "rebels have occupied the
 * airport". The verb "occupied" belongs to protest.block (a crowd occupying a building, CAMEO 144), whose family drops it
 * without civilians; done by an armed side it is recoded here to `fight.occupy`. Armed: the subject right before the
 * verb is a military, rebel or militia force, or a force noun ("the troops occupied"). The
 * participle used as an adjective ("the occupied territories", "Israeli-occupied") and "occupying" after a noun ("rebels
 * occupying a station", a state) are no act.
 */
const OCCUPY = new Set(['occupied', 'occupy', 'occupies', 'occupying']);
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'UAF']);
const FORCE_NOUNS = new Set(['troops', 'forces', 'soldiers', 'army', 'military', 'rebels', 'insurgents', 'militants', 'fighters',
  'militia', 'militias', 'militiamen', 'guerrillas', 'guerillas', 'paratroopers', 'marines', 'jihadists', 'units']);

export function armedOccupation(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.form !== 'verb' || draft.voice !== 'active' || !OCCUPY.has(ctx.norm(draft.trigger.tokenStart))) return false;
  // "rebels occupying a station": a reduced relative tells a state; "were occupying" is the act
  if (ctx.norm(draft.trigger.tokenStart) === 'occupying' && !PROGRESSIVE.has(ctx.norm(draft.trigger.tokenStart - 1))) return false;
  let k = draft.trigger.tokenStart - 1;
  while (k >= ctx.from && (AUXILIARIES.has(ctx.norm(k)) && ctx.norm(k) !== 'to' || SKIPPABLE_ADVERBS.has(ctx.norm(k)) && ctx.norm(k) !== 'in' || ctx.norm(k).endsWith('ly') || ctx.time(k))) k--;
  if (k < ctx.from) return false;
  const before = ctx.norm(k);
  // "the occupied West Bank", "Israeli-occupied Golan": an adjective
  if (DETERMINERS.has(before) || before === '-' || before === 'in' || before === 'of') return false;
  if (FORCE_NOUNS.has(before)) return true;
  // the subject stands right before the verb (the binder may reach further back: "an Israeli patrol passed … the Israeli
  // occupied zone"); a one-word name after an article or preposition is the adjective's modifier ("in the Israeli occupied zone")
  const m = ctx.actor(k);
  if (!m || m.tokenEnd !== k + 1 || !ARMED.has(m.data.sector ?? '')) return false;
  const lead = ctx.norm(m.tokenStart - 1);
  return !(m.tokenEnd - m.tokenStart === 1 && m.tokenStart > ctx.from && (DETERMINERS.has(lead) || PREPOSITIONS.has(lead)));
}

/** Recode an armed occupation to `fight.occupy` (CAMEO 192); false when the entry is missing. */
export function recodeOccupation(draft: EventDraft): boolean {
  return recodeTo(draft, 'fight.occupy', 'fight:armed-occupation');
}
