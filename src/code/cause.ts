import type { EventDraft } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { DETERMINERS } from './words.js';
import { mapList } from '../util/lists.js';
import { subjectOf } from './roles.js';
import type { ActorData, Mention } from '../pipeline/doc.js';

/** Words between a passive harm verb and the attack noun that caused it: "killed in Taliban attacks". */
const CAUSE_PREPS = new Set(['in', 'during', 'by', 'after', 'amid']);
const VIOLENT = new Set(['assault', 'fight']);

/**
 * "Five soldiers were killed in Taliban attacks", "two civilians were wounded in an Israeli airstrike": a passive
 * harm verb with no "by" agent takes the actors of the attack noun that follows it as cause, and that attack noun
 * takes the verb's victims as its recipients. Only an adjacent prepositional phrase (preposition, determiners,
 * numbers, the noun's own actor or weapon words) links the two.
 */
export function shareCause(ctx: SentenceContext, drafts: readonly EventDraft[]): void {
  for (const verb of drafts) {
    if (verb.voice !== 'passive' || !VIOLENT.has(verb.family)) continue;
    const noun = causeNoun(ctx, verb, drafts);
    if (!noun) {
      const named = verb.actors.length === 0 ? attackNamedActor(ctx, verb) : undefined;
      if (named) verb.actors = [filled(named, 'role:cause-named-attack', 'inferred')];
      continue;
    }
    if (verb.actors.length === 0 && noun.actors.length > 0) {
      verb.actors = mapList(noun.actors, (a) => filled(a.mention, 'role:cause-noun', 'inferred'));
    }
    if (noun.recipients.length === 0 && verb.recipients.length > 0) {
      const doers = new Set(noun.actors.map((a) => a.mention));
      noun.recipients = mapList(verb.recipients.filter((r) => !doers.has(r.mention)), (r) => filled(r.mention, 'role:caused-harm', 'inferred'));
    }
  }
}

/** Verbs of dying that take no agent: their subject died of the attack noun after them. */
const DIED = new Set(['died', 'die', 'dies', 'perished']);

/**
 * "Five soldiers died in a Taliban attack", "two children perished in the airstrike": the subject of a verb of dying
 * right before the cause phrase of an attack noun is that attack's victim (inferred). Only when the noun has none.
 */
export function diedIn(ctx: SentenceContext, drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    if (d.voice !== 'nominal' || !VIOLENT.has(d.family) || d.recipients.length > 0) continue;
    let k = d.trigger.tokenStart - 1;
    while (k > ctx.from && k > d.trigger.tokenStart - 6 && !CAUSE_PREPS.has(ctx.norm(k))) {
      const n = ctx.norm(k);
      if (!(DETERMINERS.has(n) || ctx.number(k) !== undefined || ctx.actor(k) !== undefined || ctx.weapon(k) !== undefined || n === "'s" || n === '-')) break;
      k--;
    }
    if (!CAUSE_PREPS.has(ctx.norm(k)) || ctx.norm(k) === 'by' || !DIED.has(ctx.norm(k - 1))) continue;
    const victims = subjectOf(ctx, k - 1, 'role:died-in');
    const doers = new Set(d.actors.map((a) => a.mention));
    const kept = victims.filter((v) => !doers.has(v.mention));
    if (kept.length > 0) d.recipients = mapList(kept, (v) => filled(v.mention, 'role:died-in', 'inferred'));
  }
}

/** Armed and state sectors: the doers an attack's name may stand for. */
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'UNK', 'CRM', 'COP', 'SPY', 'GOV']);

/**
 * "Twenty soldiers were killed in a coalition airstrike": an actor name of the dictionary that itself ends with the
 * attack or weapon word ("coalition airstrike", "coalition air raids") holds no attack noun of its own for
 * `causeNoun`, so its actor is read off the name: after the cause preposition (not "by", the agent), determiners and
 * numbers only, an armed or state actor mention whose last word is a weapon mention.
 */
function attackNamedActor(ctx: SentenceContext, verb: EventDraft): Mention<ActorData> | undefined {
  const k = verb.trigger.tokenEnd;
  const prep = ctx.norm(k);
  if (!CAUSE_PREPS.has(prep) || prep === 'by') return undefined;
  for (let j = k + 1; j < Math.min(ctx.to, k + 5); j++) {
    const m = ctx.actor(j);
    if (m !== undefined) {
      const sector = m.data.sector;
      return m.tokenStart === j && m.tokenEnd - m.tokenStart > 1 && sector != null && ARMED.has(sector) && ctx.weapon(m.tokenEnd - 1) !== undefined ? m : undefined;
    }
    const n = ctx.norm(j);
    if (!(DETERMINERS.has(n) || ctx.number(j) !== undefined)) return undefined;
  }
  return undefined;
}

function causeNoun(ctx: SentenceContext, verb: EventDraft, drafts: readonly EventDraft[]): EventDraft | undefined {
  const k = verb.trigger.tokenEnd;
  if (!CAUSE_PREPS.has(ctx.norm(k))) return undefined;
  for (const d of drafts) {
    if (d === verb || d.voice !== 'nominal' || !VIOLENT.has(d.family)) continue;
    const start = d.trigger.tokenStart;
    if (start <= k || start > k + 6) continue;
    let ok = true;
    for (let j = k + 1; j < start && ok; j++) {
      const n = ctx.norm(j);
      ok = DETERMINERS.has(n) || ctx.number(j) !== undefined || ctx.actor(j) !== undefined || ctx.weapon(j) !== undefined || n === "'s" || n === '-';
    }
    if (ok) return d;
  }
  return undefined;
}
