import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { CLAUSE_WORDS, PREPOSITIONS } from '../words.js';
import { recodeShotDrone } from './shot-drone.js';

/**
 * Operations launched. "Launched" fires a weapon ("launched five missiles") or opens an attack ("launched an attack on"),
 * but with "operation(s)" as the head of its object it starts a campaign of the forces: "the army launched a ground
 * operation against the rebels", "police launched a new security operation targeting rebel cells". Nothing in those words
 * tells that anyone fought: the act is a movement or change of activity of the forces (`mobilize.operation`, CAMEO 150,
 * PLOVER MOBILIZE), which ACLED codes as a strategic development (Change to group/activity). The fighting, the killed,
 * the arrests or the ground taken in the same note are events of their own and outrank it in the choice rule. Air
 * operations are strikes ("launched ground and air operations"), so a modifier of air power keeps the attack.
 */

/** Head nouns of the object that make the launch the start of an operation. */
const OPERATION_HEADS = new Set(['operation', 'operations']);

/** Modifiers that make the operation a strike from the air, which stays an attack. */
const AIR_WORDS = new Set(['air', 'aerial', 'airborne', 'bombing', 'missile', 'drone', 'naval-air', 'strike', 'strikes']);

/** Launch verbs this reading applies to (the verbs of `assault.launch` that start something). */
const LAUNCH_WORDS = new Set(['launched', 'launch', 'launches', 'launching']);

/** Quote marks and dashes inside the object ("a so-called 'cleansing' operation"). */
const INNER = new Set(['"', '“', '”', "'", '‘', '’', '-']);

/**
 * Whether the object after `end` is a noun phrase headed by "operation(s)": up to five determiners, adjectives or noun
 * modifiers ("a new joint military", "their large-scale ground"), none a preposition, clause word or other punctuation,
 * and none a word of air power.
 */
export function operationObjectAt(ctx: SentenceContext, end: number): boolean {
  for (let k = end; k < Math.min(ctx.to, end + 6); k++) {
    const n = ctx.norm(k);
    if (OPERATION_HEADS.has(n)) return true;
    if (INNER.has(n)) continue;
    const tok = ctx.token(k);
    if (n === '' || ctx.isBoundary(k) || (tok !== undefined && tok.kind === 'punct') || PREPOSITIONS.has(n) || CLAUSE_WORDS.has(n) || AIR_WORDS.has(n) || ctx.place(k) || ctx.number(k)) return false;
  }
  return false;
}

/** Recode a launch whose object is an operation as the start of that operation (`mobilize.operation`); true when recoded. */
export function recodeLaunchedOperation(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.entry.id !== 'assault.launch' || draft.form !== 'verb' || draft.voice === 'passive') return false;
  const start = draft.trigger.tokenStart;
  const end = draft.trigger.tokenEnd;
  if (!LAUNCH_WORDS.has(ctx.textOf(start, end).toLowerCase()) || !operationObjectAt(ctx, end)) return false;
  if (!recodeTo(draft, 'mobilize.operation', 'launch:operation-object')) return false;
  draft.weapons = [];
  return true;
}

/** Participles that name what an operation is aimed at ("an operation targeting rebel cells"). */
const AIM_PARTICIPLES = new Set(['targeting', 'targetting', 'against']);

/**
 * "a new operation targeting rebel cells": a participle right after an operation noun is a reduced relative clause that
 * names the operation's target, not an attack of its own (the operation's event, if any, tells what happened).
 */
export function operationTarget(ctx: SentenceContext, draft: EventDraft): boolean {
  const start = draft.trigger.tokenStart;
  return draft.trigger.tokenEnd === start + 1 && AIM_PARTICIPLES.has(ctx.norm(start)) && start > ctx.from && OPERATION_HEADS.has(ctx.norm(start - 1));
}

/** The assault family: launches of operations become mobilizations, an operation's target participle is no attack, drones shot are interceptions (shot-drone.ts); everything else keeps the generic binding. */
export const assault: Family = {
  name: 'assault',
  check(ctx, draft) {
    if (operationTarget(ctx, draft)) return 'operation-target';
    // "the alleged use of chemical weapons", "use of force": the noun, told as an allegation or a topic, is no act of using
    if (draft.entry.id === 'assault.use-means' && ctx.norm(draft.trigger.tokenEnd) === 'of') return 'use-of-noun';
    if (!recodeLaunchedOperation(ctx, draft)) recodeShotDrone(ctx, draft);
    return null;
  },
};
