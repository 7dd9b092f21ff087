import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { MAX_SENTENCE_TOKENS } from '../segment/sentences.js';
import { isUpperText, type TrieMatch } from '../recognise/trie.js';
import { SentenceContext } from './context.js';
import { triggerTables, type TriggerEntry, type TriggerHit } from './triggers.js';
import { bindTrigger, chooseHit, inWeaponName } from './bind.js';
import { families } from './families/index.js';
import { assignPlaces, assignTimes, assignQuantities } from './arguments.js';
import { diedIn, shareCause } from './cause.js';
import { assignTargets } from './targets.js';
import { otherSense } from './senses.js';
import { acceptedObject } from './families/accepted-object.js';
import { meetingTopic, RULE_MEETING_TOPIC } from './meeting-topic.js';

/** Verbs that also carry a following nominal event ("launched an attack", "staged a protest"). */
const LIGHT = new Set(['launched', 'launch', 'launches', 'launching', 'staged', 'held', 'carried', 'conducted', 'mounted', 'waged', 'fired', 'opened']);

/** Returned for a stretch with no trigger: only read. */
const NO_DRAFTS: never[] = [];

/** Prepositions that end a light verb's object: "fired without warning at a car" is a firing, not a warning. */
const NOT_OBJECT = new Set(['without', 'with', 'at', 'in', 'on', 'after', 'before', 'during', 'despite', 'against', 'toward', 'towards', 'into']);

function prepositionBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NOT_OBJECT.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/*
 * Two rare paths of codeSentence in functions of their own: a branch first met late in a run throws away the optimised
 * code of the function it lies in, and codeSentence is long (docs/PERFORMANCE.md, session 6, speedjit4).
 */

/** Another sense of the trigger codes the draft as `as` ("a legal battle" is no fight). */
function recode(result: EventDraft, as: TriggerEntry, rule: string): void {
  result.entry = as;
  result.family = as.family;
  result.cameo = as.cameo;
  result.cameoRule = rule;
}

/** "Two coalition air raids were reported in X": the event nouns heading actors' words, when the sentence has no other event. */
function headEvents(doc: Doc, ctx: SentenceContext, heads: readonly TrieMatch<TriggerHit>[], drafts: EventDraft[]): void {
  for (const match of heads) {
    const nouns = match.values.filter((v) => v.form === 'noun');
    const result = bindTrigger(ctx, chooseHit(ctx, nouns, match.tokenStart, match.tokenEnd), match.tokenStart, match.tokenEnd);
    if ('rejected' in result || result.dropped) continue;
    drafts.push(result);
    if (doc.trace) doc.explain('code', result.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `${result.family}: event noun heading an actor's words, the sentence's only event`);
  }
}

function codeSentence(doc: Doc, sentence: number, from: number, to: number, upper: boolean): EventDraft[] {
  const { trie } = triggerTables();
  const scanned = trie.scan(doc.tokens, from, to, upper);
  if (scanned.length === 0) {
    // no trigger: no context either, unless the sentence may report casualties of the attack before it
    const previous = recentViolent(doc, sentence);
    if (previous) assignQuantities(new SentenceContext(doc, sentence, from, to), [previous]);
    return NO_DRAFTS;
  }
  const ctx = new SentenceContext(doc, sentence, from, to);
  // a trigger word that only modifies a weapon's name ("assault rifles") is no trigger, nor the noun a light verb governs
  const matches = ctx.weapons.length === 0 ? scanned : scanned.filter((m) => !inWeaponName(ctx, m.tokenStart, m.tokenEnd));
  const drafts: EventDraft[] = [];
  // event nouns that end an actor's words ("coalition air raids"): events only when the sentence has no other
  let heads: typeof matches | null = null;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    // a trigger inside an actor, outlet, date or place name is not a trigger ("Islamic Resistance", "12 March")
    if (ctx.actor(match.tokenStart) && ctx.actor(match.tokenEnd - 1) || ctx.outlet(match.tokenStart) || ctx.time(match.tokenStart)) {
      if (actorHead(ctx, match)) (heads ??= []).push(match);
      continue;
    }
    // "launched protest rally", "carried out an attack": a light verb before another trigger is not an event of its own
    const next = i + 1 < matches.length ? matches[i + 1] : undefined;
    if (next && match.tokenEnd - match.tokenStart === 1 && next.tokenStart - match.tokenEnd <= 3 && LIGHT.has(doc.tokens[match.tokenStart]!.norm) && next.values.some((v) => v.form === 'noun') && !prepositionBetween(doc, match.tokenEnd, next.tokenStart)) {
      if (doc.trace) doc.explain('code', match.values[0]!.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), 'not an event: light verb of the next trigger');
      continue;
    }
    const hit = chooseHit(ctx, match.values, match.tokenStart, match.tokenEnd);
    const result = bindTrigger(ctx, hit, match.tokenStart, match.tokenEnd);
    if ('rejected' in result) {
      if (doc.trace) doc.explain('code', hit.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `not an event: ${result.rejected}`);
      continue;
    }
    // "Fire Chief", "fired its CEO", "struck by a car", "a legal battle", "a labour strike": another sense of the word
    const sense = otherSense(ctx, result);
    if (sense && !sense.as) {
      if (doc.trace) doc.explain('code', hit.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `not an event: ${sense.id}`);
      continue;
    }
    // "a summit on the unrest in Iran": the situation a meeting discusses is no new act (meeting-topic.ts)
    if (meetingTopic(ctx, result)) {
      if (doc.trace) doc.explain('code', hit.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `not an event: ${RULE_MEETING_TOPIC}`);
      continue;
    }
    if (sense && sense.as) {
      recode(result, sense.as, sense.id);
      if (doc.trace) doc.explain('code', hit.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `recoded as ${sense.as.id}: ${sense.id}`);
    }
    const family = families[result.family];
    const reason = family?.check?.(ctx, result) ?? null;
    if (reason) {
      if (doc.trace) doc.explain('code', hit.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `not an event: ${reason}`);
      continue;
    }
    const extra = family?.complete?.(ctx, result, drafts);
    // "accepted an offer of mediation": the offer accepted is no event of its own (accepted-object.ts)
    if (!result.dropped && acceptedObject(ctx, result, drafts)) result.dropped = 'accepted-object';
    if (!result.dropped) drafts.push(result);
    if (extra) drafts.push(...extra);
    if (doc.trace) doc.explain('code', hit.entry.id, ctx.sentence, ctx.span(match.tokenStart, match.tokenEnd), `${result.family} (${result.voice}) actors=[${result.actors.map((a) => a.mention.text).join('; ')}] recipients=[${result.recipients.map((a) => a.mention.text).join('; ')}]`);
  }
  // "Two coalition air raids were reported in X": the actor's head noun is the only event the sentence tells
  if (drafts.length === 0 && heads) headEvents(doc, ctx, heads, drafts);
  shareCause(ctx, drafts);
  diedIn(ctx, drafts);
  assignTimes(ctx, drafts);
  assignPlaces(ctx, drafts);
  assignTargets(ctx, drafts);
  // a sentence of casualties with no trigger of its own ("Two officers died.") reports on the attack before it
  const previous = drafts.length === 0 ? recentViolent(doc, ctx.sentence) : null;
  assignQuantities(ctx, previous ? [previous] : drafts);
  return drafts;
}

/** A noun trigger that ends an actor mention ("coalition air raids"), and an actor that is not a named entry. */
function actorHead(ctx: SentenceContext, match: { tokenStart: number; tokenEnd: number; values: { form: string }[] }): boolean {
  const a = ctx.actor(match.tokenEnd - 1);
  return a !== undefined && a.tokenEnd === match.tokenEnd && a.tokenStart < match.tokenStart && match.values.some((v) => v.form === 'noun');
}

function recentViolent(doc: Doc, sentence: number): EventDraft | null {
  for (let i = doc.drafts.length - 1; i >= 0; i--) {
    const d = doc.drafts[i]!;
    if (d.sentence < sentence - 2) break;
    if (!d.dropped && (d.family === 'assault' || d.family === 'fight')) return d;
  }
  return null;
}

/** The event coder: trigger-anchored patterns over every sentence. */
export const codeStage: Stage = {
  name: 'code',
  run(doc) {
    const upper = isUpperText(doc.text);
    for (const s of doc.sentences) {
      if (s.tokenEnd - s.tokenStart > MAX_SENTENCE_TOKENS && !doc.warnings.some((w) => w.startsWith('long sentence'))) {
        doc.warnings.push(`long sentence (${s.tokenEnd - s.tokenStart} tokens) read in windows of ${MAX_SENTENCE_TOKENS}`);
      }
      // windows of at most MAX_SENTENCE_TOKENS tokens, so a 10,000-word sentence stays linear
      for (let a = s.tokenStart; a < s.tokenEnd; a += MAX_SENTENCE_TOKENS) {
        const drafts = codeSentence(doc, s.index, a, Math.min(s.tokenEnd, a + MAX_SENTENCE_TOKENS), upper);
        for (const d of drafts) doc.drafts.push(d);
      }
    }
  },
};
