import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { CLAUSE_WORDS, PREPOSITIONS } from '../words.js';

/**
 * Drones shot. "Shot" hits a person or a vehicle, but with a drone as its object ("soldiers shot a surveillance drone",
 * "the militia shot and seized an army drone", the object shared by both coordinated verbs) it brings an aircraft of the
 * other side down: an interception (`intercept.shoot-down`, like "shot down"), which ACLED codes as Disrupted weapons
 * use, and the drone is the target, not the weapon of an air strike.
 */

/** Shooting verbs this reading applies to. */
const SHOT_WORDS = new Set(['shot', 'shoots', 'shoot']);

/** Unmanned aircraft named by a common noun (the weapons layer also reads drone names). */
const DRONE_WORDS = new Set(['drone', 'drones', 'uav', 'uavs', 'quadcopter', 'quadcopters']);

/** Quote marks, brackets and dashes inside the object ("one Israeli drone [Bombardier]"). */
const INNER = new Set(['"', '“', '”', "'", '‘', '’', '-', '[', '(']);

/** Whether the word at `k` names a drone (a drone word or a weapon mention of the drone category). */
function droneAt(ctx: SentenceContext, k: number): boolean {
  return DRONE_WORDS.has(ctx.norm(k)) || ctx.weapon(k)?.data.category === 'drone';
}

/**
 * Whether the object after `end` is a noun phrase whose head names a drone: an optional second verb coordinated with
 * the shooting ("shot and seized", "shot and captured"), then up to five determiners, numbers and modifiers before
 * the drone word; a preposition, clause word or comma ends the phrase ("shot at a drone", "shot a man near the drone").
 */
export function droneObjectAt(ctx: SentenceContext, end: number): boolean {
  let k = end;
  if (ctx.norm(k) === 'and' && ctx.norm(k + 1).endsWith('ed')) k += 2;
  for (const stop = Math.min(ctx.to, k + 6); k < stop; k++) {
    if (droneAt(ctx, k)) return true;
    const n = ctx.norm(k);
    if (INNER.has(n) || ctx.number(k)) continue;
    const tok = ctx.token(k);
    if (n === '' || ctx.isBoundary(k) || (tok !== undefined && tok.kind === 'punct') || PREPOSITIONS.has(n) || CLAUSE_WORDS.has(n) || n === 'and' || n === 'or') return false;
  }
  return false;
}

/** Recode a shooting whose object is a drone as an interception (`intercept.shoot-down`); true when recoded. */
export function recodeShotDrone(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.entry.id !== 'assault.shoot' || draft.form !== 'verb' || draft.voice === 'passive') return false;
  const start = draft.trigger.tokenStart;
  const end = draft.trigger.tokenEnd;
  if (!SHOT_WORDS.has(ctx.textOf(start, end).toLowerCase()) || !droneObjectAt(ctx, end)) return false;
  return recodeTo(draft, 'intercept.shoot-down', 'shot:drone-object');
}
