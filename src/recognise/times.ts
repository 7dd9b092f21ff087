import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, TimeData, Token } from '../pipeline/doc.js';
import { tokenize } from '../segment/tokenize.js';
import { isUpperText } from './trie.js';
import { mentionOver } from './time-mention.js';
import { UNRESOLVED, digitStart, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';
import { relativeFamily } from './time-relative.js';
import { casualFamily } from './time-casual.js';
import { weekdayFamily } from './time-weekday.js';
import { agoFamily } from './time-ago.js';
import { dateFamily } from './time-date.js';
import { anchoredFamily } from './time-anchored.js';
import { WordBits } from './vocab.js';

/**
 * Times: every date and time expression, resolved against doc.referenceDate. The families, one file
 * each, are tried at every token; the longest reading wins and the scan moves past it, so the stage
 * is linear in the text. Durations ("six months", "for two weeks") are not points in time and are
 * left to the number stage.
 *
 * Why not chrono-node's parser: its defaults suit calendars, not news ("last week" is one day seven
 * days back, "in March" is next March, "may" and "sun" are dates, "5 to 10" is a clock time), and
 * it runs its regular expressions over the whole text. The families here read tokens and use
 * resolve/dates.ts for the calendar arithmetic.
 */
export const TIME_FAMILIES: readonly TimeFamily[] = [dateFamily, relativeFamily, weekdayFamily, casualFamily, agoFamily, anchoredFamily];

export const NO_REFERENCE_WARNING = 'relative dates left unresolved: no published date';

/** Words some family can start with: every other token (unless it starts with a digit) is passed over at once (one bitmap read by the token's vocabulary number). */
const STARTS = new WordBits(TIME_FAMILIES.flatMap((f) => [...f.starts]));
/** Each family's start words, the same way (in TIME_FAMILIES order). */
const FAMILY_STARTS: readonly WordBits[] = TIME_FAMILIES.map((f) => new WordBits(f.starts));

/** All time expressions in tokens [from, to), left to right, non-overlapping. */
export function scanTimes(tokens: Token[], from: number, to: number, upper: boolean): TimeHit[] {
  const ctx: TimeContext = { tokens, from, to, upper };
  const out: TimeHit[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const norm = t.norm;
    const numeric = digitStart(norm);
    if (!numeric && !STARTS.hasToken(t)) {
      i++;
      continue;
    }
    let best: TimeHit | null = null;
    for (let f = 0; f < TIME_FAMILIES.length; f++) {
      if (!numeric && !FAMILY_STARTS[f]!.hasToken(t)) continue;
      const h = TIME_FAMILIES[f]!.match(ctx, i);
      if (h && (!best || h.tokenEnd > best.tokenEnd)) best = h;
    }
    if (best) {
      out.push(best);
      i = Math.max(best.tokenEnd, i + 1);
    } else i++;
  }
  return out;
}

/** A resolved single day ("on 3 May 2020", "on Tuesday"): what an anchored expression counts from. */
function singleDay(data: TimeData): string | null {
  return data.precision === 'day' && data.start !== null && data.start === data.end ? data.start : null;
}

/** How many sentences back a 'nearby' anchor may be ("the day before" after "said on Tuesday" one sentence earlier). */
const NEARBY_SENTENCES = 2;

/**
 * The date an anchored expression counts from: the nearest stated single day of its sentence (one before it first,
 * else one after: "…over the past 24 hours, the ministry said on Tuesday"), for 'nearby' also the last one of the
 * sentences just before; null when there is none (the published date then serves).
 */
function anchorFor(h: TimeHit, own: readonly { hit: TimeHit; day: string | null }[], recent: { day: string; sentence: number } | null, sentence: number): string | null {
  let before: string | null = null;
  let after: string | null = null;
  for (const o of own) {
    if (o.hit === h || o.hit.anchor || o.day === null) continue;
    if (o.hit.tokenEnd <= h.tokenStart) before = o.day;
    else if (after === null) after = o.day;
  }
  if (before ?? after) return before ?? after;
  if (h.anchor === 'nearby' && recent && recent.sentence >= sentence - NEARBY_SENTENCES) return recent.day;
  return null;
}

export function recogniseTimes(doc: Doc): Mention<TimeData>[] {
  const upper = isUpperText(doc.text);
  const ref = doc.referenceDate;
  const out: Mention<TimeData>[] = [];
  let unresolved = false;
  // the last stated single day of an earlier sentence
  let recent: { day: string; sentence: number } | null = null;
  for (const s of doc.sentences) {
    const hits = scanTimes(doc.tokens, s.tokenStart, s.tokenEnd, upper);
    const own = hits.map((hit) => ({ hit, data: hit.anchor ? UNRESOLVED : hit.resolve(ref), day: null as string | null }));
    for (const o of own) o.day = o.hit.anchor ? null : singleDay(o.data);
    for (const o of own) {
      const h = o.hit;
      let entry = h.entry;
      if (h.anchor) {
        const anchor = anchorFor(h, own, recent, s.index);
        if (anchor) entry = `${h.entry} time:anchored-to-stated-day`;
        o.data = h.resolve(anchor ?? ref);
        if (!anchor && !ref) unresolved = true;
      } else if (h.relative && !ref) unresolved = true;
      const data = o.data;
      const m = mentionOver(doc, h.tokenStart, h.tokenEnd, entry, data);
      out.push(m);
      if (doc.trace) doc.explain('times', entry, s.index, [m.start, m.end], `${data.start ?? '?'}..${data.end ?? '?'} (${data.precision})`);
    }
    for (const o of own) if (o.day !== null) recent = { day: o.day, sentence: s.index };
  }
  if (unresolved && !doc.warnings.includes(NO_REFERENCE_WARNING)) doc.warnings.push(NO_REFERENCE_WARNING);
  return out;
}

/**
 * Resolve one time expression ("last week", "Oct. 12", "in 2019") against a reference date
 * (YYYY-MM-DD or null). The first expression found in `text` counts; none gives 'unresolved'.
 */
export function resolveTimeText(text: string, ref: string | null): TimeData {
  const tokens = tokenize(text);
  const hit = scanTimes(tokens, 0, tokens.length, isUpperText(text))[0];
  return hit ? hit.resolve(ref ? ref.slice(0, 10) : null) : UNRESOLVED;
}

export const timeStage: Stage = {
  name: 'times',
  run(doc) {
    doc.times = recogniseTimes(doc);
  },
};
