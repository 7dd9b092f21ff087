import type { SentenceContext } from './context.js';
import type { EventDraft } from '../pipeline/draft.js';
import { DETERMINERS, PREPOSITIONS } from './words.js';

/**
 * An event noun that is the topic of a meeting: "a summit on the unrest in Iran", "talks about the fighting in Darfur",
 * "a conference in Geneva on the violence". The meeting is the event the sentence tells; the situation it discusses is
 * named, not reported as a new act (CAMEO and PLOVER code the meeting). Only noun triggers after "on", "about", "over",
 * "regarding" or "concerning" whose head is a meeting noun, with at most a place or time phrase between ("a summit in
 * Switzerland on the unrest"); a verb ("protesters clashed on Monday") and an event noun that is itself the subject or
 * object of a verb ("the fighting on the border") are untouched.
 */
export const RULE_MEETING_TOPIC = 'code:meeting-topic';

const MEETING_NOUNS = new Set(['summit', 'summits', 'conference', 'conferences', 'meeting', 'meetings', 'talks', 'negotiations',
  'session', 'sessions', 'debate', 'debates', 'discussion', 'discussions', 'forum', 'seminar', 'symposium', 'workshop', 'consultations',
  'dialogue']);
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
/** Words of the topic's noun phrase before the trigger: "on the recent unrest", "about continuing violence". */
const TOPIC_MODIFIERS = new Set(['ongoing', 'continuing', 'escalating', 'renewed', 'growing', 'political', 'civil', 'armed', 'violent',
  'sectarian', 'ethnic', 'current', 'latest', 'recent', 'widespread', 'deadly', 'worsening', 'spiralling', 'spiraling']);

export function meetingTopic(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.form !== 'noun') return false;
  let k = draft.trigger.tokenStart - 1;
  for (let steps = 0; k >= ctx.from && steps < 3 && (DETERMINERS.has(ctx.norm(k)) || TOPIC_MODIFIERS.has(ctx.norm(k))) && !TOPIC_PREPS.has(ctx.norm(k)); steps++) k--;
  if (k <= ctx.from || !TOPIC_PREPS.has(ctx.norm(k))) return false;
  // back from the preposition to the meeting noun, over a place or time phrase ("a summit in Switzerland on …")
  for (let j = k - 1, steps = 0; j >= ctx.from && steps < 6; j--, steps++) {
    const n = ctx.norm(j);
    if (MEETING_NOUNS.has(n)) return true;
    const t = ctx.token(j);
    if (!t || t.kind !== 'word') return false;
    if (!(ctx.place(j) || ctx.time(j) || PREPOSITIONS.has(n) || (DETERMINERS.has(n) && n !== 'that'))) return false;
  }
  return false;
}
