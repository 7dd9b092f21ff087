import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import { filled } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { bannedGathering } from './banned-gathering.js';
import { armedOccupation, recodeOccupation } from './occupy.js';
import { recodeBlockedPolicy } from './blocked-policy.js';

/** Words after "protested" that start its object: "protested the decision", "protested that …" is an objection. */
const OBJECT_START = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'what', 'how', 'why']);

/** Purpose verbs after "protested to": "protested to demand jobs" is a demonstration, "protested to the embassy" a complaint. */
const PURPOSE = new Set(['demand', 'denounce', 'call', 'reject', 'condemn', 'oppose', 'express', 'voice', 'press', 'urge', 'ask', 'claim', 'show', 'mark', 'commemorate', 'support', 'defend', 'decry', 'highlight', 'raise', 'request', 'seek', 'draw', 'protest', 'reiterate', 'renew', 'push', 'insist', 'complain', 'object']);

/** Sectors of the people who block roads and occupy buildings in protest (not armed forces). */
const CROWD_SECTORS = new Set(['CVL', 'PRO', 'LAB', 'EDU', 'AGR', 'BUS', 'MED', 'REF', 'OPP', 'PTY', 'REL', 'JRN', 'HLH', 'NGO']);

/** Crowd nouns that make "X blocked the road" a protest when the recognisers bound no actor. */
const CROWD_WORDS = new Set(['protesters', 'protestors', 'demonstrators', 'residents', 'inhabitants', 'villagers', 'workers', 'employees', 'students', 'teachers', 'farmers', 'drivers', 'truckers', 'carriers', 'transporters', 'traders', 'vendors', 'merchants', 'people', 'locals', 'citizens', 'relatives', 'families', 'women', 'youths', 'activists', 'supporters', 'miners', 'taxi', 'parents', 'unionists', 'pensioners', 'retirees', 'nurses', 'doctors', 'crowd', 'crowds', 'mob', 'mobs']);

/** A crowd noun among the few words before the verb ("dozens of construction workers physically blocked", "supporters of the former president blocked"). */
function crowdBefore(ctx: SentenceContext, start: number): boolean {
  for (let i = Math.max(ctx.from, start - 8); i < start; i++) if (CROWD_WORDS.has(ctx.norm(i))) return true;
  return false;
}

/** Participles that tell a blockade's protest purpose: "blocked the road, demanding their salaries". */
const PURPOSE_ING = new Set(['demanding', 'denouncing', 'complaining', 'protesting', 'calling', 'rejecting', 'condemning', 'decrying', 'requesting', 'claiming', 'opposing']);

/**
 * "the highway was blocked to denounce …", "members of the teachers' union blocked the avenue to demand …": a block with
 * a protest purpose, a purpose infinitive within the next ten words (active voice also a purpose participle:
 * "blocked the road, demanding their wages"), whoever blocks. "Troops blocked the road to stop the convoy" has none.
 */
function purposeAfter(ctx: SentenceContext, start: number, end: number): boolean {
  const before = ctx.norm(start - 1);
  const passive = before === 'was' || before === 'were';
  for (let i = end; i < Math.min(ctx.to, end + 10); i++) {
    const w = ctx.norm(i);
    if (w === 'to' && PURPOSE.has(ctx.norm(i + 1))) return true;
    if (!passive && PURPOSE_ING.has(w)) return true;
  }
  return false;
}

/** Words that may stand between "protested" and its that-clause or the end of a quotative clause: "protested here on Monday that …". */
const AFTER_SKIP = new Set(['here', 'there', 'again', 'also', 'today', 'yesterday', 'tonight']);

/** Heads of a speaking body before a quotative "protested". */
const BODY_HEADS = new Set(['group', 'groups', 'organisation', 'organization', 'watchdog', 'ministry', 'government', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'agency', 'embassy', 'office', 'committee', 'commission', 'council']);
/** Sectors whose "protested" is a demonstration even in quotative position. */
const CROWD_SPEAKERS = new Set(['CVL', 'PRO', 'LAB', 'EDU', 'AGR', 'REF']);

/** Skip times and adverbs after "protested" (at most six tokens). */
function skipAdjuncts(ctx: SentenceContext, k: number): number {
  const stop = Math.min(ctx.to, k + 6);
  while (k < stop && (ctx.time(k) || AFTER_SKIP.has(ctx.norm(k)) || ctx.norm(k).endsWith('ly'))) k++;
  return k;
}

/**
 * A quotative "protested": the reporting verb after the reported clause ("the refugees' rights are being ignored, a rights
 * group protested on Wednesday"): a comma before its subject (within eight words, after at least three words of clause)
 * and nothing but times and adverbs after it to the end of the sentence.
 */
function quotative(ctx: SentenceContext, start: number, end: number): boolean {
  let comma = -1;
  for (let k = start - 1; k >= Math.max(ctx.from, start - 8); k--) if (ctx.norm(k) === ',') { comma = k; break; }
  if (comma < ctx.from + 3) return false;
  // the speaker is a body, not a crowd: "a rights group", "the ministry", "Amnesty International" (not "…, supporters protested")
  const head = ctx.actor(start - 1);
  const body = BODY_HEADS.has(ctx.norm(start - 1)) ||
    (head !== undefined && head.tokenStart > comma && !head.data.generic && !CROWD_SPEAKERS.has(head.data.sector ?? ''));
  if (!body) return false;
  const k = skipAdjuncts(ctx, end);
  return k >= ctx.to || ctx.norm(k) === '.' && k + 1 >= ctx.to;
}

/** "protested" is a demonstration unless an object or a that-clause follows (a verbal objection). */
function objection(ctx: SentenceContext, end: number): boolean {
  if (ctx.norm(skipAdjuncts(ctx, end)) === 'that') return true;
  const next = ctx.norm(end);
  if (next === 'to') return !PURPOSE.has(ctx.norm(end + 1));
  if (OBJECT_START.has(next)) return true;
  // a name right after the verb is its object ("Turkey protested Greece's move")
  const tok = ctx.token(end);
  if (end < ctx.to && tok && ctx.actor(end) !== undefined) return true;
  return false;
}

/** Protests: a protest noun or verb is an event even without a named organiser; riots are marked by their trigger. */
export const protest: Family = {
  name: 'protest',
  check(ctx, draft) {
    // "protest" as a verb of objection to a decision is not a demonstration unless people gather: keep nouns and crowd subjects
    if (draft.form === 'verb' && draft.entry.id === 'protest.demonstrate' && draft.trigger.tokenEnd === draft.trigger.tokenStart + 1 && ['protested', 'protest', 'protests'].includes(ctx.norm(draft.trigger.tokenStart))) {
      const subjectGeneric = draft.actors.some((a) => a.mention.data.generic || a.mention.data.sector === 'CVL' || a.mention.data.sector === 'PRO');
      // an objection in words is a complaint (CAMEO 114, PLOVER ACCUSE), which the phrase's one trie entry cannot say
      if ((!subjectGeneric && objection(ctx, draft.trigger.tokenEnd)) || quotative(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) {
        return recodeTo(draft, 'accuse.complain', 'protest:verbal-objection') ? null : 'protest:verbal-objection';
      }
    }
    // "issued a ban on all marches and protests", "banned all demonstrations": the gathering is what was banned (restrict.ban-gathering)
    if (bannedGathering(ctx, draft.trigger.tokenStart)) return 'protest:banned-gathering';
    // "residents blocked the highway", "workers occupied the plant", "protesters came out": a protest only when the people doing it are civilians
    // "people coming out of a bar" leave a place; "protesters came out in front of the hospital" demonstrate
    if (draft.entry.id === 'protest.crowd' && ctx.norm(draft.trigger.tokenEnd) === 'of') return 'protest:came-out-of';
    // "villagers damaged the company's offices", "a crowd broke into the town hall": damage is a riot only when a crowd does it
    const blocking = draft.entry.id === 'protest.block' || draft.entry.id === 'protest.crowd' || draft.entry.id === 'protest.mob-damage' || ctx.norm(draft.trigger.tokenStart) === 'blocked';
    // "Hungary blocked the sanctions package": a measure blocked is rejected, no road blocked (blocked-policy.ts)
    if (recodeBlockedPolicy(ctx, draft)) return null;
    if (blocking && draft.form === 'verb') {
      // damage needs a crowd noun ("villagers", "a mob"): one civilian ("the striker broke into the box") is no riot
      const civilians = draft.entry.id !== 'protest.mob-damage' && draft.actors.length > 0 && draft.actors.every((a) => CROWD_SECTORS.has(a.mention.data.sector ?? ''));
      const crowd = civilians
        || crowdBefore(ctx, draft.trigger.tokenStart) || purposeAfter(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd);
      // "Israeli troops occupied the town": an occupation by an armed side is CAMEO 192, no protest (occupy.ts)
      if (!crowd && draft.entry.id === 'protest.block' && armedOccupation(ctx, draft) && recodeOccupation(draft)) return null;
      if (!crowd) return 'protest:block-without-civilians';
    }
    return null;
  },
  complete(ctx, draft) {
    if (draft.recipients.length === 0) protestTarget(ctx, draft);
  },
};

/** Sectors of the authorities a protest is aimed at. */
const AUTHORITY_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
/** Words that open what a protest is against or for: "to demand …", "in protest against …", "demanding …", "against …", "defying …" (and "in defiance of …"). */
const AIM_WORDS = new Set(['against', 'demanding', 'denouncing', 'protesting', 'condemning', 'rejecting', 'opposing', 'decrying', 'over', 'defying']);

/**
 * The authority a protest is aimed at, named in its purpose: "staged demonstrations to demand reforms by President
 * Suharto's government", "began a hunger strike to protest President Assad's failure", "in protest against violations by
 * Algerian security forces". The first state, government, security or judicial actor after a purpose cue in the clause
 * (role:protest-aim); crowds and other civilians named there are not taken.
 */
function protestTarget(ctx: SentenceContext, draft: Parameters<NonNullable<Family['complete']>>[1]): void {
  const end = Math.min(ctx.to, draft.trigger.tokenEnd + 18);
  let aimed = false;
  for (let k = draft.trigger.tokenEnd; k < end; k++) {
    if (ctx.isBoundary(k)) return;
    const n = ctx.norm(k);
    if (!aimed) {
      aimed = AIM_WORDS.has(n) || (n === 'to' && PURPOSE.has(ctx.norm(k + 1))) || ((n === 'protest' || n === 'defiance') && ctx.norm(k - 1) === 'in');
      continue;
    }
    const a = ctx.actor(k);
    if (!a || a.tokenStart !== k) continue;
    if (a.data.kind === 'state' || a.data.kind === 'igo' || AUTHORITY_SECTORS.has(a.data.sector ?? '')) {
      // "to demand reforms by the government": a "by" agent inside the purpose is whom the protest is aimed at, not its actor
      draft.actors = draft.actors.filter((x) => x.mention !== a);
      draft.recipients = [filled(a, 'role:protest-aim', 'stated')];
      return;
    }
    k = a.tokenEnd - 1;
  }
}
