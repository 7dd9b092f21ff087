import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { PREPOSITIONS, SKIPPABLE_ADVERBS } from '../words.js';

/**
 * Custody told only to describe the person a sentence reports freed: "police released the reporter, who was detained
 * for two days", "Israel released the mayor, a Hamas member jailed a year ago", "the activists imprisoned for
 * protesting were released", "the release of X, who had been arrested in May". The release is the sentence's event;
 * the earlier arrest, in a relative clause or a reduced relative (a participle with no object after its noun), is no
 * new arrest (CAMEO 173), as `sense.jailed-adjective` reads "the jailed activist". Only with a release word in the
 * sentence: "protesters arrested on Monday face trial" stays an arrest, and so does an arrest by a named force ("police
 * detained five men on Monday and released two").
 */
export const RULE_HELD_BEFORE_RELEASE = 'coerce:held-before-release';

/** Participles of custody that may describe the person freed. */
const HELD = new Set(['arrested', 'detained', 'jailed', 'imprisoned', 'apprehended', 'sentenced', 'convicted', 'held']);

/** Words of a release: verbs and the noun ("the release of"); a bare "free" only after a modal, "to", "set" or "let". */
const RELEASE = new Set(['released', 'release', 'releases', 'releasing', 'freed', 'frees', 'freeing', 'pardoned']);
const BEFORE_FREE = new Set(['to', 'will', 'would', 'could', 'should', 'must', 'set', 'let', 'sets', 'lets', 'setting', 'letting']);

/** Auxiliaries of a passive relative clause, between "who" and the participle ("who had been", "that were"). */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'had', 'has', 'have', 'later', 'first', 'previously', 'earlier', 'once']);

/** Sectors that arrest: a participle right after them is their verb ("police detained on Monday five men"), no relative. */
const ARRESTERS = new Set(['COP', 'MIL', 'GOV', 'SPY', 'JUD']);

/** Words after a participle that show it takes no object: it describes the noun before it. */
const NO_OBJECT = new Set([...PREPOSITIONS, 'last', 'earlier', 'ago', 'since', 'this', 'yesterday', 'then', ',', '.', 'and', 'were', 'was', 'are', 'is', 'have', 'had', 'has']);

/** Words of asking for a release, which has not happened: "demanded the release of relatives detained by …". */
const ASKED = new Set(['demand', 'demands', 'demanded', 'demanding', 'call', 'calls', 'called', 'calling', 'urge', 'urged', 'urging', 'seek',
  'seeks', 'sought', 'seeking', 'press', 'pressed', 'pressing', 'push', 'pushed', 'pushing', 'appeal', 'appealed', 'appealing', 'negotiate',
  'negotiated', 'negotiating', 'secure', 'securing', 'campaign', 'campaigned', 'campaigning', 'plea', 'pleaded', 'asked', 'asking']);

function releaseIn(ctx: SentenceContext): boolean {
  for (let k = ctx.from; k < ctx.to; k++) {
    const n = ctx.norm(k);
    if (!RELEASE.has(n) && !(n === 'free' && k > ctx.from && BEFORE_FREE.has(ctx.norm(k - 1)))) continue;
    // "demanded that they be released", "are expected to be freed": a release ahead or asked for, not told
    if (!askedBefore(ctx, k) && ctx.norm(k - 1) !== 'be') return true;
  }
  return false;
}

/** A word of asking within the six words before the release word ("called for the immediate release", "demand for their relatives to be released"). */
function askedBefore(ctx: SentenceContext, k: number): boolean {
  for (let j = k - 1; j >= ctx.from && j >= k - 6; j--) if (ASKED.has(ctx.norm(j))) return true;
  return false;
}

/** "who was detained", "that had been arrested", "who were later jailed": a passive relative clause. */
function passiveRelative(ctx: SentenceContext, start: number): boolean {
  let k = start - 1;
  let aux = 0;
  while (k > ctx.from && aux < 4 && (PASSIVE_AUX.has(ctx.norm(k)) || SKIPPABLE_ADVERBS.has(ctx.norm(k)))) { k--; aux++; }
  const n = ctx.norm(k);
  return aux > 0 && (n === 'who' || n === 'that' || n === 'whom');
}

/** "the civilians imprisoned for", "a member of the movement jailed over a year ago": a participle with no object after a noun. */
function reducedRelative(ctx: SentenceContext, start: number, end: number): boolean {
  if (start <= ctx.from || end - start !== 1) return false;
  const before = ctx.token(start - 1);
  if (!before || before.kind !== 'word' || PASSIVE_AUX.has(before.norm) || SKIPPABLE_ADVERBS.has(before.norm) || before.norm === 'who' || before.norm === 'that' || before.norm === 'to') return false;
  const actor = ctx.actor(start - 1);
  if (actor && ARRESTERS.has(actor.data.sector ?? '')) return false;
  if (end >= ctx.to) return true;
  return NO_OBJECT.has(ctx.norm(end)) || (ctx.number(end) !== undefined && ctx.time(end) !== undefined);
}

/** Is this arrest draft custody told of a person the sentence reports freed? */
export function heldBeforeRelease(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.entry.id !== 'coerce.arrest' || draft.form !== 'verb') return false;
  const start = draft.trigger.tokenStart;
  const end = draft.trigger.tokenEnd;
  if (!HELD.has(ctx.norm(start))) return false;
  if (!passiveRelative(ctx, start) && !reducedRelative(ctx, start, end)) return false;
  return releaseIn(ctx);
}
